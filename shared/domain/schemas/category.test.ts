import { describe, expect, test } from 'vitest';
import { categoryDefinitionSchema, categoryKeySchema, categoryListSchema } from './category';

const bullying = { key: 'bullying', labelDa: 'Mobning', labelEn: 'Bullying', sensitive: false };

describe('category schemas', () => {
  test('keys are lower-case codes', () => {
    expect(categoryKeySchema.safeParse('online_harassment').success).toBe(true);
    for (const bad of ['Sexisme', 'sexisme!', '1abc', '', 'x'.repeat(41)]) {
      expect(categoryKeySchema.safeParse(bad).success).toBe(false);
    }
  });

  test('a definition needs both labels', () => {
    expect(categoryDefinitionSchema.parse(bullying)).toEqual(bullying);
    expect(categoryDefinitionSchema.safeParse({ ...bullying, labelEn: ' ' }).success).toBe(false);
  });

  test('a list needs at least one category and unique keys', () => {
    expect(categoryListSchema.safeParse([bullying]).success).toBe(true);
    expect(categoryListSchema.safeParse([]).success).toBe(false);
    expect(categoryListSchema.safeParse([bullying, { ...bullying, labelDa: 'Andet' }]).success).toBe(false);
  });
});
