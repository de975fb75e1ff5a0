import { CONTEXTS, OUTCOMES, type CategoryDefinition } from '../../../../shared/domain/vocabulary';
import { AppError } from '../../../../shared/errors';
import type { ReportCaseFacts } from '../report-types';
import type { DistributionTableKey, IndicatorTableKey } from './aggregate-types';
import { COARSE_ROLES, coarsenRole } from './coarse-roles';
import type { Thresholds } from './thresholds';

export interface PartitionCell {
  key: string;
  count: number;
  threshold: number;
}

/** One attribute's counts; the cells add up to the number of cases. Cells are in display order. */
export interface DistributionCounts {
  table: DistributionTableKey;
  cells: PartitionCell[];
}

/** How many cases have one yes/no property. */
export interface IndicatorCount {
  table: IndicatorTableKey;
  key: string;
  count: number;
  threshold: number;
}

const NOT_RECORDED = 'not_recorded';
const NOT_CONCLUDED = 'not_concluded';

interface RowDefinition {
  key: string;
  sensitive: boolean;
}

interface DistributionDefinition {
  table: DistributionTableKey;
  rows: RowDefinition[];
  rowOf: (facts: ReportCaseFacts) => string;
}

interface IndicatorDefinition {
  table: IndicatorTableKey;
  key: string;
  sensitive: boolean;
  has: (facts: ReportCaseFacts) => boolean;
}

const ordinary = (key: string): RowDefinition => ({ key, sensitive: false });

/**
 * Every row exists whatever the data, so that the presence of a row never tells a reader
 * that some case has that value. A closed case's outcome and an open case's "not
 * concluded" share one table, which is why the handling stages carry no "closed" row:
 * the same count in two places would let a hidden copy be read off the published one.
 * "Not concluded" leads its table so that it is the last row chosen for complementary
 * suppression: the median duration is shown only while it is published.
 */
function distributionDefinitions(categories: readonly CategoryDefinition[]): DistributionDefinition[] {
  const roleRows = [...COARSE_ROLES, NOT_RECORDED].map(ordinary);
  return [
    {
      table: 'category',
      rows: [...categories.map(({ key, sensitive }) => ({ key, sensitive })), ordinary(NOT_RECORDED)],
      rowOf: (facts) => facts.category ?? NOT_RECORDED,
    },
    { table: 'context', rows: [...CONTEXTS, NOT_RECORDED].map(ordinary), rowOf: (facts) => facts.context ?? NOT_RECORDED },
    {
      table: 'outcome',
      rows: [NOT_CONCLUDED, ...OUTCOMES].map(ordinary),
      rowOf: (facts) => (facts.status === 'closed' && facts.outcome !== null ? facts.outcome : NOT_CONCLUDED),
    },
    {
      table: 'affected_role',
      rows: roleRows,
      rowOf: (facts) => (facts.affectedRole === null ? NOT_RECORDED : coarsenRole(facts.affectedRole)),
    },
    {
      table: 'accused_role',
      rows: roleRows,
      rowOf: (facts) => (facts.accusedRole === null ? NOT_RECORDED : coarsenRole(facts.accusedRole)),
    },
  ];
}

/** A police report is the policy's step for coercion and assault, so it gets that category's threshold. */
const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  { table: 'handling', key: 'handled', sensitive: false, has: (facts) => facts.stages.handled },
  { table: 'handling', key: 'referred', sensitive: false, has: (facts) => facts.stages.referred },
  { table: 'handling', key: 'police_report', sensitive: true, has: (facts) => facts.stages.policeReport },
  { table: 'support', key: 'written_agreement', sensitive: false, has: (facts) => facts.hasWrittenAgreement },
  { table: 'support', key: 'offered_conversations', sensitive: false, has: (facts) => facts.offeredConversations },
  { table: 'minors', key: 'minor_involved', sensitive: true, has: (facts) => facts.minorInvolved },
];

function thresholdFor(sensitive: boolean, thresholds: Thresholds): number {
  return sensitive ? thresholds.sensitiveCell : thresholds.cell;
}

export function countDistributions(
  cases: readonly ReportCaseFacts[],
  categories: readonly CategoryDefinition[],
  thresholds: Thresholds,
): DistributionCounts[] {
  return distributionDefinitions(categories).map(({ table, rows, rowOf }) => {
    const counts = new Map(rows.map((row) => [row.key, 0]));
    for (const facts of cases) {
      const key = rowOf(facts);
      const current = counts.get(key);
      if (current === undefined) {
        // Input parsing admits only listed categories, so this is a programming error.
        throw new AppError('INTERNAL', 'A case was counted under a row its table does not have', { table });
      }
      counts.set(key, current + 1);
    }
    return {
      table,
      cells: rows.map((row) => ({
        key: row.key,
        count: counts.get(row.key) ?? 0,
        threshold: thresholdFor(row.sensitive, thresholds),
      })),
    };
  });
}

export function countIndicators(cases: readonly ReportCaseFacts[], thresholds: Thresholds): IndicatorCount[] {
  return INDICATOR_DEFINITIONS.map(({ table, key, sensitive, has }) => ({
    table,
    key,
    count: cases.filter(has).length,
    threshold: thresholdFor(sensitive, thresholds),
  }));
}

/** The key under which an indicator row is stored for next year's comparison. */
export function indicatorPartitionKey(indicator: Pick<IndicatorCount, 'table' | 'key'>): string {
  return `${indicator.table}.${indicator.key}`;
}
