import { TOPICS } from '../../protocol';
import type { AgentRecord } from '../store/records';
import type { ShiftRecord } from '../store/shift-store';

/**
 * The demo floor beyond the demo accounts in server/seed.ts: the colleagues
 * who worked the seeded history, and the rota the staffing view compares
 * with its forecast. They sign in with the demo password too.
 */
const ALL = [...TOPICS];
export const FLOOR_STAFF: readonly Omit<AgentRecord, 'siteId' | 'passwordHash' | 'disabled' | 'createdAt'>[] = [
  { id: 'a_nora', email: 'nora@luckystar.test', name: 'Nora Camilleri', role: 'senior', capacity: 3, skills: ALL, languages: ['en', 'it', 'fr'] },
  { id: 'a_diego', email: 'diego@luckystar.test', name: 'Diego Fernández', role: 'agent', capacity: 4, skills: ['deposit', 'withdrawal', 'bonus', 'game-issue', 'other', 'account-access'], languages: ['es', 'pt', 'en'] },
  { id: 'a_fatima', email: 'fatima@luckystar.test', name: 'Fatima Benali', role: 'agent', capacity: 4, skills: ['kyc', 'deposit', 'withdrawal', 'account-access', 'responsible-gambling', 'other'], languages: ['ar', 'fr', 'en'] },
  { id: 'a_mei', email: 'mei@luckystar.test', name: 'Mei Lin', role: 'agent', capacity: 4, skills: ['deposit', 'withdrawal', 'bonus', 'game-issue', 'other'], languages: ['zh', 'en'] },
  { id: 'a_jonas', email: 'jonas@luckystar.test', name: 'Jonas Weber', role: 'agent', capacity: 4, skills: ['kyc', 'withdrawal', 'responsible-gambling', 'complaint', 'account-access', 'other'], languages: ['de', 'en'] },
  { id: 'a_elif', email: 'elif@luckystar.test', name: 'Elif Demir', role: 'agent', capacity: 4, skills: ['deposit', 'bonus', 'game-issue', 'vip', 'other'], languages: ['tr', 'de', 'en'] },
  { id: 'a_ivan', email: 'ivan@luckystar.test', name: 'Ivan Petrov', role: 'agent', capacity: 4, skills: ['deposit', 'withdrawal', 'kyc', 'game-issue', 'other'], languages: ['ru', 'en'] },
];

/** Weekday 0 is Monday; hours in the site's time zone; an end at or before the start runs past midnight. */
const ROTA: { agentId: string; days: number[]; start: number; end: number }[] = [
  { agentId: 'a_alice', days: [0, 1, 2, 3, 4], start: 8, end: 16 },
  { agentId: 'a_sara', days: [0, 1, 2, 3, 4], start: 10, end: 18 },
  { agentId: 'a_bruno', days: [2, 3, 4, 5, 6], start: 14, end: 22 },
  { agentId: 'a_fatima', days: [0, 1, 2, 3, 4], start: 14, end: 22 },
  { agentId: 'a_nora', days: [1, 2, 3, 4, 5], start: 16, end: 24 },
  { agentId: 'a_diego', days: [4, 5, 6, 0, 1], start: 18, end: 2 },
  { agentId: 'a_elif', days: [5, 6, 0, 1, 2], start: 17, end: 1 },
  { agentId: 'a_mei', days: [5, 6, 0, 1, 2], start: 22, end: 6 },
  { agentId: 'a_ivan', days: [2, 3, 4, 5, 6], start: 22, end: 6 },
  { agentId: 'a_jonas', days: [3, 4, 5, 6, 0], start: 6, end: 14 },
];

export function demoRota(siteId: string): ShiftRecord[] {
  return ROTA.flatMap((r) => r.days.map((weekday) => ({ id: `${siteId}-rota-${r.agentId}-${weekday}`, siteId, agentId: r.agentId, weekday, startHour: r.start, endHour: r.end })));
}
