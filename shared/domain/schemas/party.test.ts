import { describe, expect, test } from 'vitest';
import { partyCreateInputSchema, partyUpdateInputSchema } from './party';

describe('party', () => {
  test('only the case and the role are required', () => {
    expect(partyCreateInputSchema.parse({ caseId: 1, role: 'accused' })).toEqual({
      caseId: 1,
      role: 'accused',
      under18: false,
      name: null,
      nickname: null,
      organisationalRole: null,
      unit: null,
      email: null,
      phone: null,
      contactPerson: null,
      description: null,
    });
  });

  test('keeps Danish names, e-mails and phone numbers as typed', () => {
    const parsed = partyCreateInputSchema.parse({
      caseId: 1,
      role: 'affected',
      under18: true,
      name: 'Søren Ærø',
      email: 'søren@æblehaven.dk',
      phone: '+45 20 30 40 50',
      organisationalRole: 'youth_member',
    });
    expect(parsed).toMatchObject({ name: 'Søren Ærø', email: 'søren@æblehaven.dk', phone: '+45 20 30 40 50' });
  });

  test.each([
    ['role', { caseId: 1, role: 'victim' }],
    ['email', { caseId: 1, role: 'witness', email: 'no-at-sign' }],
    ['phone', { caseId: 1, role: 'witness', phone: 'ring mig' }],
    ['organisationalRole', { caseId: 1, role: 'witness', organisationalRole: 'boss' }],
    ['contactPerson', { caseId: 1, role: 'witness', contactPerson: 'board_chair' }],
    ['under18', { caseId: 1, role: 'witness', under18: 'ja' }],
  ])('refuses a bad %s', (path, input) => {
    const result = partyCreateInputSchema.safeParse(input);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  test('an update can clear a field and change the role', () => {
    expect(partyUpdateInputSchema.parse({ id: 2, email: '', role: 'witness' })).toEqual({
      id: 2,
      email: null,
      role: 'witness',
    });
    expect(partyUpdateInputSchema.safeParse({ id: 2, caseId: 5 }).success).toBe(false);
  });
});
