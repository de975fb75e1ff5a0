import type { ReportPeriod, StoredRange } from '../report-types';
import { isExact } from './reader-ranges';

/**
 * Cases are counted in the period they were received in, so two reports share cases
 * exactly when their periods overlap. Reports of disjoint periods count disjoint groups of
 * cases: the difference between their counts is not the count of any group of people,
 * and comparing them discloses nothing. Only overlapping reports (a period reissued with
 * late or corrected cases, or periods chosen to overlap) are checked against each other.
 */
export function periodsOverlap(a: ReportPeriod, b: ReportPeriod): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Whether a reader holding both reports can prove that a figure changed by at least one
 * and fewer than `threshold`: a few cases added, removed or moved, whose attributes the
 * change would then reveal.
 */
export function provesSmallChange(current: StoredRange, previous: StoredRange, threshold: number): boolean {
  const least = current.min - previous.max;
  const most = current.max - previous.min;
  return (least >= 1 && most <= threshold - 1) || (most <= -1 && least >= -(threshold - 1));
}

/** One partition as both reports show it: the reader's range for the total and for each cell. */
export interface PartitionView {
  total: StoredRange;
  cells: Readonly<Record<string, StoredRange>>;
}

/**
 * Whether comparing this year's partition with the overlapping previous one reveals a
 * small change: in any single cell, or in the net change over the cells not published in
 * both (the total's change minus the published changes, which a reader can compute).
 * A cell missing last year (a category added since) counts as unknown there.
 */
export function revealsSmallChange(
  current: PartitionView,
  previous: PartitionView,
  thresholdOf: (key: string) => number,
): boolean {
  const previousCell = (key: string): StoredRange => previous.cells[key] ?? { min: 0, max: previous.total.max };
  const cells = Object.entries(current.cells);
  if (cells.some(([key, range]) => provesSmallChange(range, previousCell(key), thresholdOf(key)))) return true;
  if (!isExact(current.total) || !isExact(previous.total)) return false;

  const inBoth = cells.filter(([key, range]) => isExact(range) && isExact(previousCell(key)));
  const otherKeys = [
    ...cells.filter(([key, range]) => !isExact(range) || !isExact(previousCell(key))).map(([key]) => key),
    ...Object.keys(previous.cells).filter((key) => !(key in current.cells)),
  ];
  if (otherKeys.length === 0) return false;
  const publishedChange = inBoth.reduce((acc, [key, range]) => acc + range.min - previousCell(key).min, 0);
  const netChangeOfOthers = current.total.min - previous.total.min - publishedChange;
  const largestThreshold = Math.max(...otherKeys.map(thresholdOf));
  return netChangeOfOthers !== 0 && Math.abs(netChangeOfOthers) < largestThreshold;
}
