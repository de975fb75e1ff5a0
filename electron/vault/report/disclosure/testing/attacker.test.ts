import { describe, expect, test } from 'vitest';
import type { StoredAggregates } from '../../report-types';
import type { CellValue, ReportAggregates, ReportTable, ReportTotal } from '../aggregate-types';
import { DEFAULT_THRESHOLDS } from '../thresholds';
import { attack } from './attacker';

// The property tests are only as strong as this attacker, so it must find planted leaks.

const small: CellValue = { suppressed: true, reason: 'below-threshold', threshold: 5 };
const complementary: CellValue = { suppressed: true, reason: 'complementary', threshold: 5 };

function distribution(key: 'category' | 'context', values: Record<string, CellValue>): ReportTable {
  return { kind: 'distribution', key, withheld: false, rows: Object.entries(values).map(([row, value]) => ({ key: row, value })) };
}

function report(tables: ReportTable[], total: ReportTotal): ReportAggregates {
  const period = { from: '2026-01-01', to: '2026-12-31' };
  return {
    period,
    mode: 'tables',
    total,
    tables,
    medianDaysToClose: null,
    method: { thresholds: { ...DEFAULT_THRESHOLDS }, rules: [] },
    stored: { formatVersion: 1, period, total: { min: 0, max: 0 }, partitions: {} },
  };
}

const attacks = (found: ReturnType<typeof attack>) => found.map((disclosure) => disclosure.attack);

describe('the test attacker', () => {
  test('subtracts the published cells from the total when one cell is hidden', () => {
    const found = attack(report([distribution('category', { a: 12, b: small, c: 6 })], { kind: 'exact', value: 21 }));
    expect(found).toContainEqual({ table: 'category', row: 'b', attack: 'total-minus-published', detail: '= 3' });
  });

  test('uses the marker ranges: two "fewer than 5" cells holding 8 must both be 4', () => {
    const found = attack(report([distribution('category', { a: 12, b: small, c: small })], { kind: 'exact', value: 20 }));
    expect(attacks(found)).toEqual(['interval-recovery', 'interval-recovery']);
  });

  test('knows that a complementary cell holds at least the threshold', () => {
    const found = attack(report([distribution('category', { a: 12, b: complementary, c: small })], { kind: 'exact', value: 17 }));
    expect(attacks(found)).toEqual(['interval-recovery', 'interval-recovery']);
  });

  test('takes the grand total from another fully published table', () => {
    const tables = [distribution('context', { x: 11, y: 9 }), distribution('category', { a: 12, b: small, c: 6 })];
    const found = attack(report(tables, { kind: 'fewer-than', limit: 5 }));
    expect(found).toContainEqual({ table: 'category', row: 'b', attack: 'total-minus-published', detail: '= 2' });
  });

  test('flags a table small enough that its hidden rows form a small group', () => {
    const found = attack(report([distribution('category', { a: 18, b: small, c: small })], { kind: 'exact', value: 20 }));
    expect(attacks(found)).toContain('small-hidden-group');
  });

  test('compares with an overlapping previous report', () => {
    const previous: StoredAggregates = {
      formatVersion: 1,
      period: { from: '2026-01-01', to: '2026-12-31' },
      total: { min: 30, max: 30 },
      partitions: { category: { a: { min: 12, max: 12 }, b: { min: 10, max: 10 }, c: { min: 8, max: 8 } } },
    };
    const moved = report([distribution('category', { a: 14, b: 8, c: 8 })], { kind: 'exact', value: 30 });
    expect(attacks(attack(moved, previous))).toEqual(['small-cell-difference', 'small-cell-difference']);
    const grew = report([distribution('category', { a: 12, b: 10, c: complementary, d: small })], { kind: 'exact', value: 32 });
    expect(attacks(attack(grew, previous))).toEqual(['small-total-difference', 'small-net-difference']);
    const recoverable = report([distribution('category', { a: 12, b: 10, c: complementary })], { kind: 'exact', value: 40 });
    expect(attack(recoverable, previous)).toContainEqual({ table: 'category', row: 'c', attack: 'last-year-plus-change', detail: '= 18' });
  });
});
