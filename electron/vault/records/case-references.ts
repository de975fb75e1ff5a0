import { formatCaseReference, nextCaseReference, parseCaseReference } from '../../../shared/domain/case-reference';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { execute, queryOne } from '../db/sql';

/*
 * Case references come from a per-year high-water mark rather than from the cases that
 * exist, so the number of a deleted case is never given to another: two cases with one
 * reference in notes, documents or the audit log would be a confusion nobody can undo.
 */

function lastSequence(db: Database, year: number): number {
  return queryOne<{ last: number }>(db, 'SELECT last_sequence AS last FROM case_reference_counters WHERE year = ?', year)?.last ?? 0;
}

function raiseHighWater(db: Database, year: number, sequence: number): void {
  execute(
    db,
    `INSERT INTO case_reference_counters (year, last_sequence) VALUES (?, ?)
     ON CONFLICT (year) DO UPDATE SET last_sequence = max(last_sequence, excluded.last_sequence)`,
    year,
    sequence,
  );
}

/** Gives out the next reference of `year`. Call inside the transaction that inserts the case. */
export function issueCaseReference(db: Database, year: number): string {
  const last = lastSequence(db, year);
  const existing = last === 0 ? [] : [formatCaseReference({ year, sequence: last })];
  const reference = nextCaseReference(existing, year);
  const parsed = parseCaseReference(reference);
  if (parsed === null) throw new AppError('INTERNAL', 'Issued a malformed case reference.');
  raiseHighWater(db, year, parsed.sequence);
  return reference;
}

/**
 * For an imported case: its own reference when this vault has never given that number
 * out (above the year's high-water mark), otherwise the next free one.
 */
export function claimCaseReference(db: Database, wanted: string): string {
  const parsed = parseCaseReference(wanted);
  if (parsed === null) throw new AppError('INVALID_INPUT', 'A case reference is malformed.');
  if (parsed.sequence > lastSequence(db, parsed.year)) {
    raiseHighWater(db, parsed.year, parsed.sequence);
    return wanted;
  }
  return issueCaseReference(db, parsed.year);
}
