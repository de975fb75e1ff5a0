import fs from 'node:fs';
import type { ReportBlockedDetails } from '../../../shared/contract/reports';
import { isIsoDate } from '../../../shared/domain/iso-date';
import { AppError, isAppError } from '../../../shared/errors';
import { prepareReportExport } from '../../vault/report/report-service';
import type { CliCommand, CliIo } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { withRecordsVault } from './with-records-vault';

function dateOption(value: string, name: string): string {
  if (!isIsoDate(value)) throw new AppError('INVALID_INPUT', `--${name} must be a date as YYYY-MM-DD.`);
  return value;
}

/**
 * One line per finding on stdout, so the contact person can find each place: where it is,
 * what kind of identifier it looks like and the words found there. Never logged anywhere.
 */
function printFindings(io: CliIo, details: ReportBlockedDetails): void {
  switch (details.stage) {
    case 'texts':
      for (const finding of details.findings) {
        io.out(['finding', finding.textId, `${finding.start}-${finding.end}`, finding.kind, finding.text].join('\t'));
      }
      break;
    case 'written_document':
      for (const finding of details.findings) io.out(['finding', finding.part, '-', finding.kind, finding.text].join('\t'));
      break;
    case 'period':
      break;
  }
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: "Write the learning document (UNENCRYPTED DOCX) for a period from the vault's report draft",
  usage: '--vault DIR --from DATE --to DATE --out FILE.docx',
  options: { ...VAULT_OPTION, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    const period = {
      from: dateOption(requiredString(values, 'from', 'DATE'), 'from'),
      to: dateOption(requiredString(values, 'to', 'DATE'), 'to'),
    };
    const outFile = requiredString(values, 'out', 'FILE.docx');
    // Never written over another file: that file may be the only copy of something.
    if (fs.existsSync(outFile)) throw new AppError('INVALID_INPUT', 'The output file already exists; choose a new name.');
    try {
      await withRecordsVault(values, io, (db) => prepareReportExport(db, period).write(db, outFile));
    } catch (error) {
      if (isAppError(error) && error.code === 'REPORT_BLOCKED' && error.details !== undefined) {
        printFindings(io, error.details as ReportBlockedDetails);
      }
      throw error;
    }
    io.err('The learning document is NOT encrypted: keep it safe and delete it when it is no longer needed.');
    io.out(outFile);
    return EXIT.ok;
  },
};
