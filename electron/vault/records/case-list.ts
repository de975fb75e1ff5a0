import type { IsoDate } from '../../../shared/domain/iso-date';
import type { CaseListInput, CaseListItem, CaseListPage } from '../../../shared/domain/schemas/case-view';
import type { Database } from '../db/database';
import { queryAll, queryOne } from '../db/sql';

const FILTER = `
  WHERE (@status IS NULL OR c.status = @status)
    AND (@category IS NULL OR c.category = @category)
    AND (@yearStart IS NULL OR c.received_date BETWEEN @yearStart AND @yearEnd)`;

const LIST_SQL = `
  SELECT c.id, c.reference, c.status, c.category, c.context, c.received_date AS receivedDate,
         c.closed_date AS closedDate, c.outcome, c.summary,
         EXISTS (SELECT 1 FROM case_status_changes s WHERE s.case_id = c.id AND s.from_status = 'closed') AS reopened,
         (SELECT min(t.due_date) FROM tasks t WHERE t.case_id = c.id AND t.done_on IS NULL) AS nextFollowUp,
         -- A closed case's tasks are never overdue (isTaskOverdue).
         (SELECT count(*) FROM tasks t WHERE c.status != 'closed' AND t.case_id = c.id AND t.done_on IS NULL AND t.due_date < @today) AS overdueTasks
  FROM cases c ${FILTER}
  ORDER BY c.status = 'closed', nextFollowUp IS NULL, nextFollowUp, c.received_date DESC, c.id DESC
  LIMIT @limit OFFSET @offset`;

const COUNT_SQL = `SELECT count(*) AS total FROM cases c ${FILTER}`;

type ListRow = Omit<CaseListItem, 'reopened'> & { reopened: number };

/**
 * The case overview: open cases first, the one whose follow-up comes soonest on top, then
 * the newest. Listing shows no more than the list needs and is not audited as a view;
 * opening a case is.
 */
export function listCases(db: Database, input: CaseListInput, today: IsoDate): CaseListPage {
  const filter = {
    status: input.status,
    category: input.category,
    yearStart: input.year === null ? null : `${input.year}-01-01`,
    yearEnd: input.year === null ? null : `${input.year}-12-31`,
  };
  const rows = queryAll<ListRow>(db, LIST_SQL, { ...filter, today, limit: input.limit, offset: input.offset });
  const { total } = queryOne<{ total: number }>(db, COUNT_SQL, filter) as { total: number };
  return {
    items: rows.map((row) => ({ ...row, reopened: row.reopened === 1 })),
    total,
    limit: input.limit,
    offset: input.offset,
  };
}
