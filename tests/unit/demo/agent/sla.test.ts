import { describe, expect, it } from 'vitest';
import { firstResponse, resolution, tabClock } from '../../../../demo/agent/sla';
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

describe('tabClock', () => {
  it('counts down to the first-response target, then counts the overdue time up', () => {
    expect(tabClock(waiting, queuedAt + 65_000)).toEqual({ text: 'Reply in', level: 'ok', ms: 235_000 });
    expect(tabClock(waiting, queuedAt + 250_000)).toEqual({ text: 'Reply in', level: 'at-risk', ms: 50_000 });
    expect(tabClock(waiting, due + 45_000)).toEqual({ text: 'Reply overdue', level: 'breached', ms: 45_000 });
  });

  it('after the first answer, counts down to resolution; paused while waiting on the player', () => {
    const answered = { ...waiting, firstResponseMs: 30_000, deadlines: { firstResponse: null, resolution: queuedAt + 900_000 } };
    expect(tabClock(answered, queuedAt + 300_000)).toEqual({ text: 'Resolve in', level: 'ok', ms: 600_000 });
    expect(tabClock({ ...answered, waitingOnPlayer: true }, queuedAt + 300_000)).toEqual({ text: 'Clock paused', level: 'ok', ms: null });
    expect(tabClock({ ...answered, breaches: ['resolution' as const] }, queuedAt + 950_000)).toEqual({ text: 'Resolution overdue', level: 'breached', ms: null });
  });

  it('shows no clock on an ended chat', () => {
    expect(tabClock(conversation({ status: 'resolved', firstResponseMs: 1_000 }), 0)).toBeNull();
  });
});
