import { localeTag } from '../../../lib/i18n';

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the value of an `<input type="datetime-local">` (local time, to the minute). */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO instant, or null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "12 Des 2026, 09.00–12.00", or both ends in full across days. */
export function formatRange(startIso: string, endIso: string): string {
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeStyle: 'short' }).formatRange(new Date(startIso), new Date(endIso));
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(localeTag(), { timeStyle: 'short' }).format(new Date(iso));
}

/** The next full hour from now, and two hours after it: the new meeting form's defaults. */
export function defaultTimes(now = new Date()): { start: string; end: string } {
  const start = new Date(now);
  start.setHours(start.getHours() + 1, 0, 0, 0);
  const end = new Date(start);
  end.setHours(end.getHours() + 2);
  return { start: toLocalInput(start), end: toLocalInput(end) };
}
