import fs from 'node:fs';
import type { ReportBlockedDetails } from '../../../shared/contract/reports';
import { isAppError } from '../../../shared/errors';
import { loadApproval, loadContribution, prepareApprovalRequest, prepareJointExport } from '../../vault/colleagues/joint-report/joint-report-service';
import { readPackageFile, writePackageFile } from '../../vault/colleagues/package-files';
import type { Database } from '../../vault/db/database';
import { prepareReportExport } from '../../vault/report/report-service';
import type { ReportPeriod } from '../../vault/report/report-types';
import type { CliCommand, CliIo, CliValues } from '../command';
import { EXIT } from '../exit-codes';
import { VAULT_OPTION } from '../options';
import {
  chooseDraftLearningPoints,
  LEARNING_POINTS_OPTION,
  learningPointIdsOption,
  newOutputFile,
  PERIOD_OPTIONS,
  periodOption,
  printFindings,
} from './report-options';
import { withRecordsVault } from './with-records-vault';

const exists = (file: string) => fs.existsSync(file);

/**
 * The joint report (both vaults): the colleague's contribution is loaded (again: the same
 * file on every run is fine), then either the colleague's approval is loaded and the
 * document written, or, without an approval, the draft for approval is written to
 * --request-out. Returns the line for stdout.
 */
async function jointReport(db: Database, values: CliValues, period: ReportPeriod, outFile: string, io: CliIo): Promise<string> {
  const again = { acceptAlreadyLoaded: true };
  const contribution = await loadContribution(db, readPackageFile(String(values.contribution)), period, again);
  if (typeof values.approval === 'string') {
    await loadApproval(db, readPackageFile(values.approval), period, again);
  } else if (typeof values['request-out'] === 'string') {
    const requestFile = newOutputFile(values, 'request-out', 'FILE.age', exists);
    const sealed = await prepareApprovalRequest(db, period, contribution.sender.contactId).seal(db);
    writePackageFile(requestFile, sealed.bytes);
    io.err('The joint draft is encrypted to your colleague. They check it with: report-approve --draft FILE --out FILE.');
    return `approval-request\t${requestFile}\t${sealed.draftHash}`;
  }
  await prepareJointExport(db, period).write(db, outFile);
  io.err('The joint learning document is NOT encrypted: keep it safe and delete it when it is no longer needed.');
  return outFile;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary:
    "Write the learning document (UNENCRYPTED DOCX) for a period from the vault's report draft; with --contribution, the joint document of both contact persons",
  usage:
    '--vault DIR --from DATE --to DATE [--learning-points all|ID,ID] [--contribution FILE.age [--approval FILE.age | --request-out FILE.age]] --out FILE.docx',
  options: {
    ...VAULT_OPTION,
    ...PERIOD_OPTIONS,
    ...LEARNING_POINTS_OPTION,
    contribution: { type: 'string' },
    approval: { type: 'string' },
    'request-out': { type: 'string' },
    out: { type: 'string' },
  },
  async run(values, io) {
    const period = periodOption(values);
    const outFile = newOutputFile(values, 'out', 'FILE.docx', exists);
    let line: string;
    try {
      line = await withRecordsVault(values, io, async (db) => {
        const chosen = learningPointIdsOption(db, values, period);
        if (chosen !== undefined) chooseDraftLearningPoints(db, chosen);
        if (typeof values.contribution === 'string') return jointReport(db, values, period, outFile, io);
        await prepareReportExport(db, period).write(db, outFile);
        io.err('The learning document is NOT encrypted: keep it safe and delete it when it is no longer needed.');
        return outFile;
      });
    } catch (error) {
      if (isAppError(error) && error.code === 'REPORT_BLOCKED' && error.details !== undefined) {
        printFindings(io, error.details as ReportBlockedDetails);
      }
      throw error;
    }
    io.out(line);
    return EXIT.ok;
  },
};
