import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TypingSignal } from '../../../../widget/client/typing-signal';

let now = 0;
let sent: boolean[];
let signal: TypingSignal;

beforeEach(() => {
  vi.useFakeTimers();
  now = 0;
  sent = [];
  signal = new TypingSignal((typing) => sent.push(typing), () => now);
});
afterEach(() => {
  signal.reset();
  vi.useRealTimers();
});

function typeAt(ms: number, text = 'hello') {
  vi.advanceTimersByTime(ms - now);
  now = ms;
  signal.input(text);
}

describe('TypingSignal', () => {
  it('says true at the first keystroke and at most once more every 3 s while typing goes on', () => {
    for (let t = 0; t <= 7_000; t += 250) typeAt(t);
    expect(sent).toEqual([true, true, true]); // at 0, 3000 and 6000
  });

  it('says false once after 5 s without a keystroke', () => {
    typeAt(0);
    typeAt(1_000);
    vi.advanceTimersByTime(4_999);
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([true, false]);
    vi.advanceTimersByTime(10_000);
    expect(sent).toEqual([true, false]);
    typeAt(20_000);
    expect(sent).toEqual([true, false, true]);
  });

  it('says false when the composer empties and when the message is sent, never twice', () => {
    typeAt(0);
    typeAt(100, '   ');
    expect(sent).toEqual([true, false]);
    typeAt(200, 'again');
    signal.stop();
    signal.stop();
    expect(sent).toEqual([true, false, true, false]);
    vi.advanceTimersByTime(10_000);
    expect(sent).toEqual([true, false, true, false]);
  });

  it('leaves no timer behind on reset', () => {
    typeAt(0);
    signal.reset();
    expect(vi.getTimerCount()).toBe(0);
  });
});
