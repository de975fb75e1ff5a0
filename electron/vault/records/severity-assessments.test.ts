import { describe, expect, it } from 'vitest';
import { severityAssessmentInputSchema } from '../../../shared/domain/schemas/severity-assessment';
import { assessSeverity, listSeverityAssessments } from './severity-assessments';
import { newCase, useRecordsVault } from './testing/records-vault';

const { db } = useRecordsVault();

describe('severity assessments', () => {
  it('stores the chosen level with the suggestion and the steps of the shared rules', () => {
    const created = newCase(db());
    const assessment = assessSeverity(
      db(),
      severityAssessmentInputSchema.parse({
        caseId: created.id,
        assessedOn: '2026-03-04',
        extent: 'single',
        affectedCount: 1,
        factors: ['coercion_or_threat', 'physical_contact'],
        chosenLevel: 3,
        rationale: 'Vurderet ud fra den første samtale.',
      }),
    );
    expect(assessment).toMatchObject({ suggestedLevel: 4, chosenLevel: 3, factors: ['coercion_or_threat', 'physical_contact'] });
    expect(assessment.steps).toContain('offer_police_report');
    expect(assessment.steps).toContain('offer_rape_victims_centre');
    expect(listSeverityAssessments(db(), created.id)).toEqual([assessment]);
  });

  it('keeps earlier assessments: a new view of the case is a new row', () => {
    const created = newCase(db());
    const base = { caseId: created.id, extent: 'single', affectedCount: 1, factors: [], chosenLevel: 1 };
    assessSeverity(db(), severityAssessmentInputSchema.parse({ ...base, assessedOn: '2026-03-04' }));
    assessSeverity(db(), severityAssessmentInputSchema.parse({ ...base, assessedOn: '2026-04-01', extent: 'repeated', chosenLevel: 2 }));
    expect(listSeverityAssessments(db(), created.id).map((row) => [row.assessedOn, row.suggestedLevel])).toEqual([
      ['2026-03-04', 1],
      ['2026-04-01', 2],
    ]);
    expect(() => db().prepare('UPDATE severity_assessments SET chosen_level = 4').run()).toThrow(/append-only/);
  });
});
