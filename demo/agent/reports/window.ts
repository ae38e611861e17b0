/** The dashboard's windows in the agent's own time zone: whole local days, ending with today. */
export const RANGES = [
  { id: 'today', label: 'Today', days: 1 },
  { id: '7d', label: 'Last 7 days', days: 7 },
  { id: '28d', label: 'Last 28 days', days: 28 },
] as const;
export type RangeId = (typeof RANGES)[number]['id'];

export function rangeWindow(id: RangeId, now: number): { from: number; to: number } {
  const days = RANGES.find((r) => r.id === id)!.days;
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  const from = new Date(midnight);
  from.setDate(from.getDate() - (days - 1));
  const to = new Date(midnight);
  to.setDate(to.getDate() + 1);
  return { from: from.getTime(), to: to.getTime() };
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** "87%", or an em dash when there is nothing to divide. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : percent.format(share);
}

export function formatRating(average: number | null): string {
  return average === null ? '—' : decimal.format(average);
}

export function formatCount(n: number | null, digits = 0): string {
  if (n === null) return '—';
  return digits ? decimal.format(n) : whole.format(n);
}
