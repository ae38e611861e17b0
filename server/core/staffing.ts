import type { StaffingHour } from '../../protocol';
import type { KpiConversation } from '../store/kpi-queries';
import type { ShiftRecord } from '../store/shift-store';
import { agentsNeeded } from './erlang-c';

export const WEEK_MS = 7 * 86_400_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Weekday (0 = Monday) and hour of an instant in a time zone. */
export function hourOfWeek(zone: string): (at: number) => { weekday: number; hour: number } {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
  return (at) => {
    let weekday = 0;
    let hour = 0;
    for (const part of format.formatToParts(at)) {
      if (part.type === 'weekday') weekday = WEEKDAYS.indexOf(part.value);
      if (part.type === 'hour') hour = Number(part.value) % 24;
    }
    return { weekday, hour };
  };
}

/** Does a weekly shift cover this hour? An end at or before the start runs past midnight into the next day. */
export function shiftCovers(shift: Pick<ShiftRecord, 'weekday' | 'startHour' | 'endHour'>, weekday: number, hour: number): boolean {
  if (shift.startHour < shift.endHour) return shift.weekday === weekday && hour >= shift.startHour && hour < shift.endHour;
  return (shift.weekday === weekday && hour >= shift.startHour) || ((shift.weekday + 1) % 7 === weekday && hour < shift.endHour);
}

/**
 * Agents needed each hour of the week (docs/KPIS.md, "Staffing forecast"):
 * mean arrivals and handle times of the past weeks by hour of week, Erlang C
 * for the site's FRT target and goal, beside the agents on shift.
 */
export function staffingForecast(input: {
  /** Conversations created in the weeks looked at. */
  conversations: KpiConversation[];
  weeks: number;
  timeZone: string;
  frtTargetMs: number;
  goal: number;
  /** Chats one agent handles at once (Erlang C servers per agent). */
  concurrency: number;
  /** Handle time for hours with no resolved chat. */
  defaultHandleMs: number;
  shifts: ShiftRecord[];
}): StaffingHour[] {
  const locate = hourOfWeek(input.timeZone);
  const arrivals = new Array<number>(168).fill(0);
  const handleSum = new Array<number>(168).fill(0);
  const handleCount = new Array<number>(168).fill(0);
  for (const c of input.conversations) {
    if (c.queuedAt === null) continue;
    const { weekday, hour } = locate(c.queuedAt);
    const slot = weekday * 24 + hour;
    arrivals[slot]! += 1;
    if (c.status === 'resolved' && c.resolvedAt !== null && c.assignedAt !== null && c.firstResponseAt !== null && !c.deflected) {
      handleSum[slot]! += Math.max(0, c.resolvedAt - c.assignedAt);
      handleCount[slot]! += 1;
    }
  }
  const hours: StaffingHour[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const slot = weekday * 24 + hour;
      const arrivalsPerHour = arrivals[slot]! / input.weeks;
      const handleSeconds = handleCount[slot]! > 0 ? handleSum[slot]! / handleCount[slot]! / 1000 : null;
      const needed = agentsNeeded({
        arrivalsPerHour,
        handleSeconds: handleSeconds ?? input.defaultHandleMs / 1000,
        targetSeconds: input.frtTargetMs / 1000,
        goal: input.goal,
        concurrency: input.concurrency,
      });
      const onShift = new Set(input.shifts.filter((s) => shiftCovers(s, weekday, hour)).map((s) => s.agentId ?? s.id));
      hours.push({ weekday, hour, arrivalsPerHour, handleSeconds, needed, scheduled: onShift.size });
    }
  }
  return hours;
}
