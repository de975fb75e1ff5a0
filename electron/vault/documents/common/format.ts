import { parseIsoDate, type IsoDate } from '../../../../shared/domain/iso-date';
import type { Language } from '../../../../shared/domain/vocabulary';
import { AppError } from '../../../../shared/errors';
import { DOCUMENT_LOCALES } from './document-language';

/**
 * "2026-11-21" → "21. november 2026" (Danish) or "21 November 2026" (English). Dates are
 * calendar days without a time, so they are formatted in UTC: a local time zone must
 * never move a date to the day before.
 */
export function formatDate(isoDate: IsoDate, language: Language): string {
  const date = parseIsoDate(isoDate);
  if (date === null) throw new AppError('INVALID_INPUT', 'Document date is not a calendar date as YYYY-MM-DD');
  const instant = new Date(0);
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  return new Intl.DateTimeFormat(DOCUMENT_LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}

export function formatPeriod(from: IsoDate, to: IsoDate, language: Language): string {
  return `${formatDate(from, language)} – ${formatDate(to, language)}`;
}

export function formatCount(count: number, language: Language): string {
  return new Intl.NumberFormat(DOCUMENT_LOCALES[language]).format(count);
}

/** 12.5 → "12,5 %" (Danish) or "12.5%" (English). */
export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(DOCUMENT_LOCALES[language], { style: 'percent', maximumFractionDigits: 1 }).format(
    percent / 100,
  );
}
