import { describe, expect, it } from 'vitest';
import { firstResponse, resolution } from '../../../../demo/agent/sla';
import { conversation } from './fixtures';

const queuedAt = 100_000;
const due = queuedAt + 300_000;
const waiting = conversation({ queuedAt, deadlines: { firstResponse: due, resolution: queuedAt + 900_000 } });

describe('firstResponse', () => {
  it('reports the answered FRT as the server measured it', () => {
    expect(firstResponse(conversation({ firstResponseMs: 42_000 }), 0)).toEqual({ kind: 'answered', ms: 42_000 });
  });

  it('times the wait from the entry into the human queue', () => {
    expect(firstResponse(waiting, queuedAt + 65_000)).toEqual({ kind: 'waiting', since: queuedAt, ms: 65_000, level: 'ok' });
  });

  it('warns in the last fifth of the target and flags it missed at the deadline', () => {
    expect(firstResponse(waiting, queuedAt + 239_000)).toMatchObject({ level: 'ok' });
    expect(firstResponse(waiting, queuedAt + 240_000)).toMatchObject({ level: 'at-risk' });
    expect(firstResponse(waiting, due)).toMatchObject({ level: 'breached' });
  });

  it('trusts a breach the server recorded even if the local clock is behind', () => {
    const breached = { ...waiting, breaches: ['first_response' as const] };
    expect(firstResponse(breached, queuedAt + 1_000)).toMatchObject({ level: 'breached' });
  });

  it('never shows a negative wait when the local clock is behind the server', () => {
    expect(firstResponse(waiting, queuedAt - 5_000)).toMatchObject({ ms: 0 });
  });

  it('says when a chat ended unanswered or never reached the queue', () => {
    expect(firstResponse(conversation({ status: 'missed' }), 0).kind).toBe('unanswered');
    expect(firstResponse(conversation({ status: 'bot', queuedAt: null }), 0).kind).toBe('none');
  });
});

describe('resolution', () => {
  it('counts down to the resolution deadline', () => {
    expect(resolution(waiting, queuedAt + 600_000)).toEqual({ kind: 'due', remainingMs: 300_000, level: 'ok' });
  });

  it('is paused while the agent waits on the player, and missed once the server says so', () => {
    expect(resolution({ ...waiting, waitingOnPlayer: true }, 0).kind).toBe('paused');
    expect(resolution({ ...waiting, breaches: ['resolution'] }, 0).kind).toBe('missed');
  });
});
