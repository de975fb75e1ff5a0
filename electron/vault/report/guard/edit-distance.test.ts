import { describe, expect, test } from 'vitest';
import { boundedEditDistance, editLimitFor } from './edit-distance';

describe('boundedEditDistance', () => {
  test.each([
    ['soeren', 'soeren', 0],
    ['soeren', 'soren', 1],
    ['hans', 'hnas', 1],
    ['rasmussen', 'rasmusen', 1],
    ['moelgaard', 'moelgaad', 1],
    ['kalle', 'kalde', 1],
    ['', 'ab', 2],
  ])('%s ↔ %s is %i', (a, b, expected) => {
    expect(boundedEditDistance(a, b, 3)).toBe(expected);
    expect(boundedEditDistance(b, a, 3)).toBe(expected);
  });

  test('stops at the limit', () => {
    expect(boundedEditDistance('sekretariatschef', 'landsformand', 2)).toBe(3);
    expect(boundedEditDistance('abcdef', 'a', 1)).toBe(2);
  });
});

describe('editLimitFor', () => {
  test.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [20, 2],
  ])('a word of %i letters may differ by %i', (length, limit) => {
    expect(editLimitFor(length)).toBe(limit);
  });
});
