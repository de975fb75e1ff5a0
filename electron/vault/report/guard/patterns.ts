import { ABBREVIATED_MONTH_PATTERN, FULL_MONTH_PATTERN, MONTH_NUMBERS, partialDate, type PartialDate } from './dates';
import { NOT_WORD_AFTER, NOT_WORD_BEFORE } from './tokenise';

export type PatternKind = 'cpr' | 'phone' | 'email' | 'date' | 'age' | 'address';

export interface PatternHit {
  kind: PatternKind;
  start: number;
  end: number;
  text: string;
  date?: PartialDate;
}

/** DDMMYY-SSSS or DDMMYYSSSS; day and month must exist. Modulus 11 is not checked (numbers since 2007 need not pass it). */
const CPR = /(?<![\d])(\d{2})(\d{2})(\d{2})[-\s]?(\d{4})(?![\d])/gu;

/**
 * Eight digits as Danes write them: 12345678, 12 34 56 78 (the same separator between
 * all pairs, which keeps dates like 24.12.2026 out), 1234 5678, optionally after +45 or
 * 0045. Any leading digit: a made-up example number is as identifying as a real one.
 */
const PHONE = /(?<![\d+])(?:(?:\+|00)45[\s.-]?)?(?:\d{2}([\s.-]?)\d{2}\1\d{2}\1\d{2}|\d{4} \d{4})(?![\d])/gu;

/** Also written out to dodge spam filters: "navn (at) domæne.dk", "navn [snabel-a] domæne.dk". */
const EMAIL = new RegExp(
  `[\\p{L}\\p{N}._%+-]+(?:@|\\s?[([]\\s?(?:at|snabel-a)\\s?[)\\]]\\s?)[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}`,
  'giu',
);

const ISO_DATE = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/gu;
/**
 * 12.03.2026, 12/3/26, 12-03-2026; without a year only 12/3 or 12.3. (with the closing
 * dot), because "2.5" is more often a decimal than the second of May.
 */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})(?:([./-])(\d{1,2})\2(\d{4}|\d{2})|\/(\d{1,2})|\.(\d{1,2})\.)(?![\d/]|[.-]\d)/gu;
/** A full month name is a word of its own; only an abbreviation takes a dot ("12. jan."). */
const TEXT_DATE = new RegExp(
  `${NOT_WORD_BEFORE}(?:(\\d{1,2})\\.?\\s*)?(?:(${FULL_MONTH_PATTERN})|(${ABBREVIATED_MONTH_PATTERN})\\.?)(?:\\s+(\\d{4}))?${NOT_WORD_AFTER}`,
  'giu',
);
/** A week number dates an incident as well as a day does. */
const WEEK = new RegExp(`${NOT_WORD_BEFORE}uge\\s?(\\d{1,2})${NOT_WORD_AFTER}`, 'giu');

/** "17 år", "17-årig", "17 årige", "en 17 års pige". */
const AGE = new RegExp(`${NOT_WORD_BEFORE}(\\d{1,3})\\s?-?\\s?år(?:s|ig|ige)?${NOT_WORD_AFTER}`, 'giu');

const STREET_SUFFIX = 'vej|gade|allé|stræde|straede|plads|vænge|vaenge|boulevard|torv';
/** "Nørregade 12", "Vesterbrogade 3B", "H.C. Andersens Boulevard 2". */
const ADDRESS = new RegExp(
  `${NOT_WORD_BEFORE}(?:\\p{L}{2,}(?:${STREET_SUFFIX})|\\p{Lu}\\p{L}+\\s(?:Vej|Gade|Allé|Stræde|Plads|Vænge|Boulevard|Torv))\\s\\d{1,4}\\s?[a-zA-Z]?${NOT_WORD_AFTER}`,
  'gu',
);

type HitDetails = (match: RegExpExecArray) => Partial<PatternHit> | null;

function hits(text: string, pattern: RegExp, kind: PatternKind, extra: HitDetails = () => ({})): PatternHit[] {
  const found: PatternHit[] = [];
  for (const match of text.matchAll(pattern)) {
    const details = extra(match);
    if (details === null) continue;
    found.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0], ...details });
  }
  return found;
}

function dateDetails(date: PartialDate | null): Partial<PatternHit> | null {
  return date === null ? null : { date };
}

/** Every CPR number, phone number, e-mail address, date, week, age and street address in the text. */
export function findPatterns(text: string): PatternHit[] {
  return [
    ...hits(text, CPR, 'cpr', (match) => (partialDate(Number(match[1]), Number(match[2]), match[3]) === null ? null : {})),
    ...hits(text, PHONE, 'phone'),
    ...hits(text, EMAIL, 'email'),
    ...hits(text, ISO_DATE, 'date', (match) => dateDetails(partialDate(Number(match[3]), Number(match[2]), match[1]))),
    ...hits(text, NUMERIC_DATE, 'date', (match) =>
      dateDetails(partialDate(Number(match[1]), Number(match[3] ?? match[5] ?? match[6]), match[4])),
    ),
    ...hits(text, TEXT_DATE, 'date', (match) => {
      const [, day, fullMonth, abbreviation, year] = match;
      // A bare "jul" is Christmas and "dec" a prefix; abbreviations count only beside a day or year.
      if (fullMonth === undefined && day === undefined && year === undefined) return null;
      const month = MONTH_NUMBERS[(fullMonth ?? abbreviation ?? '').toLowerCase()] ?? 0;
      return dateDetails(partialDate(day === undefined ? null : Number(day), month, year));
    }),
    ...hits(text, WEEK, 'date', (match) => (Number(match[1]) >= 1 && Number(match[1]) <= 53 ? {} : null)),
    ...hits(text, AGE, 'age'),
    ...hits(text, ADDRESS, 'address'),
  ];
}
