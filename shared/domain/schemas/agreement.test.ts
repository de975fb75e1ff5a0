import { describe, expect, test } from 'vitest';
import { MAX_NEXT_STEPS, agreementDraftInputSchema, agreementDraftUpdateInputSchema, agreementTransitionInputSchema } from './agreement';

describe('agreement draft', () => {
  test('a draft needs the case and at least one contact person', () => {
    expect(agreementDraftInputSchema.parse({ caseId: 1, contactPersons: ['trusted_person'] })).toEqual({
      caseId: 1,
      affectedPartyId: null,
      contactPersons: ['trusted_person'],
      wishes: null,
      disclosure: null,
      otherPartyInvolvement: null,
      supportOffered: [],
      nextSteps: [],
    });
    expect(agreementDraftInputSchema.safeParse({ caseId: 1, contactPersons: [] }).success).toBe(false);
  });

  test('keeps support offered and next steps with dates', () => {
    const parsed = agreementDraftInputSchema.parse({
      caseId: 1,
      contactPersons: ['secretariat_head', 'trusted_person'],
      supportOffered: ['conversation_series', 'external_psychologist'],
      nextSteps: [{ description: 'Opfølgende samtale', dueDate: '2026-04-15' }, { description: 'Ring', dueDate: null }],
    });
    expect(parsed.nextSteps).toHaveLength(2);
    expect(parsed.supportOffered).toEqual(['conversation_series', 'external_psychologist']);
  });

  test.each([
    ['contactPersons', { caseId: 1, contactPersons: ['trusted_person', 'trusted_person'] }],
    ['supportOffered.0', { caseId: 1, contactPersons: ['trusted_person'], supportOffered: ['lawyer'] }],
    ['nextSteps.0.description', { caseId: 1, contactPersons: ['trusted_person'], nextSteps: [{ description: '', dueDate: null }] }],
    [
      'nextSteps',
      {
        caseId: 1,
        contactPersons: ['trusted_person'],
        nextSteps: Array.from({ length: MAX_NEXT_STEPS + 1 }, () => ({ description: 'x', dueDate: null })),
      },
    ],
  ])('refuses a bad %s', (path, input) => {
    const result = agreementDraftInputSchema.safeParse(input);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  test('an update edits only what is given and cannot empty the contact persons', () => {
    expect(agreementDraftUpdateInputSchema.parse({ id: 2, wishes: 'At det stopper' })).toEqual({
      id: 2,
      wishes: 'At det stopper',
    });
    expect(agreementDraftUpdateInputSchema.safeParse({ id: 2, contactPersons: [] }).success).toBe(false);
    expect(agreementDraftUpdateInputSchema.safeParse({ id: 2, status: 'signed' }).success).toBe(false);
  });

  test('a transition names the target status', () => {
    expect(agreementTransitionInputSchema.parse({ id: 2, to: 'signed', signedOn: '2026-04-02' })).toEqual({
      id: 2,
      to: 'signed',
      signedOn: '2026-04-02',
    });
    expect(agreementTransitionInputSchema.safeParse({ id: 2, to: 'archived' }).success).toBe(false);
  });
});
