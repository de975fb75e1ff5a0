import { formatIsoDate, parseIsoDate, type IsoDate } from '../../../shared/domain/iso-date';
import { DISPLAY_LOCALE } from '../i18n';

/*
 * Dates and numbers always read the Danish way, whatever the UI language. Calendar dates
 * (YYYY-MM-DD) are built as local dates so no time zone can move them a day.
 */

const dateFormat = new Intl.DateTimeFormat(DISPLAY_LOCALE, { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(DISPLAY_LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
const timeFormat = new Intl.DateTimeFormat(DISPLAY_LOCALE, { hour: '2-digit', minute: '2-digit' });
const numberFormat = new Intl.NumberFormat(DISPLAY_LOCALE);

export function formatDate(date: IsoDate): string {
  const parts = parseIsoDate(date);
  return parts ? dateFormat.format(new Date(parts.year, parts.month - 1, parts.day)) : date;
}

/** An instant the vault wrote (ISO 8601, UTC), shown in local time. */
export function formatDateTime(instant: string): string {
  return dateTimeFormat.format(new Date(instant));
}

export function formatTime(instant: string): string {
  return timeFormat.format(new Date(instant));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} kB`;
  return `${new Intl.NumberFormat(DISPLAY_LOCALE, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

/** Today in this computer's time zone, as the engine counts it. */
export function todayIsoDate(now: Date = new Date()): IsoDate {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
