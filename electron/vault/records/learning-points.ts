import type {
  LearningPointCreateInput,
  LearningPointListInput,
  LearningPointRecord,
  LearningPointUpdateInput,
} from '../../../shared/domain/schemas/learning-point';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase } from './case-access';
import { nowInstant } from './clock';
import { notFound } from './input-issues';
import { execute, queryAll, queryOne } from '../db/sql';

/*
 * Læringspunkter, written for the yearly learning document. One may belong to a case
 * (and goes when the case is deleted) or to the year as a whole.
 */

const LEARNING_POINT_COLUMNS = `id, case_id AS caseId, report_year AS reportYear, text,
  created_at AS createdAt, updated_at AS updatedAt`;

export function listLearningPoints(db: Database, input: LearningPointListInput): LearningPointRecord[] {
  return queryAll<LearningPointRecord>(
    db,
    `SELECT ${LEARNING_POINT_COLUMNS} FROM learning_points
     WHERE @year IS NULL OR report_year = @year ORDER BY report_year, id`,
    { year: input.reportYear },
  );
}

export function listCaseLearningPoints(db: Database, caseId: number): LearningPointRecord[] {
  return queryAll<LearningPointRecord>(
    db,
    `SELECT ${LEARNING_POINT_COLUMNS} FROM learning_points WHERE case_id = ? ORDER BY id`,
    caseId,
  );
}

function getLearningPoint(db: Database, id: number): LearningPointRecord {
  const point = queryOne<LearningPointRecord>(db, `SELECT ${LEARNING_POINT_COLUMNS} FROM learning_points WHERE id = ?`, id);
  if (point === undefined) throw notFound('learning point');
  return point;
}

/** A point about a case is audited under its reference; a point about the year under the year. */
function auditLearningPoint(db: Database, action: string, point: { caseId: number | null; reportYear: number }): void {
  if (point.caseId === null) appendAudit(db, { action, subject: `year=${point.reportYear}` });
  else auditCase(db, action, requireCase(db, point.caseId));
}

export function createLearningPoint(db: Database, input: LearningPointCreateInput): LearningPointRecord {
  return inTransaction(db, () => {
    if (input.caseId !== null) requireCase(db, input.caseId);
    const at = nowInstant();
    const { lastId } = execute(
      db,
      'INSERT INTO learning_points (case_id, report_year, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      input.caseId,
      input.reportYear,
      input.text,
      at,
      at,
    );
    auditLearningPoint(db, 'learning_point.create', input);
    return getLearningPoint(db, lastId);
  });
}

export function updateLearningPoint(db: Database, input: LearningPointUpdateInput): LearningPointRecord {
  return inTransaction(db, () => {
    const current = getLearningPoint(db, input.id);
    execute(
      db,
      'UPDATE learning_points SET report_year = ?, text = ?, updated_at = ? WHERE id = ?',
      input.reportYear ?? current.reportYear,
      input.text ?? current.text,
      nowInstant(),
      current.id,
    );
    auditLearningPoint(db, 'learning_point.update', current);
    return getLearningPoint(db, current.id);
  });
}

export function removeLearningPoint(db: Database, id: number): void {
  inTransaction(db, () => {
    const current = getLearningPoint(db, id);
    execute(db, 'DELETE FROM learning_points WHERE id = ?', id);
    auditLearningPoint(db, 'learning_point.remove', current);
  });
}
