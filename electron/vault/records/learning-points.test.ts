import { describe, expect, it } from 'vitest';
import { learningPointCreateInputSchema, learningPointListInputSchema } from '../../../shared/domain/schemas/learning-point';
import { createLearningPoint, listLearningPoints, removeLearningPoint, updateLearningPoint } from './learning-points';
import { appErrorOf } from './testing/app-error';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from './testing/records-vault';

const { db } = useRecordsVault();

describe('learning points', () => {
  it('belong to a case or to the year, are listed per report year and audited without their text', () => {
    const created = newCase(db());
    const before = lastAuditSeq(db());
    createLearningPoint(db(), learningPointCreateInputSchema.parse({ caseId: created.id, reportYear: 2026, text: 'Tilbyd samtaleforløb tidligt.' }));
    const yearly = createLearningPoint(db(), learningPointCreateInputSchema.parse({ reportYear: 2026, text: 'Flere henvendelser efter fester.' }));
    createLearningPoint(db(), learningPointCreateInputSchema.parse({ reportYear: 2025, text: 'Sidste år.' }));
    updateLearningPoint(db(), { id: yearly.id, text: 'Flere henvendelser efter arrangementer.' });

    expect(listLearningPoints(db(), learningPointListInputSchema.parse({ reportYear: 2026 })).map((point) => point.text)).toEqual([
      'Tilbyd samtaleforløb tidligt.',
      'Flere henvendelser efter arrangementer.',
    ]);
    expect(listLearningPoints(db(), learningPointListInputSchema.parse(undefined))).toHaveLength(3);
    expect(auditTrail(db(), before)).toEqual([
      'learning_point.create 2026-001',
      'learning_point.create year=2026',
      'learning_point.create year=2025',
      'learning_point.update year=2026',
    ]);
  });

  it('refuses a point for a case that does not exist, and removes one', () => {
    expect(appErrorOf(() => createLearningPoint(db(), { caseId: 42, reportYear: 2026, text: 'x' })).code).toBe('NOT_FOUND');
    const point = createLearningPoint(db(), { caseId: null, reportYear: 2026, text: 'x' });
    removeLearningPoint(db(), point.id);
    expect(appErrorOf(() => removeLearningPoint(db(), point.id)).code).toBe('NOT_FOUND');
  });
});
