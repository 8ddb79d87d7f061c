import { createSignal } from 'solid-js';
import { formatDate } from './format';
import { localeTag, t } from './i18n';

const TICK_MS = 30_000;
const [now, setNow] = createSignal(Date.now());
let ticking = false;

/** The current time, refreshed every 30 s while anything shows a relative time. */
export function currentTime(): number {
  if (!ticking && typeof window !== 'undefined') {
    ticking = true;
    setInterval(() => setNow(Date.now()), TICK_MS);
  }
  return now();
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "baru saja", "5 menit yang lalu", "kemarin"; older than a week as a date. */
export function relativeTime(iso: string): string {
  const seconds = (new Date(iso).getTime() - currentTime()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 45) return t('time.justNow');
  const rtf = new Intl.RelativeTimeFormat(localeTag(), { numeric: 'auto' });
  if (abs < HOUR) return rtf.format(Math.round(seconds / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(seconds / HOUR), 'hour');
  if (abs < 7 * DAY) return rtf.format(Math.round(seconds / DAY), 'day');
  return formatDate(iso);
}

/** Date and time in full, for the title attribute of a relative time. */
export function fullTime(iso: string): string {
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
