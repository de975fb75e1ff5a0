import type { StoredAggregates, StoredRange } from '../report-types';
import type { ReportRow, ReportTable } from './aggregate-types';
import { complementRange, exactRange, readerRange } from './reader-ranges';
import { indicatorPartitionKey } from './report-partitions';

export type StoredPartitions = StoredAggregates['partitions'];

/** A distribution table's rows as a reader knows them. */
export function distributionView(rows: readonly ReportRow[], total: number): Record<string, StoredRange> {
  return Object.fromEntries(rows.map((row) => [row.key, readerRange(row.value, total)]));
}

/** An indicator row as a reader knows it: the cases with the property and, by subtraction, those without. */
export function indicatorView(row: ReportRow, total: number): Record<string, StoredRange> {
  const yes = readerRange(row.value, total);
  return { yes, no: complementRange(yes, exactRange(total)) };
}

/** Every published table as a reader of the document knows it, keyed for next year's comparison. */
export function storedPartitions(tables: readonly ReportTable[], total: number): StoredPartitions {
  const partitions: StoredPartitions = {};
  for (const table of tables) {
    if (table.kind === 'distribution') {
      partitions[table.key] = table.withheld ? null : distributionView(table.rows, total);
    } else {
      for (const row of table.rows) {
        partitions[indicatorPartitionKey({ table: table.key, key: row.key })] = indicatorView(row, total);
      }
    }
  }
  return partitions;
}
