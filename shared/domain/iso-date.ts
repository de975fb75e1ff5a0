import { AppError } from '../errors';

/**
 * A calendar date as `YYYY-MM-DD`. Dates in a case are calendar days, not instants, so
 * they are kept as strings and never pass through a time zone; such strings also sort
 * in date order.
 */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear takes the year as written. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return utcDate(year, month, 0).getUTCDate();
}

/** The parts of a real calendar date, or null for anything else (e.g. `2026-02-30`). */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireIsoDate(value: string): CalendarDate {
  const parsed = parseIsoDate(value);
  if (parsed === null) throw new AppError('INVALID_INPUT', 'Expected a calendar date as YYYY-MM-DD');
  return parsed;
}

/** Negative when a is earlier than b, zero when equal, positive when later. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  requireIsoDate(a);
  requireIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The same day `years` later. 29 February becomes 28 February in a year without one, so
 * the result always stays in the same month.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = requireIsoDate(date);
  const targetYear = year + years;
  return formatIsoDate({ year: targetYear, month, day: Math.min(day, daysInMonth(targetYear, month)) });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = requireIsoDate(date);
  const shifted = utcDate(year, month - 1, day + days);
  return formatIsoDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}
