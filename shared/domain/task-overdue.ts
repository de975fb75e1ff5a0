import { compareIsoDates, type IsoDate } from './iso-date';
import type { TaskRecord } from './schemas/task';
import type { CaseStatus } from './vocabulary';

/**
 * A task is overdue when it is not done, its date has passed, and its case is still
 * open. A closed case's open tasks wait in case it is reopened; nobody is chasing them,
 * so they are never shown as overdue. The vault's queries (`tasks.overdue`, the case
 * list) apply the same rule in SQL.
 */
export function isTaskOverdue(task: Pick<TaskRecord, 'doneOn' | 'dueDate'>, caseStatus: CaseStatus, today: IsoDate): boolean {
  return caseStatus !== 'closed' && task.doneOn === null && task.dueDate !== null && compareIsoDates(task.dueDate, today) < 0;
}
