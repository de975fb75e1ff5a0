import { describe, expect, test } from 'vitest';
import { isAppError, type AppError } from '../../../../shared/errors';
import type { ReportCaseFacts } from '../report-types';
import type { CellValue, ReportAggregates, ReportTable } from './aggregate-types';
import { computeReportAggregates } from './compute-report-aggregates';
import { attack } from './testing/attacker';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

function facts(overrides: Partial<ReportCaseFacts> = {}): ReportCaseFacts {
  return {
    category: 'sexism',
    context: 'meeting',
    status: 'in_dialogue',
    outcome: null,
    affectedRole: 'member',
    accusedRole: 'elected_politician',
    minorInvolved: false,
    stages: { handled: true, referred: false, policeReport: false },
    hasWrittenAgreement: true,
    offeredConversations: true,
    receivedDate: '2026-03-01',
    closedDate: null,
    ...overrides,
  };
}

const closed = (days: number, overrides: Partial<ReportCaseFacts> = {}): ReportCaseFacts =>
  facts({
    status: 'closed',
    outcome: 'mediation',
    receivedDate: '2026-03-01',
    closedDate: new Date(Date.UTC(2026, 2, 1 + days)).toISOString().slice(0, 10),
    ...overrides,
  });

const times = (count: number, make: (index: number) => ReportCaseFacts): ReportCaseFacts[] =>
  Array.from({ length: count }, (_, index) => make(index));

function tableOf(report: ReportAggregates, key: string): ReportTable {
  const table = report.tables.find((candidate) => candidate.key === key);
  if (table === undefined) throw new Error(`no table ${key}`);
  return table;
}

function rowsOf(report: ReportAggregates, key: string): Record<string, CellValue> | 'withheld' {
  const table = tableOf(report, key);
  if (table.kind === 'distribution' && table.withheld) return 'withheld';
  return Object.fromEntries(table.rows.map((row) => [row.key, row.value]));
}

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

/** 20 cases spread so that every distribution table can publish something. */
const spreadCases = (): ReportCaseFacts[] => [
  ...times(8, () => facts({ category: 'sexism', context: 'meeting', accusedRole: 'elected_politician', affectedRole: 'volunteer' })),
  ...times(7, () => closed(10, { category: 'harassment', context: 'event', accusedRole: 'trust_elected', affectedRole: 'member' })),
  ...times(5, () => closed(30, { category: 'other', context: 'online', accusedRole: 'member', affectedRole: 'youth_member', outcome: 'reprimand' })),
];

describe('computeReportAggregates', () => {
  test('with fewer cases than the minimum, publishes only a banded total', () => {
    const report = computeReportAggregates(times(4, () => facts()), YEAR);
    expect(report.mode).toBe('total-only');
    expect(report.total).toEqual({ kind: 'fewer-than', limit: 5 });
    expect(report.tables).toEqual([]);
    expect(report.medianDaysToClose).toBeNull();
    expect(report.method.rules).toEqual(['total_only_below_minimum_cases']);
    expect(report.stored).toEqual({ formatVersion: 1, period: YEAR, total: { min: 0, max: 4 }, partitions: {} });
  });

  test('counts only cases received within the period', () => {
    const outside = [facts({ receivedDate: '2025-12-31' }), facts({ receivedDate: '2027-01-01' })];
    const report = computeReportAggregates([...spreadCases(), ...outside], YEAR);
    expect(report.total).toEqual({ kind: 'exact', value: 20 });
  });

  test('publishes one-way tables with small cells hidden', () => {
    const report = computeReportAggregates(spreadCases(), YEAR);
    expect(report.mode).toBe('tables');
    // Online (5) alone would be pinned beside four empty rows (0–4 each, 5 in all), so
    // meeting is hidden instead.
    expect(rowsOf(report, 'context')).toEqual({
      event: 7,
      meeting: { suppressed: true, reason: 'complementary', threshold: 5 },
      online: 5,
      workplace: { suppressed: true, reason: 'below-threshold', threshold: 5 },
      campaign: { suppressed: true, reason: 'below-threshold', threshold: 5 },
      other: { suppressed: true, reason: 'below-threshold', threshold: 5 },
      not_recorded: { suppressed: true, reason: 'below-threshold', threshold: 5 },
    });
  });

  test('hides a sensitive category within a group of at least its own threshold', () => {
    // Assault (0) is below 10, so the hidden rows together must hold 10 or more: other (5)
    // alone is not enough, and with harassment (7) the group holds 12.
    expect(rowsOf(computeReportAggregates(spreadCases(), YEAR), 'category')).toEqual({
      sexism: 8,
      harassment: { suppressed: true, reason: 'complementary', threshold: 5 },
      assault: { suppressed: true, reason: 'below-threshold', threshold: 10 },
      other: { suppressed: true, reason: 'complementary', threshold: 5 },
      not_recorded: { suppressed: true, reason: 'below-threshold', threshold: 5 },
    });
  });

  test('counts roles only in coarse groups', () => {
    const roles = ['leader', 'employee', 'elected_politician', 'trust_elected', 'volunteer', 'volunteer'] as const;
    const more = ['youth_member', 'member', 'external', 'external', null, null] as const;
    const cases = [...roles, ...more].flatMap((accusedRole) => times(3, () => facts({ accusedRole })));
    // Three of each detailed role would all be hidden; the coarse groups hold six each.
    expect(rowsOf(computeReportAggregates(cases, YEAR), 'accused_role')).toEqual({
      employee: 6,
      elected: 6,
      volunteer: 6,
      member: 6,
      external: 6,
      not_recorded: 6,
    });
  });

  test('searches a long category list quickly, even when no suppression pattern works', () => {
    const categories = Array.from({ length: 30 }, (_, index) => ({
      key: `category_${index}`,
      labelDa: `Kategori ${index}`,
      labelEn: `Category ${index}`,
      sensitive: false,
    }));
    // 29 rows of exactly 5 and one empty row: every complementary row would be pinned at
    // 5 (it is at least 5 and the hidden rows hold 5 each), so all 27,841 sets of up to
    // four rows fail and the table is withheld.
    const cases = times(145, (index) => facts({ category: `category_${1 + (index % 29)}` }));
    const started = performance.now();
    const report = computeReportAggregates(cases, YEAR, { categories });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(rowsOf(report, 'category')).toBe('withheld');
    const spread = computeReportAggregates([...cases, ...times(3, () => facts({ category: 'category_1' }))], YEAR, { categories });
    expect(rowsOf(spread, 'category')).toMatchObject({ category_1: { suppressed: true, reason: 'complementary' }, category_2: 5 });
    expect(attack(spread)).toEqual([]);
  });

  test('withholds a table in which every case has the same value', () => {
    const report = computeReportAggregates(times(12, () => facts({ context: 'online' })), YEAR);
    expect(rowsOf(report, 'context')).toBe('withheld');
  });

  test('shows a small indicator count as a marker that also covers zero', () => {
    const report = computeReportAggregates(spreadCases(), YEAR);
    expect(rowsOf(report, 'handling')).toEqual({
      handled: { suppressed: true, reason: 'complement-below-threshold', threshold: 5 },
      referred: { suppressed: true, reason: 'below-threshold', threshold: 5 },
      police_report: { suppressed: true, reason: 'below-threshold', threshold: 10 },
    });
    expect(rowsOf(report, 'minors')).toEqual({ minor_involved: { suppressed: true, reason: 'below-threshold', threshold: 10 } });
  });

  test('uses raised thresholds and names them in the method section', () => {
    const report = computeReportAggregates(spreadCases(), YEAR, { thresholds: { cell: 8, sensitiveCell: 12 } });
    expect(report.method.thresholds).toMatchObject({ cell: 8, sensitiveCell: 12 });
    expect(rowsOf(report, 'context')).toMatchObject({
      event: { suppressed: true, reason: 'below-threshold', threshold: 8 },
      online: { suppressed: true, reason: 'below-threshold', threshold: 8 },
    });
  });

  test('gives the median days to close only from enough closed cases', () => {
    const open = times(6, () => facts());
    const mediated = [10, 20, 30, 40, 50, 60, 70].map((days) => closed(days));
    const reprimanded = times(5, () => closed(5, { outcome: 'reprimand' }));
    const report = computeReportAggregates([...open, ...mediated, ...reprimanded], YEAR);
    expect(rowsOf(report, 'outcome')).toMatchObject({ not_concluded: 6, reprimand: 5 });
    // Twelve durations: five of 5 days, then 10, 20, …; the middle two are 10 and 20.
    expect(report.medianDaysToClose).toBe(15);
    const tooFew = [...times(10, () => facts()), closed(10), closed(20), closed(30), closed(40)];
    expect(computeReportAggregates(tooFew, YEAR).medianDaysToClose).toBeNull();
  });

  test('lists the rules in force, including differencing only against an overlapping report', () => {
    const cases = spreadCases();
    const previous = computeReportAggregates(cases, YEAR).stored;
    expect(computeReportAggregates(cases, YEAR).method.rules).not.toContain('previous_report_differencing');
    expect(computeReportAggregates(cases, YEAR, {}, previous).method.rules).toContain('previous_report_differencing');
  });

  test('stored figures survive a round trip through JSON and serve as next report\'s previous', () => {
    const report = computeReportAggregates(spreadCases(), YEAR);
    const restored = JSON.parse(JSON.stringify(report.stored)) as typeof report.stored;
    expect(restored.partitions['category']).toEqual({
      sexism: { min: 8, max: 8 },
      harassment: { min: 5, max: 20 },
      assault: { min: 0, max: 9 },
      other: { min: 5, max: 20 },
      not_recorded: { min: 0, max: 4 },
    });
    expect(restored.partitions['handling.police_report']).toEqual({ yes: { min: 0, max: 9 }, no: { min: 11, max: 20 } });
    expect(computeReportAggregates(spreadCases(), YEAR, {}, restored).tables).toEqual(report.tables);
  });

  test('blocks a report whose period overlaps the previous one when only a few cases differ', () => {
    const previous = computeReportAggregates(spreadCases(), YEAR).stored;
    const error = thrown(() => computeReportAggregates([...spreadCases(), facts(), facts()], YEAR, {}, previous));
    expect(error.code).toBe('REPORT_BLOCKED');
    expect(error.details).toEqual({ reason: 'small_change_since_overlapping_report' });
  });

  test('withholds a table in which a reissued report moved a case', () => {
    const previous = computeReportAggregates(spreadCases(), YEAR).stored;
    const [first, ...rest] = spreadCases();
    if (first === undefined) throw new Error('no cases');
    const report = computeReportAggregates([{ ...first, category: 'harassment' }, ...rest], YEAR, {}, previous);
    expect(rowsOf(report, 'category')).toBe('withheld');
    expect(rowsOf(report, 'context')).toEqual(rowsOf(computeReportAggregates(spreadCases(), YEAR), 'context'));
  });

  test('ignores the previous report when the periods do not overlap', () => {
    const lastYear = computeReportAggregates(
      spreadCases().map((item) => ({ ...item, receivedDate: '2025-03-01', closedDate: item.closedDate && '2025-05-01' })),
      { from: '2025-01-01', to: '2025-12-31' },
    ).stored;
    const cases = [...spreadCases(), facts()];
    expect(computeReportAggregates(cases, YEAR, {}, lastYear)).toEqual(computeReportAggregates(cases, YEAR));
  });

  describe('refuses malformed input without repeating any value', () => {
    test.each([
      ['an unknown category', [facts({ category: 'secret_category' })]],
      ['a closed case without outcome', [facts({ status: 'closed', closedDate: '2026-04-01' })]],
      ['a closing date before the received date', [facts({ status: 'closed', outcome: 'other', closedDate: '2026-01-01' })]],
      ['a malformed date', [facts({ receivedDate: '1. marts 2026' })]],
    ])('%s', (_name, cases) => {
      const error = thrown(() => computeReportAggregates(cases, YEAR));
      expect(error.code).toBe('INVALID_INPUT');
      const serialised = JSON.stringify(error.toData());
      expect(serialised).not.toContain('secret_category');
      expect(serialised).not.toContain('marts');
    });

    test('a period that ends before it starts', () => {
      expect(thrown(() => computeReportAggregates([], { from: '2026-12-31', to: '2026-01-01' })).code).toBe('INVALID_INPUT');
    });

    test('stored figures that are not ranges', () => {
      const previous = { formatVersion: 1 as const, period: YEAR, total: { min: 5, max: 3 }, partitions: {} };
      expect(thrown(() => computeReportAggregates(spreadCases(), YEAR, {}, previous)).code).toBe('INVALID_INPUT');
    });
  });
});
