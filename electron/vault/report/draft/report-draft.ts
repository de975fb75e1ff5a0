import type {
  ReportDraft,
  ReportDraftLearningPoint,
  ReportPeriodInput,
  ReportRecommendation,
} from '../../../../shared/contract/reports';
import type { IsoDate } from '../../../../shared/domain/iso-date';
import type { Language } from '../../../../shared/domain/vocabulary';
import { appendAudit } from '../../audit/audit-log';
import type { Database } from '../../db/database';
import { inTransaction } from '../../records/case-access';
import { nowInstant } from '../../records/clock';
import { notFound } from '../../records/input-issues';
import { createLearningPoint } from '../../records/learning-points';
import { execute, queryAll, queryOne } from '../../db/sql';
import { defaultReportPeriod } from '../stored/stored-reports';

/*
 * The report editor's draft: the period, the document's language, which learning points
 * go in, and the recommendations for revising the policy. One draft per vault; it stays
 * after an export, so a report can be corrected and exported again.
 */

const DEFAULT_LANGUAGE: Language = 'da';

interface DraftRow {
  from: string | null;
  to: string | null;
  language: Language;
}

function draftRow(db: Database): DraftRow {
  return (
    queryOne<DraftRow>(db, 'SELECT period_from AS "from", period_to AS "to", language FROM report_draft WHERE id = 1') ?? {
      from: null,
      to: null,
      language: DEFAULT_LANGUAGE,
    }
  );
}

/** The draft's period, or the default one while none was chosen. */
export function draftPeriod(db: Database, today: IsoDate): { period: ReportPeriodInput; isDefault: boolean } {
  const row = draftRow(db);
  if (row.from === null || row.to === null) return { period: defaultReportPeriod(db, today), isDefault: true };
  return { period: { from: row.from, to: row.to }, isDefault: false };
}

export function draftLanguage(db: Database): Language {
  return draftRow(db).language;
}

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** The points chosen for the report, in the document's order, then the others written for the period's years. */
function draftLearningPoints(db: Database, period: ReportPeriodInput): ReportDraftLearningPoint[] {
  return queryAll<Omit<ReportDraftLearningPoint, 'included'> & { included: 0 | 1 }>(
    db,
    `SELECT p.id, p.case_id AS caseId, p.report_year AS reportYear, p.text, p.created_at AS createdAt,
       p.updated_at AS updatedAt, (d.learning_point_id IS NOT NULL) AS included
     FROM learning_points p LEFT JOIN report_draft_learning_points d ON d.learning_point_id = p.id
     WHERE d.learning_point_id IS NOT NULL OR p.report_year BETWEEN ? AND ?
     ORDER BY d.learning_point_id IS NULL, p.report_year, p.id`,
    yearOf(period.from),
    yearOf(period.to),
  ).map((point) => ({ ...point, included: point.included === 1 }));
}

function recommendations(db: Database): ReportRecommendation[] {
  return queryAll<ReportRecommendation>(db, 'SELECT id, text FROM report_recommendations ORDER BY id');
}

export function getReportDraft(db: Database, today: IsoDate): ReportDraft {
  const { period, isDefault } = draftPeriod(db, today);
  return {
    period,
    periodIsDefault: isDefault,
    language: draftLanguage(db),
    learningPoints: draftLearningPoints(db, period),
    recommendations: recommendations(db),
  };
}

/** A text of the draft with the id that names it in findings. */
export interface DraftText {
  id: number;
  text: string;
}

/** The texts that go into the document, in its order: the included points and every recommendation. */
export function draftTexts(db: Database): { learningPoints: DraftText[]; recommendations: DraftText[] } {
  return {
    learningPoints: queryAll<DraftText>(
      db,
      `SELECT p.id, p.text FROM learning_points p JOIN report_draft_learning_points d ON d.learning_point_id = p.id
       ORDER BY d.learning_point_id IS NULL, p.report_year, p.id`,
    ),
    recommendations: recommendations(db),
  };
}

export function updateReportDraft(
  db: Database,
  update: { period?: ReportPeriodInput | null | undefined; language?: Language | undefined },
): void {
  inTransaction(db, () => {
    const current = draftRow(db);
    const period = update.period === undefined ? current : (update.period ?? { from: null, to: null });
    execute(
      db,
      `INSERT INTO report_draft (id, period_from, period_to, language, updated_at) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET period_from = excluded.period_from, period_to = excluded.period_to,
         language = excluded.language, updated_at = excluded.updated_at`,
      period.from,
      period.to,
      update.language ?? current.language,
      nowInstant(),
    );
    appendAudit(db, { action: 'report.draft.update' });
  });
}

export function includeLearningPoint(db: Database, learningPointId: number, included: boolean): void {
  inTransaction(db, () => {
    if (queryOne(db, 'SELECT 1 FROM learning_points WHERE id = ?', learningPointId) === undefined) throw notFound('learning point');
    execute(
      db,
      included
        ? 'INSERT OR IGNORE INTO report_draft_learning_points (learning_point_id) VALUES (?)'
        : 'DELETE FROM report_draft_learning_points WHERE learning_point_id = ?',
      learningPointId,
    );
    appendAudit(db, { action: included ? 'report.learning_point.include' : 'report.learning_point.exclude' });
  });
}

/** A point about the year as a whole, written in the report editor: filed under the period's last year and included. */
export function addReportLearningPoint(db: Database, text: string, today: IsoDate): void {
  inTransaction(db, () => {
    const { period } = draftPeriod(db, today);
    const point = createLearningPoint(db, { caseId: null, reportYear: yearOf(period.to), text });
    execute(db, 'INSERT INTO report_draft_learning_points (learning_point_id) VALUES (?)', point.id);
  });
}

export function addRecommendation(db: Database, text: string): void {
  inTransaction(db, () => {
    const at = nowInstant();
    execute(db, 'INSERT INTO report_recommendations (text, created_at, updated_at) VALUES (?, ?, ?)', text, at, at);
    appendAudit(db, { action: 'report.recommendation.add' });
  });
}

export function updateRecommendation(db: Database, id: number, text: string): void {
  inTransaction(db, () => {
    const { changes } = execute(db, 'UPDATE report_recommendations SET text = ?, updated_at = ? WHERE id = ?', text, nowInstant(), id);
    if (changes === 0) throw notFound('recommendation');
    appendAudit(db, { action: 'report.recommendation.update' });
  });
}

export function removeRecommendation(db: Database, id: number): void {
  inTransaction(db, () => {
    if (execute(db, 'DELETE FROM report_recommendations WHERE id = ?', id).changes === 0) throw notFound('recommendation');
    appendAudit(db, { action: 'report.recommendation.remove' });
  });
}
