import type { CellValue, ReportRow } from './aggregate-types';
import { feasibleRanges, readerRange } from './reader-ranges';
import type { DistributionCounts, PartitionCell } from './report-partitions';

/** A distribution table after suppression: each row's shown value, or the whole table withheld. */
export type ProtectedDistribution = { withheld: true } | { withheld: false; rows: ReportRow[] };

type HiddenReason = 'below-threshold' | 'complementary';

function shownValue(cell: PartitionCell, hidden: ReadonlyMap<string, HiddenReason>): CellValue {
  const reason = hidden.get(cell.key);
  return reason === undefined ? cell.count : { suppressed: true, reason, threshold: cell.threshold };
}

/**
 * Whether a reader knowing the total, the published cells and what each marker means
 * (below-threshold: 0…t−1; complementary: t…total) learns nothing precise about a hidden
 * cell. Two conditions:
 * - the hidden cells together hold at least the largest of their thresholds, unless they
 *   are the whole table (then their sum is only the published total): otherwise the
 *   table would publish a small count for the group of hidden rows;
 * - no hidden cell is pinned to a single value by the others' ranges and the known sum.
 */
function isProtected(cells: readonly PartitionCell[], hidden: ReadonlyMap<string, HiddenReason>, total: number): boolean {
  const hiddenCells = cells.filter((cell) => hidden.has(cell.key));
  if (hiddenCells.length === 0) return true;
  const hiddenSum = hiddenCells.reduce((acc, cell) => acc + cell.count, 0);
  const largestThreshold = Math.max(...hiddenCells.map((cell) => cell.threshold));
  if (hiddenCells.length < cells.length && hiddenSum < largestThreshold) return false;
  const ranges = hiddenCells.map((cell) => readerRange(shownValue(cell, hidden), total));
  return feasibleRanges(ranges, hiddenSum).every((range) => range.min < range.max);
}

/** Every way to choose `size` of the items, in lexicographic order of their positions. */
function* combinations<T>(items: readonly T[], size: number): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (const [index, item] of items.entries()) {
    if (items.length - index < size) return;
    for (const rest of combinations(items.slice(index + 1), size - 1)) yield [item, ...rest];
  }
}

/**
 * Enough to protect any realistic table; bounds the search for long category lists
 * (30 categories choose 4 is about 27,000 audits, milliseconds).
 */
const MAX_COMPLEMENTARY_CELLS = 4;

/**
 * Primary suppression of every cell below its threshold, then the smallest set of
 * complementary cells that passes the audit above. Sets are tried by size, and within a
 * size in a fixed order of rows (from the last row up, so residual rows such as "other"
 * and "not recorded" go first) that does not depend on the counts: choosing, say, the
 * smallest published cell would tell the reader that the hidden one is no larger than
 * any shown.
 * The table is withheld when one row holds every case (the table would say what each case
 * was), or when no set leaves at least one row published.
 * `audit` adds what readers know beyond this table (the joint report: each vault's own
 * report of the same period); a set of hidden cells must pass it too.
 */
export function protectDistribution(
  counts: DistributionCounts,
  total: number,
  audit?: (rows: readonly ReportRow[]) => boolean,
): ProtectedDistribution {
  const { cells } = counts;
  if (cells.some((cell) => cell.count === total)) return { withheld: true };

  const primary = cells.filter((cell) => cell.count < cell.threshold);
  const candidates = cells.filter((cell) => cell.count >= cell.threshold).reverse();
  const largestSet = Math.min(MAX_COMPLEMENTARY_CELLS, candidates.length - 1);
  for (let size = 0; size <= largestSet; size += 1) {
    for (const complementary of combinations(candidates, size)) {
      const hidden = new Map<string, HiddenReason>([
        ...primary.map((cell): [string, HiddenReason] => [cell.key, 'below-threshold']),
        ...complementary.map((cell): [string, HiddenReason] => [cell.key, 'complementary']),
      ]);
      if (!isProtected(cells, hidden, total)) continue;
      const rows = cells.map((cell) => ({ key: cell.key, value: shownValue(cell, hidden) }));
      if (audit === undefined || audit(rows)) return { withheld: false, rows };
    }
  }
  return { withheld: true };
}
