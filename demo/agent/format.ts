/**
 * How the panel writes times and durations. Durations are short and unit-led
 * ("42 s", "3 min 5 s", "1 h 2 min") so a column of waits reads at a glance;
 * numbers and clock times go through Intl.
 */
const SECOND = 1000;

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** `round` for a measured figure (FRT 41.6 s is "42 s"); `floor` for a running timer, which must not jump ahead. */
export function formatDuration(ms: number, rounding: 'round' | 'floor' = 'round'): string {
  const totalSeconds = Math.max(0, rounding === 'round' ? Math.round(ms / SECOND) : Math.floor(ms / SECOND));
  if (totalSeconds < 60) return `${integer.format(totalSeconds)} s`;
  const totalMinutes = Math.floor(totalSeconds / 60);
  if (totalMinutes < 60) {
    const seconds = totalSeconds % 60;
    return seconds ? `${integer.format(totalMinutes)} min ${seconds} s` : `${integer.format(totalMinutes)} min`;
  }
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes ? `${integer.format(hours)} h ${minutes} min` : `${integer.format(hours)} h`;
}

export function durationIso(ms: number): string {
  return `PT${Math.max(0, Math.round(ms / SECOND))}S`;
}

/** A clock time today ("14:05"), with the date when it is another day. */
export function formatClock(epochMs: number, now: number, locale?: string): string {
  const at = new Date(epochMs);
  const sameDay = at.toDateString() === new Date(now).toDateString();
  const format = new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' });
  return format.format(at);
}

const languages = new Intl.DisplayNames(['en'], { type: 'language' });

/** "fr" → "French", "pt-BR" → "Brazilian Portuguese"; the raw tag when Intl does not know it. */
export function languageName(locale: string): string {
  try {
    return languages.of(locale) ?? locale;
  } catch {
    return locale;
  }
}
