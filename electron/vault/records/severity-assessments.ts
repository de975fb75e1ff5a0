import { suggestSeverity } from '../../../shared/domain/severity';
import type { SeverityAssessmentInput, SeverityAssessmentRecord } from '../../../shared/domain/schemas/severity-assessment';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase } from './case-access';
import { nowInstant } from './clock';
import { execute, queryAll, queryOne } from '../db/sql';

/*
 * "Afdækning af alvorlighedsgraden". The suggestion and the prescribed steps are computed
 * here from the shared rules and stored with the assessment, so the record shows what
 * the contact person saw beside the level they chose, even if the rules change later.
 */

const ASSESSMENT_COLUMNS = `id, case_id AS caseId, assessed_on AS assessedOn, extent, affected_count AS affectedCount,
  factors, suggested_level AS suggestedLevel, chosen_level AS chosenLevel, steps, rationale, created_at AS createdAt`;

type AssessmentRow = Omit<SeverityAssessmentRecord, 'factors' | 'steps'> & { factors: string; steps: string };

function toAssessment(row: AssessmentRow): SeverityAssessmentRecord {
  return { ...row, factors: JSON.parse(row.factors), steps: JSON.parse(row.steps) };
}

export function listSeverityAssessments(db: Database, caseId: number): SeverityAssessmentRecord[] {
  return queryAll<AssessmentRow>(
    db,
    `SELECT ${ASSESSMENT_COLUMNS} FROM severity_assessments WHERE case_id = ? ORDER BY assessed_on, id`,
    caseId,
  ).map(toAssessment);
}

export function assessSeverity(db: Database, input: SeverityAssessmentInput): SeverityAssessmentRecord {
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    const suggestion = suggestSeverity(input);
    const { lastId } = execute(
      db,
      `INSERT INTO severity_assessments (case_id, assessed_on, extent, affected_count, factors, suggested_level,
                                         chosen_level, steps, rationale, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      head.id,
      input.assessedOn,
      input.extent,
      input.affectedCount,
      JSON.stringify(input.factors),
      suggestion.level,
      input.chosenLevel,
      JSON.stringify(suggestion.steps),
      input.rationale,
      nowInstant(),
    );
    auditCase(db, 'severity.assess', head);
    return toAssessment(
      queryOne<AssessmentRow>(db, `SELECT ${ASSESSMENT_COLUMNS} FROM severity_assessments WHERE id = ?`, lastId) as AssessmentRow,
    );
  });
}
