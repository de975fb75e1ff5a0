import { describe, expect, test } from 'vitest';
import { learningPointCreateInputSchema, learningPointUpdateInputSchema } from './learning-point';

describe('learning point', () => {
  test('may belong to a case or to the year as a whole', () => {
    const text = 'Afklar tidligt, hvem den berørte ønsker inddraget.';
    expect(learningPointCreateInputSchema.parse({ reportYear: 2026, text })).toEqual({
      caseId: null,
      reportYear: 2026,
      text,
    });
    expect(learningPointCreateInputSchema.parse({ caseId: 4, reportYear: 2026, text }).caseId).toBe(4);
  });

  test('refuses an empty text and an implausible year', () => {
    expect(learningPointCreateInputSchema.safeParse({ reportYear: 2026, text: ' ' }).success).toBe(false);
    expect(learningPointCreateInputSchema.safeParse({ reportYear: 26, text: 'x' }).success).toBe(false);
  });

  test('an update changes the text', () => {
    expect(learningPointUpdateInputSchema.parse({ id: 1, text: 'Ny tekst' })).toEqual({ id: 1, text: 'Ny tekst' });
    expect(learningPointUpdateInputSchema.safeParse({ id: 1 }).success).toBe(false);
  });
});
