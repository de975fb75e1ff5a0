import type { IsoDate } from '../../../shared/domain/iso-date';
import type { OverdueTask, TaskCreateInput, TaskRecord, TaskUpdateInput } from '../../../shared/domain/schemas/task';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase, requireCaseOf } from './case-access';
import { nowInstant } from './clock';
import { execute, queryAll, queryOne } from '../db/sql';

/** Tasks and follow-up dates (opgave / opfølgning). */

const TASK_COLUMNS = `id, case_id AS caseId, title, due_date AS dueDate, done_on AS doneOn,
  created_at AS createdAt, updated_at AS updatedAt`;

export function listTasks(db: Database, caseId: number): TaskRecord[] {
  return queryAll<TaskRecord>(
    db,
    `SELECT ${TASK_COLUMNS} FROM tasks WHERE case_id = ? ORDER BY done_on IS NOT NULL, due_date IS NULL, due_date, id`,
    caseId,
  );
}

function getTask(db: Database, id: number): TaskRecord {
  return queryOne<TaskRecord>(db, `SELECT ${TASK_COLUMNS} FROM tasks WHERE id = ?`, id) as TaskRecord;
}

export function createTask(db: Database, input: TaskCreateInput): TaskRecord {
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    const at = nowInstant();
    const { lastId } = execute(
      db,
      'INSERT INTO tasks (case_id, title, due_date, done_on, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?)',
      head.id,
      input.title,
      input.dueDate,
      at,
      at,
    );
    auditCase(db, 'task.create', head);
    return getTask(db, lastId);
  });
}

export function updateTask(db: Database, input: TaskUpdateInput): TaskRecord {
  return inTransaction(db, () => {
    const head = requireCaseOf(db, 'tasks', input.id);
    const current = getTask(db, input.id);
    execute(
      db,
      'UPDATE tasks SET title = ?, due_date = ?, done_on = ?, updated_at = ? WHERE id = ?',
      input.title ?? current.title,
      input.dueDate === undefined ? current.dueDate : input.dueDate,
      input.doneOn === undefined ? current.doneOn : input.doneOn,
      nowInstant(),
      current.id,
    );
    auditCase(db, 'task.update', head);
    return getTask(db, current.id);
  });
}

export function removeTask(db: Database, id: number): void {
  inTransaction(db, () => {
    const head = requireCaseOf(db, 'tasks', id);
    execute(db, 'DELETE FROM tasks WHERE id = ?', id);
    auditCase(db, 'task.remove', head);
  });
}

/**
 * Tasks not done whose due date has passed, across all open cases, the longest overdue
 * first. A closed case's tasks are never overdue (`isTaskOverdue`).
 */
export function listOverdueTasks(db: Database, today: IsoDate): OverdueTask[] {
  return queryAll<OverdueTask>(
    db,
    `SELECT t.id, t.case_id AS caseId, t.title, t.due_date AS dueDate, t.done_on AS doneOn,
            t.created_at AS createdAt, t.updated_at AS updatedAt, c.reference
     FROM tasks t JOIN cases c ON c.id = t.case_id
     WHERE t.done_on IS NULL AND t.due_date < ? AND c.status != 'closed'
     ORDER BY t.due_date, t.id`,
    today,
  );
}
