import type { StoredRange } from '../../report/report-types';

/*
 * A reader who holds the joint report and each vault's own report of exactly the same
 * period knows more than either report says: every joint figure is the sum of the two
 * vaults' figures. A cell hidden in the joint report may then be pinned by the vaults'
 * published cells (12 = 7 + 5), and a cell one vault hid may be pinned by the joint one
 * minus the other vault's (the joint 9 minus the other's 7). Pairwise differencing does
 * not see this, so the joint report's suppression runs this audit too.
 */

/** One partition as one report shows it: the reader's range for its total and each cell. */
export interface PartitionRanges {
  total: StoredRange;
  cells: Readonly<Record<string, StoredRange>>;
}

/**
 * One vault's own report of the joint period, for one partition. `cells: null` is a
 * withheld table: every cell is hidden and must stay so. A vault without such a report
 * is passed with `cells: {}` and its total unknown: nothing of it is published, so
 * nothing of it can be pinned beyond what the pairwise differencing checks.
 */
export interface SideRanges {
  total: StoredRange;
  cells: Readonly<Record<string, StoredRange>> | null;
}

interface Variable {
  min: number;
  max: number;
}

/** Narrows `parts` and `sum` under `sum = Σ parts`; false on a contradiction. */
function tightenSum(parts: readonly Variable[], sum: Variable): boolean {
  const sumOfMins = parts.reduce((acc, part) => acc + part.min, 0);
  const sumOfMaxes = parts.reduce((acc, part) => acc + part.max, 0);
  sum.min = Math.max(sum.min, sumOfMins);
  sum.max = Math.min(sum.max, sumOfMaxes);
  for (const part of parts) {
    part.min = Math.max(part.min, sum.min - (sumOfMaxes - part.max));
    part.max = Math.min(part.max, sum.max - (sumOfMins - part.min));
  }
  return sum.min <= sum.max && parts.every((part) => part.min <= part.max);
}

const copy = (range: StoredRange): Variable => ({ min: range.min, max: range.max });

const isExact = (range: StoredRange): boolean => range.min === range.max;

/** Enough rounds for any table of the report; each round only narrows, so this is a bound, not a tuning knob. */
const MAX_ROUNDS = 100;

/**
 * Whether the joint partition, read together with the vaults' own reports of the same
 * period (`sides`; a vault without one is passed with its cells unknown), leaks a figure
 * that one of the reports hides: interval propagation over every sum the reader knows,
 * until nothing narrows. A contradiction (the vaults' reports were made before cases
 * changed) counts as a leak too: the reader's model is then wrong in ways this audit
 * cannot bound.
 */
export function sumsRevealHiddenCell(joint: PartitionRanges, sides: readonly SideRanges[], keys: readonly string[]): boolean {
  const unknown = (total: StoredRange): StoredRange => ({ min: 0, max: total.max });
  const jointTotal = copy(joint.total);
  const jointCells = keys.map((key) => copy(joint.cells[key] ?? unknown(joint.total)));
  const sideTotals = sides.map((side) => copy(side.total));
  const sideCells = sides.map((side) => keys.map((key) => copy(side.cells?.[key] ?? unknown(side.total))));

  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const before = JSON.stringify([jointTotal, jointCells, sideTotals, sideCells]);
    const consistent =
      tightenSum(jointCells, jointTotal) &&
      tightenSum(sideTotals, jointTotal) &&
      sideCells.every((cells, index) => tightenSum(cells, sideTotals[index] as Variable)) &&
      jointCells.every((cell, index) =>
        tightenSum(
          sideCells.map((cells) => cells[index] as Variable),
          cell,
        ),
      );
    if (!consistent) return true;
    if (JSON.stringify([jointTotal, jointCells, sideTotals, sideCells]) === before) break;
  }

  const pinnedJoint = keys.some((key, index) => !isExact(joint.cells[key] ?? unknown(joint.total)) && isExact(jointCells[index] as Variable));
  const pinnedSide = sides.some((side, sideIndex) =>
    keys.some((key, index) => {
      const shown = side.cells === null ? unknown(side.total) : side.cells[key];
      return shown !== undefined && !isExact(shown) && isExact(sideCells[sideIndex]?.[index] as Variable);
    }),
  );
  return pinnedJoint || pinnedSide;
}
