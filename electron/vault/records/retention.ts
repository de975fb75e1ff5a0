import type { IsoDate } from '../../../shared/domain/iso-date';
import { deletableFrom, isPastRetention } from '../../../shared/domain/retention';
import type { RetentionCandidate } from '../../../shared/domain/schemas/case-view';
import type { Database } from '../db/database';
import { queryAll } from '../db/sql';
import { getVaultSettings } from './vault-settings';

/**
 * Closed cases whose opbevaringsperiode has run out, oldest first. Nothing is deleted
 * here: deletion is always a separate, confirmed step by the contact person.
 */
export function listPastRetention(db: Database, today: IsoDate): RetentionCandidate[] {
  const { retentionYears } = getVaultSettings(db);
  const closed = queryAll<{ caseId: number; reference: string; closedDate: IsoDate }>(
    db,
    `SELECT id AS caseId, reference, closed_date AS closedDate FROM cases
     WHERE status = 'closed' ORDER BY closed_date, id`,
  );
  return closed
    .filter((row) => isPastRetention(row.closedDate, retentionYears, today))
    .map((row) => ({ ...row, deletableFrom: deletableFrom(row.closedDate, retentionYears) }));
}
