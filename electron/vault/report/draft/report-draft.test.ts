import { describe, expect, it } from 'vitest';
import { caseCreateInputSchema } from '../../../../shared/domain/schemas/case';
import { createCase } from '../../records/cases';
import { createLearningPoint, removeLearningPoint } from '../../records/learning-points';
import { appErrorOf } from '../../records/testing/app-error';
import { auditTrail, lastAuditSeq, useRecordsVault } from '../../records/testing/records-vault';
import {
  addRecommendation,
  addReportLearningPoint,
  draftTexts,
  getReportDraft,
  includeLearningPoint,
  removeRecommendation,
  updateRecommendation,
  updateReportDraft,
} from './report-draft';

const { db } = useRecordsVault();
const TODAY = '2026-06-30';

describe('the report draft', () => {
  it('lists the chosen points first, then the others written for the period’s years, and only the chosen go in', () => {
    const vault = db();
    updateReportDraft(vault, { period: { from: '2025-01-01', to: '2025-12-31' }, language: 'en' });
    const caseId = createCase(vault, caseCreateInputSchema.parse({ receivedDate: '2025-02-01', channel: 'phone' })).id;
    const fromCase = createLearningPoint(vault, { caseId, reportYear: 2025, text: 'Fra en sag.' });
    const otherYear = createLearningPoint(vault, { caseId: null, reportYear: 2023, text: 'Et andet år.' });
    addReportLearningPoint(vault, 'Skrevet til rapporten.', TODAY);

    const draft = getReportDraft(vault, TODAY);
    expect(draft).toMatchObject({ period: { from: '2025-01-01', to: '2025-12-31' }, periodIsDefault: false, language: 'en' });
    expect(draft.learningPoints.map(({ text, included, reportYear }) => [text, included, reportYear])).toEqual([
      ['Skrevet til rapporten.', true, 2025],
      ['Fra en sag.', false, 2025],
    ]);

    includeLearningPoint(vault, otherYear.id, true);
    includeLearningPoint(vault, fromCase.id, true);
    expect(draftTexts(vault).learningPoints.map((point) => point.text)).toEqual(['Et andet år.', 'Fra en sag.', 'Skrevet til rapporten.']);
    includeLearningPoint(vault, fromCase.id, false);
    removeLearningPoint(vault, otherYear.id);
    expect(draftTexts(vault).learningPoints.map((point) => point.text)).toEqual(['Skrevet til rapporten.']);
    expect(appErrorOf(() => includeLearningPoint(vault, otherYear.id, true)).code).toBe('NOT_FOUND');
  });

  it('keeps recommendations in the order written, and audits every change without its text', () => {
    const vault = db();
    const before = lastAuditSeq(vault);
    addRecommendation(vault, 'Første anbefaling.');
    addRecommendation(vault, 'Anden anbefaling.');
    const [first, second] = draftTexts(vault).recommendations;
    updateRecommendation(vault, first?.id as number, 'Første anbefaling, rettet.');
    removeRecommendation(vault, second?.id as number);
    expect(draftTexts(vault).recommendations.map((recommendation) => recommendation.text)).toEqual(['Første anbefaling, rettet.']);
    expect(appErrorOf(() => removeRecommendation(vault, second?.id as number)).code).toBe('NOT_FOUND');
    expect(appErrorOf(() => updateRecommendation(vault, 999, 'x')).code).toBe('NOT_FOUND');
    expect(auditTrail(vault, before)).toEqual([
      'report.recommendation.add',
      'report.recommendation.add',
      'report.recommendation.update',
      'report.recommendation.remove',
    ]);
  });
});
