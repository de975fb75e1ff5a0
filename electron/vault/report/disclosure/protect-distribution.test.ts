import { describe, expect, test } from 'vitest';
import type { CellValue } from './aggregate-types';
import { protectDistribution } from './protect-distribution';
import type { DistributionCounts } from './report-partitions';

function table(counts: Record<string, number>, sensitive: readonly string[] = []): DistributionCounts {
  return {
    table: 'category',
    cells: Object.entries(counts).map(([key, count]) => ({ key, count, threshold: sensitive.includes(key) ? 10 : 5 })),
  };
}

function shown(counts: DistributionCounts): Record<string, CellValue> | 'withheld' {
  const total = counts.cells.reduce((acc, cell) => acc + cell.count, 0);
  const result = protectDistribution(counts, total);
  return result.withheld ? 'withheld' : Object.fromEntries(result.rows.map((row) => [row.key, row.value]));
}

const small = (threshold = 5): CellValue => ({ suppressed: true, reason: 'below-threshold', threshold });
const complementary = (threshold = 5): CellValue => ({ suppressed: true, reason: 'complementary', threshold });

describe('protectDistribution', () => {
  test('publishes a table without small cells unchanged', () => {
    expect(shown(table({ a: 9, b: 6, c: 5 }))).toEqual({ a: 9, b: 6, c: 5 });
  });

  test('hides a lone small cell together with a complementary one from the bottom of the table', () => {
    expect(shown(table({ a: 9, b: 3, c: 8, d: 7 }))).toEqual({ a: 9, b: small(), c: 8, d: complementary() });
  });

  test('skips a complementary cell that the marker ranges would pin', () => {
    // Hiding b beside the zero fails: the reader knows b ≥ 5 and b + zero = 5, so both are
    // pinned. Hiding c instead leaves c in 5–10 and the zero in 0–4.
    expect(shown(table({ a: 10, c: 10, b: 5, zero: 0 }))).toEqual({ a: 10, c: complementary(), b: 5, zero: small() });
  });

  test('hides as few rows as possible, trying rows from the bottom up', () => {
    expect(shown(table({ a: 6, b: 6, c: 6, d: 2, e: 1 }))).toEqual({ a: 6, b: 6, c: complementary(), d: small(), e: small() });
  });

  test('makes the hidden rows together reach the largest threshold among them', () => {
    // assault 3 and other 1 hold 4 together: below the ordinary threshold, so one more row goes.
    expect(shown(table({ sexism: 12, harassment: 9, assault: 3, other: 1 }, ['assault']))).toEqual({
      sexism: 12,
      harassment: complementary(),
      assault: small(10),
      other: small(),
    });
  });

  test('withholds a table in which one row holds every case', () => {
    expect(shown(table({ a: 14, b: 0, c: 0 }))).toBe('withheld');
  });

  test('withholds a table in which nothing could be published', () => {
    expect(shown(table({ a: 4, b: 3, c: 2 }))).toBe('withheld');
    expect(shown(table({ a: 30, b: 1 }))).toBe('withheld');
  });
});
