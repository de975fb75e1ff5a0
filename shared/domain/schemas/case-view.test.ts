import { describe, expect, test } from 'vitest';
import { caseDeleteInputSchema, caseListInputSchema } from './case-view';

describe('case list and delete inputs', () => {
  test('a list call may leave out everything', () => {
    expect(caseListInputSchema.parse(undefined)).toEqual({ status: null, category: null, year: null, limit: 50, offset: 0 });
  });

  test('refuses a page that is too large and an unknown status', () => {
    expect(caseListInputSchema.safeParse({ limit: 1000 }).success).toBe(false);
    expect(caseListInputSchema.safeParse({ status: 'open' }).success).toBe(false);
  });

  test('deleting a case needs confirm: true', () => {
    expect(caseDeleteInputSchema.safeParse({ caseId: 3 }).success).toBe(false);
    expect(caseDeleteInputSchema.safeParse({ caseId: 3, confirm: 'yes' }).success).toBe(false);
    expect(caseDeleteInputSchema.safeParse({ caseId: 3, confirm: true }).success).toBe(true);
  });
});
