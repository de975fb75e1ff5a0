import { AppError } from '../errors';

/**
 * Case references look like `2026-007`: the year, then a sequence within that year with
 * at least three digits. Past 999 the sequence simply grows (`2026-1000`), so the
 * formatted reference of a sequence is unique and round-trips through `parseCaseReference`.
 */

export interface CaseReference {
  year: number;
  sequence: number;
}

const REFERENCE_PATTERN = /^(\d{4})-(\d{3,})$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 9999;
const MAX_SEQUENCE = 999_999;

function isValidParts({ year, sequence }: CaseReference): boolean {
  return (
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    Number.isInteger(sequence) &&
    sequence >= 1 &&
    sequence <= MAX_SEQUENCE
  );
}

export function formatCaseReference(reference: CaseReference): string {
  if (!isValidParts(reference)) throw new AppError('INVALID_INPUT', 'Case reference year or sequence out of range');
  return `${reference.year}-${String(reference.sequence).padStart(3, '0')}`;
}

/** The parts of a well-formed reference, or null. Only the canonical form is accepted. */
export function parseCaseReference(value: string): CaseReference | null {
  const match = REFERENCE_PATTERN.exec(value);
  if (match === null) return null;
  const parts = { year: Number(match[1]), sequence: Number(match[2]) };
  if (!isValidParts(parts) || formatCaseReference(parts) !== value) return null;
  return parts;
}

/**
 * The reference a new case received in `year` gets: one past the highest sequence used
 * that year. Gaps are not filled. A deleted case's reference would come back only if it
 * was the highest, so callers that delete cases should also pass the references of
 * deleted ones (or a kept high-water mark) in `existing`.
 */
export function nextCaseReference(existing: readonly string[], year: number): string {
  let highest = 0;
  for (const value of existing) {
    const parsed = parseCaseReference(value);
    if (parsed === null) throw new AppError('INVALID_INPUT', 'An existing case reference is malformed');
    if (parsed.year === year) highest = Math.max(highest, parsed.sequence);
  }
  return formatCaseReference({ year, sequence: highest + 1 });
}
