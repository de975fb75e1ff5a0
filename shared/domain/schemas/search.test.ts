import { describe, expect, test } from 'vitest';
import { searchInputSchema } from './search';

describe('search input', () => {
  test('trims the query and defaults the limit', () => {
    expect(searchInputSchema.parse({ query: '  bøjle ' })).toEqual({ query: 'bøjle', limit: 50 });
  });

  test('refuses an empty query and a limit out of range', () => {
    expect(searchInputSchema.safeParse({ query: '   ' }).success).toBe(false);
    expect(searchInputSchema.safeParse({ query: 'x', limit: 0 }).success).toBe(false);
    expect(searchInputSchema.safeParse({ query: 'x', limit: 201 }).success).toBe(false);
  });
});
