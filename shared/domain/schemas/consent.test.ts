import { describe, expect, test } from 'vitest';
import { actionTakenInputSchema, consentEntryInputSchema } from './consent';

const entry = { caseId: 1, action: 'police_report', decision: 'granted', form: 'oral', decidedOn: '2026-03-07' };

describe('consent entry', () => {
  test('scope is optional and written in the person’s own words', () => {
    expect(consentEntryInputSchema.parse(entry)).toEqual({ ...entry, otherAction: null, scope: null, consultationScope: null });
    const scope = 'Du må gerne fortælle Dialogrådet, hvad der skete, men ikke mit navn';
    expect(consentEntryInputSchema.parse({ ...entry, scope }).scope).toBe(scope);
  });

  test('"other" needs a description, and only "other" may have one', () => {
    expect(consentEntryInputSchema.safeParse({ ...entry, action: 'other' }).success).toBe(false);
    expect(
      consentEntryInputSchema.safeParse({ ...entry, action: 'other', otherAction: 'Fortælle min mor' }).success,
    ).toBe(true);
    expect(consentEntryInputSchema.safeParse({ ...entry, otherAction: 'Fortælle min mor' }).success).toBe(false);
  });

  test('a consultation scope goes only with a granted consent to consult the other contact person', () => {
    const consult = { ...entry, action: 'tell_other_contact_person', consultationScope: 'without_names' };
    expect(consentEntryInputSchema.parse(consult).consultationScope).toBe('without_names');
    for (const wrong of [{ ...consult, action: 'police_report' }, { ...consult, decision: 'declined' }, { ...consult, consultationScope: 'all' }]) {
      const result = consentEntryInputSchema.safeParse(wrong);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('consultationScope');
    }
  });

  test.each([
    ['decision', { ...entry, decision: 'maybe' }],
    ['form', { ...entry, form: 'email' }],
    ['decidedOn', { ...entry, decidedOn: 'i går' }],
    ['action', { ...entry, action: 'tell_everyone' }],
  ])('refuses a bad %s', (path, input) => {
    const result = consentEntryInputSchema.safeParse(input);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('action taken', () => {
  test('the override reason is optional in the schema; the consent rules decide', () => {
    expect(actionTakenInputSchema.parse({ caseId: 1, action: 'involve_accused', takenOn: '2026-03-09' })).toEqual({
      caseId: 1,
      action: 'involve_accused',
      otherAction: null,
      takenOn: '2026-03-09',
      overrideReason: null,
    });
  });

  test('"other" needs a description here too, so it can be matched against the ledger', () => {
    const action = { caseId: 1, action: 'other', takenOn: '2026-03-09' };
    expect(actionTakenInputSchema.safeParse(action).success).toBe(false);
    expect(actionTakenInputSchema.safeParse({ ...action, otherAction: 'Fortælle min mor' }).success).toBe(true);
    expect(actionTakenInputSchema.safeParse({ ...action, action: 'police_report', otherAction: 'x' }).success).toBe(false);
  });
});
