import fs from 'node:fs';
import { answerApprovalRequest } from '../../vault/colleagues/joint-report/joint-report-service';
import { readPackageFile, writePackageFile } from '../../vault/colleagues/package-files';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { newOutputFile, printTextFindings } from './report-options';
import { withRecordsVault } from './with-records-vault';

export const reportApproveCommand: CliCommand = {
  name: 'report-approve',
  summary:
    "Check the colleague's joint learning document draft with this vault's own re-identification guard; write an approval bound to its hash, or list the findings (exit 3)",
  usage: '--vault DIR --draft FILE.age --out FILE.age',
  options: { ...VAULT_OPTION, draft: { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    const draftFile = requiredString(values, 'draft', 'FILE.age');
    const outFile = newOutputFile(values, 'out', 'FILE.age', (file) => fs.existsSync(file));
    const answer = await withRecordsVault(values, io, async (db) => {
      const result = await answerApprovalRequest(db, readPackageFile(draftFile));
      if (result.outcome === 'approved') writePackageFile(outFile, result.bytes);
      return result;
    });
    if (answer.outcome === 'findings') {
      printTextFindings(io, answer.findings);
      io.err('The joint draft names something this vault knows. Tell your colleague where to rewrite; nothing was written.');
      return EXIT.reportBlocked;
    }
    io.out([outFile, answer.draftHash].join('\t'));
    return EXIT.ok;
  },
};
