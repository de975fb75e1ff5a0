import { AppError } from '../errors';
import { addDays, addYears, compareIsoDates, type IsoDate } from './iso-date';

/**
 * The opbevaringsperiode: a closed case is kept for a number of whole years after its
 * closing date, through the anniversary itself, and is past retention from the day after.
 * A case closed on 29 February has its anniversary on 28 February in other years.
 * Open cases are never past retention.
 */

export const DEFAULT_RETENTION_YEARS = 5;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 50;

function requireRetentionYears(years: number): void {
  if (!Number.isInteger(years) || years < MIN_RETENTION_YEARS || years > MAX_RETENTION_YEARS) {
    throw new AppError('INVALID_INPUT', 'Retention years must be a whole number within the allowed range');
  }
}

/** The last day the case is kept. */
export function retentionEndsOn(closedDate: IsoDate, retentionYears: number): IsoDate {
  requireRetentionYears(retentionYears);
  return addYears(closedDate, retentionYears);
}

/** The first day the case may be deleted. */
export function deletableFrom(closedDate: IsoDate, retentionYears: number): IsoDate {
  return addDays(retentionEndsOn(closedDate, retentionYears), 1);
}

export function isPastRetention(closedDate: IsoDate | null, retentionYears: number, onDate: IsoDate): boolean {
  requireRetentionYears(retentionYears);
  if (closedDate === null) return false;
  return compareIsoDates(onDate, retentionEndsOn(closedDate, retentionYears)) > 0;
}
