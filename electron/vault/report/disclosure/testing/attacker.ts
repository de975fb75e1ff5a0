/**
 * An independent attacker for the property tests. It reads only what a reader of the
 * published documents has (this year's figures, last year's stored figures, the method
 * section's thresholds and marker meanings) and tries to recover or narrow down hidden
 * counts. It shares no code with the suppression engine: where the engine projects
 * ranges with a closed formula, this enumerates reachable sums.
 */
import type { ReportAggregates, ReportRow } from '../aggregate-types';
import type { StoredAggregates, StoredRange } from '../../report-types';

export interface Disclosure {
  table: string;
  row?: string;
  attack: string;
  detail: string;
}

interface Bounds {
  low: number;
  high: number;
}

/** Marker meanings from the method section. */
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

/** Every sum the given cells can reach together, by dynamic programming over the values. */
function reachableSums(cells: readonly Bounds[], limit: number): Set<number> {
  let sums = new Set([0]);
  for (const cell of cells) {
    const next = new Set<number>();
    for (const sum of sums) {
      for (let value = cell.low; value <= cell.high && sum + value <= limit; value += 1) next.add(sum + value);
    }
    sums = next;
  }
  return sums;
}

/** The values each hidden cell can take, given the others and the known hidden sum. */
function candidateValues(hidden: readonly Bounds[], hiddenSum: number): number[][] {
  return hidden.map((cell, index) => {
    const others = reachableSums(
      hidden.filter((_, other) => other !== index),
      hiddenSum,
    );
    const values: number[] = [];
    for (let value = cell.low; value <= cell.high; value += 1) if (others.has(hiddenSum - value)) values.push(value);
    return values;
  });
}

function attackDistributions(report: ReportAggregates, total: number): Disclosure[] {
  const found: Disclosure[] = [];
  for (const table of report.tables) {
    if (table.kind !== 'distribution' || table.withheld) continue;
    const hiddenRows = table.rows.filter((row) => typeof row.value !== 'number');
    const publishedSum = table.rows.reduce((acc, row) => acc + (typeof row.value === 'number' ? row.value : 0), 0);
    const hiddenSum = total - publishedSum;
    for (const row of table.rows) {
      if (row.value === total) found.push({ table: table.key, row: row.key, attack: 'dominant-row', detail: 'every case in one row' });
    }
    if (hiddenRows.length === 1) {
      found.push({ table: table.key, row: hiddenRows[0]?.key, attack: 'total-minus-published', detail: `= ${hiddenSum}` });
    }
    if (hiddenRows.length > 0 && hiddenRows.length < table.rows.length && hiddenSum > 0 && hiddenSum < report.method.thresholds.cell) {
      found.push({ table: table.key, attack: 'small-hidden-group', detail: `hidden rows hold ${hiddenSum}` });
    }
    const candidates = candidateValues(
      hiddenRows.map((row) => markerBounds(row, total)),
      hiddenSum,
    );
    candidates.forEach((values, index) => {
      if (values.length <= 1) {
        found.push({ table: table.key, row: hiddenRows[index]?.key, attack: 'interval-recovery', detail: `values ${values.join(',')}` });
      }
    });
  }
  return found;
}

function attackIndicators(report: ReportAggregates, total: number): Disclosure[] {
  const found: Disclosure[] = [];
  for (const table of report.tables) {
    if (table.kind !== 'indicators') continue;
    for (const row of table.rows) {
      const bounds = markerBounds(row, total);
      if (typeof row.value !== 'number' && bounds.low === bounds.high) {
        found.push({ table: table.key, row: row.key, attack: 'marker-pins-value', detail: `= ${bounds.low}` });
      }
    }
  }
  return found;
}

/** The grand total as a reader can get it: printed, or the sum of any fully published table. */
function grandTotals(report: ReportAggregates): number[] {
  const totals = report.total.kind === 'exact' ? [report.total.value] : [];
  for (const table of report.tables) {
    if (table.kind !== 'distribution' || table.withheld) continue;
    if (table.rows.every((row) => typeof row.value === 'number')) {
      totals.push(table.rows.reduce((acc, row) => acc + (typeof row.value === 'number' ? row.value : 0), 0));
    }
  }
  return [...new Set(totals)];
}

function exactValue(range: StoredRange | undefined): number | null {
  return range !== undefined && range.min === range.max ? range.min : null;
}

/** This year's figures as exact numbers where the reader has them, keyed like the stored partitions. */
function publishedFigures(report: ReportAggregates, total: number): Map<string, Map<string, number | null>> {
  const figures = new Map<string, Map<string, number | null>>();
  for (const table of report.tables) {
    if (table.kind === 'distribution') {
      if (table.withheld) continue;
      figures.set(table.key, new Map(table.rows.map((row) => [row.key, typeof row.value === 'number' ? row.value : null])));
    } else {
      for (const row of table.rows) {
        const yes = typeof row.value === 'number' ? row.value : null;
        figures.set(`${table.key}.${row.key}`, new Map([['yes', yes], ['no', yes === null ? null : total - yes]]));
      }
    }
  }
  return figures;
}

function attackDifferences(report: ReportAggregates, total: number, previous: StoredAggregates): Disclosure[] {
  const found: Disclosure[] = [];
  const threshold = report.method.thresholds.cell;
  const previousTotal = exactValue(previous.total);
  if (previousTotal === null) return found;
  const totalChange = total - previousTotal;
  if (totalChange !== 0 && Math.abs(totalChange) < threshold) {
    found.push({ table: 'total', attack: 'small-total-difference', detail: `${totalChange}` });
  }
  for (const [partition, cells] of publishedFigures(report, total)) {
    const previousCells = previous.partitions[partition];
    let publishedChange = 0;
    const notInBoth: string[] = [];
    for (const [key, value] of cells) {
      const before = exactValue(previousCells?.[key] ?? undefined);
      if (value === null || before === null) {
        notInBoth.push(key);
        continue;
      }
      const change = value - before;
      publishedChange += change;
      if (change !== 0 && Math.abs(change) < threshold) {
        found.push({ table: partition, row: key, attack: 'small-cell-difference', detail: `${change}` });
      }
    }
    const netChange = totalChange - publishedChange;
    if (notInBoth.length === 1 && previousCells !== null && previousCells !== undefined) {
      const before = exactValue(previousCells[notInBoth[0] ?? '']);
      if (before !== null && cells.get(notInBoth[0] ?? '') === null) {
        found.push({ table: partition, row: notInBoth[0], attack: 'last-year-plus-change', detail: `= ${before + netChange}` });
      }
    }
    if (notInBoth.length > 0 && netChange !== 0 && Math.abs(netChange) < threshold) {
      found.push({ table: partition, attack: 'small-net-difference', detail: `${netChange}` });
    }
  }
  return found;
}

/**
 * Everything the attacker manages to learn. `previous` is last year's stored figures
 * when the reader has them and the two reports count overlapping cases.
 */
export function attack(report: ReportAggregates, previous?: StoredAggregates): Disclosure[] {
  const totals = grandTotals(report);
  if (totals.length > 1) return [{ table: 'total', attack: 'inconsistent-totals', detail: totals.join(' vs ') }];
  const total = totals[0];
  if (total === undefined) return [];
  return [
    ...attackDistributions(report, total),
    ...attackIndicators(report, total),
    ...(previous === undefined ? [] : attackDifferences(report, total, previous)),
  ];
}
