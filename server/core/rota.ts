import type { ShiftRecord } from '../store/shift-store';

type WeeklyHours = Pick<ShiftRecord, 'weekday' | 'startHour' | 'endHour'>;

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOURS_A_WEEK = 168;

/**
 * The hours of the week (0 = Monday 00:00 … 167 = Sunday 23:00) a shift
 * covers. An end at or before the start runs past midnight, and Sunday's
 * night shift runs into Monday morning: the week is a circle.
 */
export function hoursOfWeek(shift: WeeklyHours): number[] {
  const length = (shift.endHour - shift.startHour + 24) % 24 || 24;
  const first = shift.weekday * 24 + shift.startHour;
  return Array.from({ length }, (_, i) => (first + i) % HOURS_A_WEEK);
}

/**
 * The first of `rota`'s shifts that the same agent already works at any hour
 * `candidate` covers, or null. `candidate.id` is skipped (a shift being moved
 * does not clash with where it was). Open shifts (no agent) never clash.
 */
export function overlappingShift(rota: readonly ShiftRecord[], candidate: Pick<ShiftRecord, 'id' | 'agentId'> & WeeklyHours): ShiftRecord | null {
  if (candidate.agentId === null) return null;
  const wanted = new Set(hoursOfWeek(candidate));
  return rota.find((s) => s.agentId === candidate.agentId && s.id !== candidate.id && hoursOfWeek(s).some((h) => wanted.has(h))) ?? null;
}

/** The first pair of shifts in `rota` where one agent is booked twice, or null. */
export function firstOverlap(rota: readonly ShiftRecord[]): [ShiftRecord, ShiftRecord] | null {
  for (let i = 0; i < rota.length; i++) {
    const clash = overlappingShift(rota.slice(0, i), rota[i]!);
    if (clash) return [clash, rota[i]!];
  }
  return null;
}

/** "Tue 22:00–06:00", as the rota editor shows it. */
export function describeShift(shift: WeeklyHours): string {
  const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return `${WEEKDAY_NAMES[shift.weekday]} ${hour(shift.startHour)}–${hour(shift.endHour)}`;
}
