/** A date as text may give it: "12. marts 2026", "12/3", "marts 2026". */
export interface PartialDate {
  day: number | null;
  month: number;
  year: number | null;
}

export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const FULL_MONTH_NAMES: ReadonlySet<string> = new Set([
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
]);

const longestFirst = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

export const MONTH_NAME_PATTERN = longestFirst(Object.keys(MONTH_NUMBERS));
export const FULL_MONTH_PATTERN = longestFirst([...FULL_MONTH_NAMES]);
export const ABBREVIATED_MONTH_PATTERN = longestFirst(
  Object.keys(MONTH_NUMBERS).filter((word) => !FULL_MONTH_NAMES.has(word)),
);

function fullYear(year: string | undefined): number | null {
  if (year === undefined || year === '') return null;
  const value = Number(year);
  return year.length === 2 ? 2000 + value : value;
}

/** Day and month must exist in some year; the year is not needed to say so. */
export function partialDate(day: number | null, month: number, year: string | undefined): PartialDate | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > new Date(Date.UTC(2000, month, 0)).getUTCDate())) return null;
  return { day, month, year: fullYear(year) };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const NUMERIC = /^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?\.?$/u;
const TEXTUAL = new RegExp(`^(?:(\\d{1,2})\\.?\\s*)?(${MONTH_NAME_PATTERN})\\.?(?:\\s+(\\d{4}))?$`, 'iu');

/** A date identifier from the vault, in ISO or a Danish way of writing it. */
export function parseIdentifierDate(value: string): PartialDate | null {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso !== null) return partialDate(Number(iso[3]), Number(iso[2]), iso[1]);
  const numeric = NUMERIC.exec(text);
  if (numeric !== null) return partialDate(Number(numeric[1]), Number(numeric[2]), numeric[3]);
  const textual = TEXTUAL.exec(text);
  if (textual !== null) {
    const month = MONTH_NUMBERS[(textual[2] ?? '').toLowerCase()] ?? 0;
    return partialDate(textual[1] === undefined ? null : Number(textual[1]), month, textual[3]);
  }
  return null;
}

/** Whether a date found in text can be the identifier's date: every part both give agrees. */
export function canBeSameDate(found: PartialDate, identifier: PartialDate): boolean {
  const agrees = (a: number | null, b: number | null): boolean => a === null || b === null || a === b;
  return found.month === identifier.month && agrees(found.day, identifier.day) && agrees(found.year, identifier.year);
}
