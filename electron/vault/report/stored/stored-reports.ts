import { addDays, addYears, type IsoDate } from '../../../../shared/domain/iso-date';
import type { Database } from '../../db/database';
import { nowInstant } from '../../records/clock';
import { execute, queryAll, queryOne } from '../../db/sql';
import { periodsOverlap } from '../disclosure/differencing';
import { parsePreviousReport } from '../report-input';
import type { ReportPeriod, StoredAggregates, StoredRange } from '../report-types';

/** Whether a published report counted this vault's cases alone or both contact persons' vaults. */
export type ReportScope = 'single' | 'joint';

interface ExportRow {
  id: number;
  from: string;
  to: string;
  totalMin: number;
  totalMax: number;
}

interface FigureRow {
  partition: string;
  cell: string | null;
  min: number | null;
  max: number | null;
}

/**
 * Keeps the figures of an exported report, as its readers know them, for next year's
 * differencing check. Only codes and numbers reach the tables (their CHECKs refuse
 * anything else), so a published report leaves no text behind in the vault.
 */
export function storeExportedAggregates(db: Database, stored: StoredAggregates, scope: ReportScope = 'single'): void {
  const figures = parsePreviousReport(stored);
  const { lastId } = execute(
    db,
    'INSERT INTO report_exports (period_from, period_to, total_min, total_max, exported_at, scope) VALUES (?, ?, ?, ?, ?, ?)',
    figures.period.from,
    figures.period.to,
    figures.total.min,
    figures.total.max,
    nowInstant(),
    scope,
  );
  const insert = 'INSERT INTO report_export_figures (export_id, partition, cell, min, max) VALUES (?, ?, ?, ?, ?)';
  for (const [partition, cells] of Object.entries(figures.partitions)) {
    if (cells === null) {
      execute(db, insert, lastId, partition, null, null, null);
      continue;
    }
    for (const [cell, range] of Object.entries(cells)) execute(db, insert, lastId, partition, cell, range.min, range.max);
  }
}

function storedAggregates(db: Database, row: ExportRow): StoredAggregates {
  const partitions: Record<string, Record<string, StoredRange> | null> = {};
  const figures = queryAll<FigureRow>(
    db,
    'SELECT partition, cell, min, max FROM report_export_figures WHERE export_id = ? ORDER BY rowid',
    row.id,
  );
  for (const figure of figures) {
    if (figure.cell === null || figure.min === null || figure.max === null) {
      partitions[figure.partition] = null;
      continue;
    }
    const cells = partitions[figure.partition] ?? {};
    cells[figure.cell] = { min: figure.min, max: figure.max };
    partitions[figure.partition] = cells;
  }
  return parsePreviousReport({
    formatVersion: 1,
    period: { from: row.from, to: row.to },
    total: { min: row.totalMin, max: row.totalMax },
    partitions,
  });
}

const EXPORT_COLUMNS = 'id, period_from AS "from", period_to AS "to", total_min AS totalMin, total_max AS totalMax';

/**
 * The exported report this period must be checked against: the latest one whose period
 * overlaps it. The core checks one previous report; reports that do not overlap count
 * other cases and need no check (see `periodsOverlap`).
 */
export function previousReportFor(db: Database, period: ReportPeriod): StoredAggregates | undefined {
  const rows = queryAll<ExportRow>(db, `SELECT ${EXPORT_COLUMNS} FROM report_exports ORDER BY id DESC`);
  const overlapping = rows.find((row) => periodsOverlap({ from: row.from, to: row.to }, period));
  return overlapping === undefined ? undefined : storedAggregates(db, overlapping);
}

/** Every published report whose period overlaps `period`, newest first (the joint report checks against all of them). */
export function publishedReportsOverlapping(db: Database, period: ReportPeriod): { scope: ReportScope; figures: StoredAggregates }[] {
  return queryAll<ExportRow & { scope: ReportScope }>(db, `SELECT ${EXPORT_COLUMNS}, scope FROM report_exports ORDER BY id DESC`)
    .filter((row) => periodsOverlap({ from: row.from, to: row.to }, period))
    .map((row) => ({ scope: row.scope, figures: storedAggregates(db, row) }));
}

/**
 * Since the day after the last exported report ended, up to today; with no report yet,
 * or when the last one reaches today already, the last twelve months.
 */
export function defaultReportPeriod(db: Database, today: IsoDate): ReportPeriod {
  const lastYear = { from: addDays(addYears(today, -1), 1), to: today };
  const lastEnd = queryOne<{ to: string | null }>(db, 'SELECT max(period_to) AS "to" FROM report_exports')?.to ?? null;
  if (lastEnd === null) return lastYear;
  const from = addDays(lastEnd, 1);
  return from <= today ? { from, to: today } : lastYear;
}
