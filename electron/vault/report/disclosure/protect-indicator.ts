import type { CellValue } from './aggregate-types';

/**
 * How an indicator row (cases with a yes/no property, out of the total) is shown. The
 * cases without the property are the total minus this count, so both sides must reach
 * the threshold. A small side is shown as a range marker covering zero; that keeps "no
 * case" and "every case" indistinguishable from other small counts, which is why these
 * rows never need withholding: "færre end 10" police reports must not imply at least one.
 */
export function protectIndicator(count: number, total: number, threshold: number): CellValue {
  if (count < threshold) return { suppressed: true, reason: 'below-threshold', threshold };
  if (total - count < threshold) return { suppressed: true, reason: 'complement-below-threshold', threshold };
  return count;
}
