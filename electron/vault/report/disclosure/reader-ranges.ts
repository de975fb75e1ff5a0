import type { StoredRange } from '../report-types';
import type { CellValue } from './aggregate-types';

export function exactRange(value: number): StoredRange {
  return { min: value, max: value };
}

export function isExact(range: StoredRange): boolean {
  return range.min === range.max;
}

/**
 * What a reader who knows the method can tell about a figure from how it is shown, in a
 * report of `total` cases. This is the attacker's starting knowledge, so the suppression
 * audit and the stored figures both take it from here.
 */
export function readerRange(value: CellValue, total: number): StoredRange {
  if (typeof value === 'number') return exactRange(value);
  switch (value.reason) {
    case 'below-threshold':
      return { min: 0, max: Math.min(value.threshold - 1, total) };
    case 'complement-below-threshold':
      return { min: Math.max(0, total - value.threshold + 1), max: total };
    case 'complementary':
      return { min: Math.min(value.threshold, total), max: total };
    case 'withheld':
      return { min: 0, max: total };
  }
}

/** The range of the cases outside a figure: what is left of the total. */
export function complementRange(range: StoredRange, total: StoredRange): StoredRange {
  return { min: Math.max(0, total.min - range.max), max: total.max - range.min };
}

/**
 * Hidden cells known only by their ranges, whose sum is known exactly: the values each
 * can still take. With one linear constraint over boxes this projection is exact, so a
 * cell whose range collapses to one value is really disclosed.
 */
export function feasibleRanges(ranges: readonly StoredRange[], sum: number): StoredRange[] {
  const sumOfMins = ranges.reduce((acc, range) => acc + range.min, 0);
  const sumOfMaxes = ranges.reduce((acc, range) => acc + range.max, 0);
  return ranges.map((range) => ({
    min: Math.max(range.min, sum - (sumOfMaxes - range.max)),
    max: Math.min(range.max, sum - (sumOfMins - range.min)),
  }));
}
