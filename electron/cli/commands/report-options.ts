import type { ReportBlockedDetails, ReportFinding } from '../../../shared/contract/reports';
import { isIsoDate } from '../../../shared/domain/iso-date';
import { AppError } from '../../../shared/errors';
import type { Database } from '../../vault/db/database';
import { queryAll } from '../../vault/db/sql';
import { draftTexts, includeLearningPoint } from '../../vault/report/draft/report-draft';
import type { ReportPeriod } from '../../vault/report/report-types';
import type { CliIo, CliOptions, CliValues } from '../command';
import { requiredString } from '../options';

/** Options and output shared by the learning-document commands (report, report-contribution, report-approve). */

export const PERIOD_OPTIONS: CliOptions = { from: { type: 'string' }, to: { type: 'string' } };
export const LEARNING_POINTS_OPTION: CliOptions = { 'learning-points': { type: 'string' } };

function dateOption(value: string, name: string): string {
  if (!isIsoDate(value)) throw new AppError('INVALID_INPUT', `--${name} must be a date as YYYY-MM-DD.`);
  return value;
}

export function periodOption(values: CliValues): ReportPeriod {
  const period = {
    from: dateOption(requiredString(values, 'from', 'DATE'), 'from'),
    to: dateOption(requiredString(values, 'to', 'DATE'), 'to'),
  };
  if (period.from > period.to) throw new AppError('INVALID_INPUT', '--to must not be before --from.');
  return period;
}

/**
 * `--learning-points all|ID,ID`: every learning point written for the period's years, or
 * exactly those ids; undefined when the option is absent (the report draft's choice stands).
 */
export function learningPointIdsOption(db: Database, values: CliValues, period: ReportPeriod): number[] | undefined {
  const value = values['learning-points'];
  if (value === undefined) return undefined;
  if (value === 'all') {
    return queryAll<{ id: number }>(
      db,
      'SELECT id FROM learning_points WHERE report_year BETWEEN ? AND ? ORDER BY report_year, id',
      Number(period.from.slice(0, 4)),
      Number(period.to.slice(0, 4)),
    ).map((row) => row.id);
  }
  if (typeof value !== 'string' || !/^\d+(,\d+)*$/u.test(value)) {
    throw new AppError('INVALID_INPUT', '--learning-points must be "all" or learning point ids separated by commas, e.g. 3,7.');
  }
  return [...new Set(value.split(',').map(Number))];
}

/** The report draft's learning points become exactly `ids` (each change audited, as in the app's editor). */
export function chooseDraftLearningPoints(db: Database, ids: readonly number[]): void {
  const wanted = new Set(ids);
  for (const point of draftTexts(db).learningPoints) if (!wanted.has(point.id)) includeLearningPoint(db, point.id, false);
  for (const id of ids) includeLearningPoint(db, id, true);
}

/** Never written over another file: that file may be the only copy of something. */
export function newOutputFile(values: CliValues, name: string, placeholder: string, exists: (file: string) => boolean): string {
  const file = requiredString(values, name, placeholder);
  if (exists(file)) throw new AppError('INVALID_INPUT', `The --${name} file already exists; choose a new name.`);
  return file;
}

export function printTextFindings(io: CliIo, findings: readonly ReportFinding[]): void {
  for (const finding of findings) {
    io.out(['finding', finding.textId, `${finding.start}-${finding.end}`, finding.kind, finding.text].join('\t'));
  }
}

/**
 * One line per finding on stdout, so the contact person can find each place: where it is,
 * what kind of identifier it looks like and the words found there. Never logged anywhere.
 */
export function printFindings(io: CliIo, details: ReportBlockedDetails): void {
  switch (details.stage) {
    case 'texts':
      printTextFindings(io, details.findings);
      break;
    case 'written_document':
      for (const finding of details.findings) io.out(['finding', finding.part, '-', finding.kind, finding.text].join('\t'));
      break;
    case 'period':
      break;
  }
}
