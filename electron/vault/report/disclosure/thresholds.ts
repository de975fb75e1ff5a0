import { AppError } from '../../../../shared/errors';

/** The smallest counts the learning document may show. Organisations may raise them only. */
export interface Thresholds {
  /** Smallest count a table cell may show. */
  cell: number;
  /** Smallest count for cells about minors or a sensitive category (coercion and assault). */
  sensitiveCell: number;
  /** Fewer cases than this in the period: only a banded total is published. */
  minCases: number;
  /** Fewest closed cases a median duration may be computed from. */
  minDurationCases: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  cell: 5,
  sensitiveCell: 10,
  minCases: 5,
  minDurationCases: 5,
});

/**
 * The defaults with the caller's raises applied. Raising the cell threshold raises the
 * floor of the others with it (no figure may rest on fewer cases than a cell), so
 * `{ cell: 8 }` alone gives 8 as the minimum number of cases too. A value below its
 * floor is refused rather than silently corrected: a lowered threshold is a configuration
 * mistake someone must see.
 */
export function resolveThresholds(raised: Partial<Thresholds> = {}): Thresholds {
  const cell = atLeast('cell', raised.cell, DEFAULT_THRESHOLDS.cell);
  return {
    cell,
    sensitiveCell: atLeast('sensitiveCell', raised.sensitiveCell, Math.max(DEFAULT_THRESHOLDS.sensitiveCell, cell)),
    minCases: atLeast('minCases', raised.minCases, Math.max(DEFAULT_THRESHOLDS.minCases, cell)),
    minDurationCases: atLeast('minDurationCases', raised.minDurationCases, Math.max(DEFAULT_THRESHOLDS.minDurationCases, cell)),
  };
}

function atLeast(name: keyof Thresholds, value: number | undefined, floor: number): number {
  if (value === undefined) return floor;
  if (!Number.isSafeInteger(value) || value < floor) {
    throw new AppError('INVALID_INPUT', 'A disclosure threshold may only be raised, never lowered', { threshold: name, minimum: floor });
  }
  return value;
}
