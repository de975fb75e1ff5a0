import { describe, expect, test } from 'vitest';
import { conversationCreateInputSchema, conversationNeedsDate, conversationUpdateInputSchema } from './conversation';

describe('conversation', () => {
  test('an offer needs no date', () => {
    expect(conversationCreateInputSchema.parse({ caseId: 1, status: 'offered' })).toEqual({
      caseId: 1,
      status: 'offered',
      date: null,
      note: null,
    });
  });

  test.each(['planned', 'held'] as const)('a %s conversation needs a date', (status) => {
    expect(conversationNeedsDate(status)).toBe(true);
    const result = conversationCreateInputSchema.safeParse({ caseId: 1, status });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['date']);
    expect(conversationCreateInputSchema.safeParse({ caseId: 1, status, date: '2026-04-01' }).success).toBe(true);
  });

  test('a declined offer needs no date', () => {
    expect(conversationNeedsDate('declined')).toBe(false);
  });

  test('an update changes only what is given', () => {
    expect(conversationUpdateInputSchema.parse({ id: 1, status: 'held' })).toEqual({ id: 1, status: 'held' });
    expect(conversationUpdateInputSchema.safeParse({ id: 1, status: 'cancelled' }).success).toBe(false);
  });
});
