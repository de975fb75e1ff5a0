/**
 * An attacker for the joint report's property tests. Besides what the single-report
 * attacker tries (on the joint report alone, and differencing it against each vault's
 * report), it uses that the joint figures are the sums of the two vaults' figures of
 * the same period: it narrows each hidden cell by the other reports, then enumerates
 * the values each hidden cell can still take given its table's known hidden sum. It
 * shares no code with the engine's audit (interval propagation).
 */
import type { ReportAggregates, ReportRow, ReportTable } from '../../../report/disclosure/aggregate-types';
import { attack, type Disclosure } from '../../../report/disclosure/testing/attacker';

interface Bounds {
  low: number;
  high: number;
}

function totalBounds(report: ReportAggregates): Bounds {
  return report.total.kind === 'exact'
    ? { low: report.total.value, high: report.total.value }
    : { low: 0, high: report.total.limit - 1 };
}

function markerBounds(row: ReportRow, total: number): Bounds {
  const value = row.value;
  if (typeof value === 'number') return { low: value, high: value };
  const t = value.threshold;
  switch (value.reason) {
    case 'below-threshold':
      return { low: 0, high: Math.min(t - 1, total) };
    case 'complementary':
      return { low: t, high: total };
    case 'complement-below-threshold':
      return { low: Math.max(0, total - t + 1), high: total };
    case 'withheld':
      return { low: 0, high: total };
  }
}

/** A row's bounds in a report: from its marker, or anything up to the total when the table is not shown. */
function rowBounds(report: ReportAggregates, tableKey: string, rowKey: string): Bounds {
  const total = totalBounds(report);
  const table = report.tables.find((candidate) => candidate.key === tableKey);
  if (table === undefined || (table.kind === 'distribution' && table.withheld)) return { low: 0, high: total.high };
  const row = table.rows.find((candidate) => candidate.key === rowKey);
  return row === undefined ? { low: 0, high: total.high } : markerBounds(row, total.high);
}

const intersect = (a: Bounds, b: Bounds): Bounds => ({ low: Math.max(a.low, b.low), high: Math.min(a.high, b.high) });

/** Values a cell can take so that the others (each within bounds) reach `sum` together; by enumeration. */
function possibleValues(cells: readonly Bounds[], sum: number): number[][] {
  return cells.map((cell, index) => {
    let reachable = new Set([0]);
    cells.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      const next = new Set<number>();
      for (const partial of reachable) {
        for (let value = other.low; value <= other.high && partial + value <= sum; value += 1) next.add(partial + value);
      }
      reachable = next;
    });
    const values: number[] = [];
    for (let value = cell.low; value <= cell.high; value += 1) if (reachable.has(sum - value)) values.push(value);
    return values;
  });
}

const shownRows = (table: ReportTable): ReportRow[] => (table.kind === 'distribution' && table.withheld ? [] : table.rows);

/** Hidden cells of one report's distribution tables, narrowed by `narrow`, then enumerated against the hidden sum. */
function recoverHidden(
  report: ReportAggregates,
  label: string,
  narrow: (tableKey: string, rowKey: string, bounds: Bounds) => Bounds,
): Disclosure[] {
  if (report.total.kind !== 'exact') return [];
  const total = report.total.value;
  const found: Disclosure[] = [];
  for (const table of report.tables) {
    if (table.kind === 'indicators') {
      for (const row of table.rows) {
        if (typeof row.value === 'number') continue;
        const bounds = narrow(table.key, row.key, markerBounds(row, total));
        if (bounds.low >= bounds.high) found.push({ table: `${label}:${table.key}`, row: row.key, attack: 'sum-pins-indicator', detail: `${bounds.low}` });
      }
      continue;
    }
    const rows = shownRows(table);
    const hidden = rows.filter((row) => typeof row.value !== 'number');
    if (hidden.length === 0) continue;
    const hiddenSum = total - rows.reduce((acc, row) => acc + (typeof row.value === 'number' ? row.value : 0), 0);
    const candidates = possibleValues(
      hidden.map((row) => narrow(table.key, row.key, markerBounds(row, total))),
      hiddenSum,
    );
    candidates.forEach((values, index) => {
      if (values.length <= 1) {
        found.push({ table: `${label}:${table.key}`, row: hidden[index]?.key, attack: 'sum-recovery', detail: `values ${values.join(',')}` });
      }
    });
  }
  return found;
}

/**
 * Everything the attacker learns from the joint report and the vaults' own reports of
 * the same period (`sides`, one per vault, each covering exactly that vault's cases).
 */
export function attackJoint(joint: ReportAggregates, sides: readonly ReportAggregates[]): Disclosure[] {
  const sumOf = (tableKey: string, rowKey: string, except?: number): Bounds =>
    sides.reduce(
      (acc, side, index) => {
        if (index === except) return acc;
        const bounds = rowBounds(side, tableKey, rowKey);
        return { low: acc.low + bounds.low, high: acc.high + bounds.high };
      },
      { low: 0, high: 0 },
    );
  const jointFound = recoverHidden(joint, 'joint', (tableKey, rowKey, bounds) => intersect(bounds, sumOf(tableKey, rowKey)));
  const sidesFound = sides.flatMap((side, index) =>
    recoverHidden(side, `vault${index}`, (tableKey, rowKey, bounds) => {
      const jointBounds = rowBounds(joint, tableKey, rowKey);
      const others = sumOf(tableKey, rowKey, index);
      return intersect(bounds, { low: jointBounds.low - others.high, high: jointBounds.high - others.low });
    }),
  );
  return [...attack(joint), ...sides.flatMap((side) => attack(joint, side.stored)), ...jointFound, ...sidesFound];
}
