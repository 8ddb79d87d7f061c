import { localeTag } from './i18n';

/** An index or score with two decimals in the current locale, or an em dash. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(localeTag(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A share from 0 to 1 as a whole percentage. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(localeTag(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A weight already expressed in percent, e.g. 13 → "13%" and 1.3 → "1,3%". */
export function formatWeight(percent: number): string {
  return `${new Intl.NumberFormat(localeTag(), { maximumFractionDigits: 2 }).format(percent)}%`;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(localeTag()).format(value);
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium' }).format(new Date(iso));
}

/** A time of day with seconds ("10.01.53"), in the app's language, never the browser's. */
export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat(localeTag(), { timeStyle: 'medium' }).format(date);
}
