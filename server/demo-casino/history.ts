import { createHash } from 'node:crypto';
import type { Topic } from '../../protocol';
import { shiftCovers, hourOfWeek } from '../core/staffing';
import type { CsatRecord } from '../store/csat-store';
import type { HistoryBatch } from '../store/history-import';
import type { AgentRecord, ConversationEventRecord, ConversationRecord, MessageRecord, PlayerRecord } from '../store/records';
import type { ShiftRecord } from '../store/shift-store';
import { DEMO_PLAYERS } from './crm-players';
import { CSAT_COMMENTS, lines } from './history-lines';

/**
 * A few weeks of a believable casino floor, generated from a fixed seed so
 * every fresh demo looks the same: arrivals that follow the day (evening
 * peak) and the week (weekend peak), the FAQ bot solving some, waits that
 * grow at the peak, players who give up, transfers and escalations, SLA
 * breaches, ratings that follow the wait, and players back on the same topic.
 * Every conversation is closed, so nothing lands in the live queue.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
export const HISTORY_DAYS = 28;
/** Mean chats per hour at the quietest weight 1; about 60 a day. */
const BASE_PER_HOUR = 1.9;
/** By hour of day in the site's time zone: quiet mornings, a late-evening peak. */
const DAILY = [1.0, 0.8, 0.6, 0.4, 0.3, 0.3, 0.4, 0.6, 0.8, 1.0, 1.1, 1.2, 1.3, 1.3, 1.3, 1.4, 1.5, 1.7, 1.9, 2.2, 2.4, 2.5, 2.1, 1.5];
/** By weekday, Monday first: busier Friday to Sunday. */
const WEEKLY = [0.9, 0.85, 0.9, 1.0, 1.2, 1.35, 1.25];
const LOCALES: [string, number][] = [['en', 45], ['de', 10], ['fr', 8], ['es', 8], ['pt-BR', 8], ['tr', 5], ['ru', 5], ['ar', 4], ['ko', 3], ['zh-CN', 4]];
const TOPIC_WEIGHTS: Record<Topic, number> = {
  deposit: 22, withdrawal: 20, bonus: 15, kyc: 12, 'account-access': 10, 'game-issue': 8, 'responsible-gambling': 2, complaint: 4, vip: 3, other: 4,
};
const FRT_TARGET_MS = 5 * MINUTE;
const RESOLUTION_TARGET_MS = 15 * MINUTE;

export interface HistoryInput {
  siteId: string;
  now: number;
  timeZone: string;
  agents: AgentRecord[];
  shifts: ShiftRecord[];
  seed?: number;
}

/** mulberry32: small, fast, good enough for demo data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateHistory(input: HistoryInput): HistoryBatch {
  const rnd = random(input.seed ?? 20261125);
  const between = (lo: number, hi: number) => lo + rnd() * (hi - lo);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const weighted = <T>(entries: [T, number][]): T => {
    let r = rnd() * entries.reduce((n, [, w]) => n + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries[entries.length - 1]![0];
  };
  const logNormal = (median: number, sigma: number) => median * Math.exp(sigma * gaussian());
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const poisson = (lambda: number) => {
    // Knuth's inversion: add P(k) terms until they pass a uniform draw.
    const u = rnd();
    let k = 0;
    let p = Math.exp(-lambda);
    let sum = p;
    while (u > sum && k < 1000) {
      k += 1;
      p *= lambda / k;
      sum += p;
    }
    return k;
  };

  const { siteId, now } = input;
  const zoneHour = hourOfWeek(input.timeZone);
  // Intl is slow per call, and a half hour has one place in the week (zone offsets and their changes fall on half hours, bar a few).
  const located = new Map<number, { weekday: number; hour: number }>();
  const locate = (at: number) => {
    const key = Math.floor(at / (30 * MINUTE));
    let place = located.get(key);
    if (!place) located.set(key, (place = zoneHour(key * 30 * MINUTE)));
    return place;
  };
  const batch: HistoryBatch = { players: [], conversations: [], messages: [], events: [], ratings: [] };
  const agentById = new Map(input.agents.map((a) => [a.id, a]));
  const seniors = input.agents.filter((a) => a.role === 'senior' || a.role === 'supervisor');

  // Players: the demo CRM's verified players come back often; many anonymous visitors come once or twice.
  const players: (PlayerRecord & { locale: string | null })[] = [
    ...DEMO_PLAYERS.map((p, i) => player(`p_seed_${String(i + 1).padStart(4, '0')}`, p.name, p.id, p.tier, p.locale, now - p.registeredDaysAgo * DAY)),
    ...Array.from({ length: 320 }, (_, i) => player(`p_seed_${String(i + 1 + DEMO_PLAYERS.length).padStart(4, '0')}`, null, null, 0, null, now - (HISTORY_DAYS + 30) * DAY)),
  ];
  batch.players = players.map(({ locale: _locale, ...record }) => record);
  const known = players.slice(0, DEMO_PLAYERS.length);
  const visitors = players.slice(DEMO_PLAYERS.length);

  let conversationCount = 0;
  let eventCount = 0;
  const start = Math.floor((now - HISTORY_DAYS * DAY) / HOUR) * HOUR;
  // Arrivals stop early enough that every chat is over by now.
  const lastArrival = now - 90 * MINUTE;
  const returns: { at: number; player: (typeof players)[number]; topic: Topic; locale: string }[] = [];

  for (let hour = start; hour < lastArrival; hour += HOUR) {
    const { weekday, hour: local } = locate(hour);
    const arrivals = poisson(BASE_PER_HOUR * DAILY[local]! * WEEKLY[weekday]!);
    // The peak is when queues build up.
    const busy = DAILY[local]! >= 2 ? 2.2 : DAILY[local]! >= 1.4 ? 1.3 : 0.8;
    const due = returns.filter((r) => r.at >= hour && r.at < hour + HOUR);
    const starts: { at: number; who: (typeof players)[number]; topic: Topic; locale: string }[] = due.map((r) => ({ at: r.at, who: r.player, topic: r.topic, locale: r.locale }));
    for (let i = 0; i < arrivals; i++) {
      const who = rnd() < 0.25 ? pick(known) : pick(visitors);
      starts.push({ at: hour + rnd() * HOUR, who, topic: weighted(Object.entries(TOPIC_WEIGHTS) as [Topic, number][]), locale: who.locale ?? weighted(LOCALES) });
    }
    for (const s of starts) {
      if (s.at >= lastArrival) continue;
      conversation(s.at, s.who, s.topic, s.locale, busy);
    }
  }
  return batch;

  function player(id: string, name: string | null, externalId: string | null, vipTier: number, locale: string | null, createdAt: number) {
    return { id, siteId, sessionHash: createHash('sha256').update(`seeded:${id}`).digest('hex'), name, vipTier, managerAgentId: null, externalId, createdAt, locale };
  }

  function conversation(createdAt: number, who: (typeof players)[number], topic: Topic, locale: string, busy: number): void {
    const id = `c_seed_${String(++conversationCount).padStart(5, '0')}`;
    const messages: MessageRecord[] = [];
    const say = (author: MessageRecord['author'], text: string, at: number, agent?: AgentRecord) =>
      messages.push({ conversationId: id, seq: messages.length + 1, clientId: `seed-${id}-${messages.length + 1}`, author, authorId: author === 'player' ? who.id : (agent?.id ?? null), authorName: author === 'player' ? who.name : (agent?.name ?? null), text, at });
    const event = (kind: ConversationEventRecord['kind'], agentId: string | null, at: number, detail: string | null = null, note: string | null = null) =>
      batch.events.push({ id: `e_seed_${String(++eventCount).padStart(6, '0')}`, conversationId: id, siteId, kind, detail, agentId, note, at });
    const rg = topic === 'responsible-gambling';
    const c: ConversationRecord = {
      id, siteId, playerId: who.id, playerName: who.name, status: 'resolved', agentId: null, agentName: null, locale, topic, createdAt,
      queuedAt: null, assignedAt: null, firstResponseAt: null, firstResponseMs: null, resolvedAt: null, lastSeq: 0, vipTier: who.vipTier,
      responsibleGambling: rg, complex: false, complexSince: null, needsSenior: false, seniorReachedAt: null, managerId: null, targetAgentId: null,
      excludedAgentIds: [], missedOffers: 0, transfers: 0, waitingSince: null, pausedMs: 0, breaches: [], playerReadSeq: 0, agentReadSeq: 0,
      offlineEmail: null, deflected: false, botAt: null,
    };
    say('player', pick(lines.opening(locale, topic)), createdAt);

    // The FAQ bot answers about a third of the openings it is sure of; half of those it solves.
    let queuedAt = createdAt;
    if (!rg && topic !== 'complaint' && rnd() < 0.3) {
      c.botAt = createdAt + 1_000;
      say('bot', 'Suggested articles: answers from our help centre', c.botAt);
      if (rnd() < 0.5) {
        c.deflected = true;
        c.resolvedAt = createdAt + between(1, 4) * MINUTE;
        return finish(c, messages);
      }
      queuedAt = createdAt + between(1, 3) * MINUTE;
    }
    c.queuedAt = queuedAt;

    const wait = Math.min(40 * MINUTE, logNormal(45_000 * busy, 0.85));
    const frt = wait + between(15, 45) * 1000;
    const patience = -Math.log(1 - rnd()) * 20 * MINUTE;
    if (patience < frt && !rg) {
      // Gave up before anyone answered.
      if (patience > FRT_TARGET_MS) breach(c, 'first_response', null, queuedAt + FRT_TARGET_MS);
      if (rnd() < 0.4) say('player', 'Hello?', queuedAt + patience * 0.6);
      c.status = 'missed';
      c.resolvedAt = queuedAt + patience;
      return finish(c, messages);
    }

    let agent = agentFor(queuedAt + wait, locale);
    c.assignedAt = queuedAt + wait;
    c.firstResponseAt = queuedAt + frt;
    c.firstResponseMs = frt;
    event('assigned', agent.id, c.assignedAt);
    if (frt > FRT_TARGET_MS) breach(c, 'first_response', wait > FRT_TARGET_MS ? null : agent.id, queuedAt + FRT_TARGET_MS);
    say('agent', lines.greeting(locale), c.firstResponseAt, agent);
    let at = c.firstResponseAt + between(0.5, 1.5) * MINUTE;
    say('player', pick(lines.followUps(locale)), at);

    if (rnd() < 0.07 || (topic === 'kyc' && rnd() < 0.1)) {
      // Handed to a colleague with the right skill: the FRT stands, the next agent holds it.
      at += between(1, 3) * MINUTE;
      const next = agentFor(at, locale, agent.id);
      event('transfer', agent.id, at, `topic:${topic}`, 'Needs someone with the right skill for this one.');
      say('system', 'We are connecting you with a colleague who can best help with this. Your conversation stays right here.', at);
      c.transfers = 1;
      agent = next;
      at += between(0.5, 2) * MINUTE;
      c.assignedAt = at;
      event('assigned', agent.id, at);
    } else if (topic === 'complaint' || rnd() < 0.03) {
      at += between(1, 4) * MINUTE;
      event('escalation', agent.id, at, null, 'Player unhappy; needs a senior.');
      say('system', 'A senior colleague is joining to help with this. Thank you for your patience.', at);
      c.needsSenior = true;
      c.complex = true;
      c.complexSince = at;
      agent = pick(seniors.length ? seniors : [agent]);
      at += between(1, 5) * MINUTE;
      c.assignedAt = at;
      c.seniorReachedAt = at;
      event('assigned', agent.id, at);
    }
    const handle = Math.min(75 * MINUTE, logNormal(5 * MINUTE, 0.6));
    at = Math.max(at, c.firstResponseAt) + handle;
    say('agent', pick(lines.answer(locale, topic)), at, agent);
    c.resolvedAt = at + between(0.5, 2) * MINUTE;
    say('player', pick(lines.thanks(locale)), c.resolvedAt - 20_000);
    c.agentId = agent.id;
    c.agentName = agent.name;
    if (!c.needsSenior && c.resolvedAt - queuedAt > RESOLUTION_TARGET_MS) breach(c, 'resolution', agent.id, queuedAt + RESOLUTION_TARGET_MS);
    event('resolved', agent.id, c.resolvedAt);

    if (rnd() < 0.38) rate(c, frt, agent.id);
    // Some come back on the same topic the next day: not resolved at first contact.
    if (rnd() < (c.transfers || c.needsSenior ? 0.2 : 0.07)) returns.push({ at: c.resolvedAt + between(2, 20) * HOUR, player: who, topic, locale });
    c.playerReadSeq = messages.length;
    c.agentReadSeq = messages.length;
    finish(c, messages);

    function breach(conv: ConversationRecord, kind: 'first_response' | 'resolution', agentId: string | null, when: number) {
      conv.breaches = [...conv.breaches, kind];
      event('breach', agentId, when, kind);
    }
  }

  function rate(c: ConversationRecord, frt: number, agentId: string): void {
    const scale: [number, number][] =
      frt < 2 * MINUTE ? [[5, 55], [4, 30], [3, 10], [2, 3], [1, 2]] : frt < FRT_TARGET_MS ? [[5, 40], [4, 35], [3, 15], [2, 6], [1, 4]] : [[5, 15], [4, 25], [3, 25], [2, 18], [1, 17]];
    let rating = weighted(scale);
    if (c.transfers > 0 && rating > 1 && rnd() < 0.4) rating -= 1;
    const comment = rnd() < 0.3 ? pick(CSAT_COMMENTS[rating]!) : null;
    batch.ratings.push({ conversationId: c.id, siteId, agentId, rating, comment, at: c.resolvedAt! + between(10, 90) * 1000 } satisfies CsatRecord);
  }

  function agentFor(at: number, locale: string, not?: string): AgentRecord {
    const { weekday, hour } = locate(at);
    const language = locale.split('-')[0]!.toLowerCase();
    const onShift = input.shifts.filter((s) => s.agentId && s.agentId !== not && shiftCovers(s, weekday, hour)).map((s) => agentById.get(s.agentId!)).filter((a): a is AgentRecord => a !== undefined);
    const speakers = onShift.filter((a) => a.languages.includes(language));
    const pool = speakers.length ? speakers : onShift.length ? onShift : input.agents.filter((a) => a.id !== not);
    return pick(pool.length ? pool : input.agents);
  }

  function finish(c: ConversationRecord, messages: MessageRecord[]): void {
    c.lastSeq = messages.length;
    batch.conversations.push(c);
    batch.messages.push(...messages);
  }
}

