import { formatIsoDate, type IsoDate } from '../../../shared/domain/iso-date';

/** When a row was written: an ISO 8601 instant in UTC. */
export function nowInstant(): string {
  return new Date().toISOString();
}

/**
 * Today as the contact person sees it, in the machine's own time zone: a task due today
 * is not overdue in Denmark just because it is already tomorrow in UTC.
 */
export function todayIsoDate(now: Date = new Date()): IsoDate {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
