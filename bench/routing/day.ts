import type { Topic } from '../../protocol';
import { exponential, logNormal, pickWeighted, seededRandom } from './random';

/** One synthetic chat of the simulated day. Times in seconds from midnight. */
export interface SimChat {
  id: string;
  arrival: number;
  language: string;
  topic: Topic;
  vipTier: number;
  managerId: string | null;
  responsibleGambling: boolean;
  /** How long the player waits for a human before leaving. */
  patience: number;
  /** Time the conversation occupies an agent slot once answered. */
  handle: number;
  /** Seconds between assignment and the agent's first message. */
  reaction: number;
}

export interface SimAgent {
  id: string;
  shiftStart: number;
  shiftEnd: number;
  capacity: number;
  skills: Set<string>;
  languages: Set<string>;
  seniority: 'agent' | 'senior';
}

const HOUR = 3600;
/** Arrivals per hour over a casino's day: quiet mornings, busy evenings, and a promotion at 20:00. */
const HOURLY = [60, 45, 30, 20, 15, 15, 20, 30, 45, 60, 70, 80, 85, 90, 90, 95, 100, 110, 130, 150, 260, 200, 150, 100];
const LANGUAGES = [['en', 40], ['fr', 14], ['es', 10], ['de', 9], ['pt', 7], ['ar', 6], ['ru', 5], ['tr', 4], ['ko', 3], ['zh', 2]] as const;
const TOPICS = [['deposit', 22], ['withdrawal', 24], ['bonus', 18], ['account-access', 10], ['kyc', 12], ['game-issue', 8], ['complaint', 4], ['other', 2]] as const;

export function syntheticDay(seed = 20261125): { chats: SimChat[]; agents: SimAgent[]; hourly: number[] } {
  const random = seededRandom(seed);
  const agents = staff();
  const managers = agents.filter((a) => a.seniority === 'senior').map((a) => a.id);
  const chats: SimChat[] = [];
  for (let hour = 0; hour < 24; hour++) {
    // Poisson arrivals within the hour.
    let t = hour * HOUR + exponential(random, HOUR / HOURLY[hour]!);
    while (t < (hour + 1) * HOUR) {
      const rg = random() < 0.02;
      const vip = random() < 0.08;
      chats.push({
        id: `c${chats.length}`,
        arrival: Math.floor(t),
        language: pickWeighted(random, LANGUAGES),
        topic: rg ? 'responsible-gambling' : pickWeighted(random, TOPICS),
        vipTier: vip ? 1 + Math.floor(random() * 3) : 0,
        managerId: vip && random() < 0.4 ? managers[Math.floor(random() * managers.length)]! : null,
        responsibleGambling: rg,
        patience: exponential(random, vip ? 240 : 420),
        handle: logNormal(random, 9 * 60),
        reaction: 10 + random() * 30,
      });
      t += exponential(random, HOUR / HOURLY[hour]!);
    }
  }
  return { chats, agents, hourly: HOURLY };
}

/** Three shifts with a thinner night; a few seniors; languages and skills as a real floor mixes them. */
function staff(): SimAgent[] {
  const all = ['deposit', 'withdrawal', 'bonus', 'account-access', 'kyc', 'game-issue', 'complaint', 'other'];
  const profiles: [string[], string[], 'agent' | 'senior'][] = [
    [['en', 'fr'], all, 'senior'],
    [['en', 'es', 'pt'], all, 'agent'],
    [['en', 'de'], ['deposit', 'withdrawal', 'kyc', 'other', 'account-access'], 'agent'],
    [['en', 'ar'], ['bonus', 'game-issue', 'account-access', 'other', 'deposit'], 'agent'],
    [['en', 'ru', 'tr'], all, 'agent'],
    [['en', 'ko', 'zh'], ['deposit', 'withdrawal', 'bonus', 'other'], 'agent'],
    [['en', 'fr', 'es'], [...all, 'responsible-gambling'], 'senior'],
    [['en', 'pt', 'es'], ['bonus', 'deposit', 'withdrawal', 'other'], 'agent'],
  ];
  const shifts: [number, number, number][] = [
    [0, 8, 3],
    [8, 16, 6],
    [16, 24, 8],
  ];
  const agents: SimAgent[] = [];
  for (const [start, end, count] of shifts) {
    for (let i = 0; i < count; i++) {
      const [languages, skills, seniority] = profiles[i % profiles.length]!;
      // Every shift keeps someone trained in responsible gambling.
      const rg = i === 0 || i === 6 ? ['responsible-gambling'] : [];
      agents.push({
        id: `a${start}-${i}`,
        shiftStart: start * HOUR,
        shiftEnd: end * HOUR,
        capacity: 3,
        skills: new Set([...skills, ...rg]),
        languages: new Set(languages),
        seniority,
      });
    }
  }
  return agents;
}
