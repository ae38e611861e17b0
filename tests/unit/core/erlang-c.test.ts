import { describe, expect, it } from 'vitest';
import { agentsNeeded, probabilityOfWaiting, serviceLevel } from '../../../server/core/erlang-c';

describe('Erlang C', () => {
  it('matches the textbook example: 10 Erlangs on 11 agents wait 68.2% of the time', () => {
    // A = 10, N = 11: Pw = 0.6821 (standard Erlang C tables).
    expect(probabilityOfWaiting(11, 10)).toBeCloseTo(0.6821, 3);
  });

  it('gives the classic call-centre answer: 200 calls/h, 3 min handle, 80% in 20 s needs 14 agents', () => {
    // 10 Erlangs: 13 agents answer 79.6% within 20 s, 14 answer 88.8% (the worked example of the Erlang C literature).
    expect(serviceLevel(13, 10, 20, 180)).toBeCloseTo(0.7956, 3);
    expect(serviceLevel(14, 10, 20, 180)).toBeCloseTo(0.8884, 3);
    expect(agentsNeeded({ arrivalsPerHour: 200, handleSeconds: 180, targetSeconds: 20, goal: 0.8, concurrency: 1 })).toBe(14);
  });

  it('divides slots by chat concurrency and never staffs below the traffic', () => {
    const single = agentsNeeded({ arrivalsPerHour: 120, handleSeconds: 600, targetSeconds: 120, goal: 0.8, concurrency: 1 });
    const triple = agentsNeeded({ arrivalsPerHour: 120, handleSeconds: 600, targetSeconds: 120, goal: 0.8, concurrency: 3 });
    expect(triple).toBe(Math.ceil(single / 3));
    expect(single).toBeGreaterThan(20);
    expect(agentsNeeded({ arrivalsPerHour: 0, handleSeconds: 600, targetSeconds: 120, goal: 0.8, concurrency: 3 })).toBe(0);
  });
});
