import { z } from 'zod';
import { isIsoDate } from '../iso-date';

/**
 * Building blocks shared by the input schemas. Text is trimmed; an optional text field
 * left empty is stored as null, so "nothing written" has one representation.
 */

/** Longest texts accepted, in characters; generous, but a bound on what reaches the vault. */
export const TEXT_LIMITS = {
  /** Names, titles, short labels. */
  short: 200,
  /** Case summary, scope of a consent, reasons. */
  medium: 2_000,
  /** Agreement sections. */
  long: 10_000,
  /** A journal note. */
  note: 100_000,
} as const;

/** A SQLite row id. */
export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Input of a call about one record, e.g. removing a task. */
export const idInputSchema = z.strictObject({ id: idSchema });
export type IdInput = z.output<typeof idInputSchema>;

/** Input of a call about one case as a whole. */
export const caseIdInputSchema = z.strictObject({ caseId: idSchema });
export type CaseIdInput = z.output<typeof caseIdInputSchema>;

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Expected a calendar date as YYYY-MM-DD' });

/** A UTF-16 surrogate without its partner: half a character, with no UTF-8 form. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * False for text holding NUL or a lone surrogate. NUL cuts text short in C code (SQLite's
 * full-text tokenizer, file names, the DOCX writer); a lone surrogate is written out as
 * U+FFFD, so what was stored and what is read back would differ.
 */
export function isWellFormedText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * The one way to accept a string from outside (the renderer, an import file): every text
 * schema starts here, so none lets NUL or a lone surrogate through.
 */
export function wellFormedString() {
  return z.string().refine(isWellFormedText, { message: 'Text must not contain NUL or half a character (a lone surrogate)' });
}

export function requiredText(max: number) {
  return wellFormedString().trim().min(1).max(max);
}

/** Accepts text or null; blank text becomes null. */
export function optionalText(max: number) {
  return wellFormedString()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value));
}

/** A list of distinct enum values, e.g. severity factors. */
export function uniqueList<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { message: 'Values must not repeat' });
}

/**
 * Create inputs take the same optional fields as updates, but a field left out of a
 * create means "not known yet" and is stored as null, while left out of an update it
 * means "unchanged". So optional fields are declared once as nullable and given a null
 * default only for create schemas (zod 4 would apply a default inside `.partial()` too,
 * which is why updates use the undefaulted shape).
 */
export function withNullDefaults<S extends Record<string, z.ZodType>>(shape: S): { [K in keyof S]: z.ZodDefault<S[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.default(null)])) as {
    [K in keyof S]: z.ZodDefault<S[K]>;
  };
}

/** An update must change something besides naming the record. */
export function hasChanges(input: Record<string, unknown>): boolean {
  return Object.entries(input).some(([key, value]) => key !== 'id' && value !== undefined);
}
