import { describe, expect, test } from 'vitest';
import { MAX_AFFECTED_COUNT, severityAssessmentInputSchema } from './severity-assessment';

const assessment = {
  caseId: 1,
  assessedOn: '2026-03-10',
  extent: 'repeated',
  affectedCount: 2,
  factors: ['physical_contact', 'abuse_of_power'],
  chosenLevel: 3,
};

describe('severity assessment', () => {
  test('accepts an assessment; the rationale is optional', () => {
    expect(severityAssessmentInputSchema.parse(assessment)).toEqual({ ...assessment, rationale: null });
  });

  test('accepts no factors at all', () => {
    expect(severityAssessmentInputSchema.safeParse({ ...assessment, factors: [] }).success).toBe(true);
  });

  test.each([
    ['factors', { ...assessment, factors: ['physical_contact', 'physical_contact'] }],
    ['factors.0', { ...assessment, factors: ['rudeness'] }],
    ['chosenLevel', { ...assessment, chosenLevel: 5 }],
    ['chosenLevel', { ...assessment, chosenLevel: 0 }],
    ['affectedCount', { ...assessment, affectedCount: 0 }],
    ['affectedCount', { ...assessment, affectedCount: MAX_AFFECTED_COUNT + 1 }],
    ['affectedCount', { ...assessment, affectedCount: 1.5 }],
    ['extent', { ...assessment, extent: 'often' }],
  ])('refuses a bad %s', (path, input) => {
    const result = severityAssessmentInputSchema.safeParse(input);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  test('the suggested level cannot be supplied by the caller', () => {
    expect(severityAssessmentInputSchema.safeParse({ ...assessment, suggestedLevel: 1 }).success).toBe(false);
  });
});
