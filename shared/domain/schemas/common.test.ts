import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { hasChanges, idSchema, isoDateSchema, optionalText, requiredText, uniqueList, withNullDefaults } from './common';

describe('common schemas', () => {
  test('ids are positive integers', () => {
    expect(idSchema.safeParse(1).success).toBe(true);
    for (const bad of [0, -1, 1.5, '1', Number.MAX_SAFE_INTEGER + 1]) expect(idSchema.safeParse(bad).success).toBe(false);
  });

  test('dates are real YYYY-MM-DD calendar days', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    for (const bad of ['2025-02-29', '2026-3-1', '01-03-2026', '2026-03-01T12:00:00Z', 20260301]) {
      expect(isoDateSchema.safeParse(bad).success).toBe(false);
    }
  });

  test('required text is trimmed and must not be blank or too long', () => {
    const schema = requiredText(5);
    expect(schema.parse('  hej  ')).toBe('hej');
    expect(schema.safeParse('   ').success).toBe(false);
    expect(schema.safeParse('123456').success).toBe(false);
  });

  test('optional text stores blank as null', () => {
    const schema = optionalText(5);
    expect(schema.parse('  ')).toBeNull();
    expect(schema.parse(null)).toBeNull();
    expect(schema.parse(' ok ')).toBe('ok');
    expect(schema.safeParse('123456').success).toBe(false);
  });

  test('unique lists refuse repeats and unknown values', () => {
    const schema = uniqueList(['a', 'b'] as const);
    expect(schema.parse(['b', 'a'])).toEqual(['b', 'a']);
    expect(schema.safeParse(['a', 'a']).success).toBe(false);
    expect(schema.safeParse(['c']).success).toBe(false);
  });

  test('withNullDefaults fills absent fields with null and keeps given ones', () => {
    const schema = z.strictObject(withNullDefaults({ note: optionalText(10), when: isoDateSchema.nullable() }));
    expect(schema.parse({})).toEqual({ note: null, when: null });
    expect(schema.parse({ note: 'x', when: '2026-01-01' })).toEqual({ note: 'x', when: '2026-01-01' });
  });

  test('hasChanges ignores the id and absent fields, but not an explicit null', () => {
    expect(hasChanges({ id: 1 })).toBe(false);
    expect(hasChanges({ id: 1, title: undefined })).toBe(false);
    expect(hasChanges({ id: 1, dueDate: null })).toBe(true);
  });
});
