import { AppError } from '../../../shared/errors';
import type { ExportDocument } from '../../vault/records/exchange/export-format';
import { parseExportFile, readExportFile, writeImport } from '../../vault/records/exchange/import';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { withRecordsVault } from './with-records-vault';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import an export file: checked completely before the vault is unlocked, then written in one transaction, or not at all',
  usage: '--vault DIR --file FILE',
  options: { ...VAULT_OPTION, file: { type: 'string' } },
  async run(values, io) {
    const file = requiredString(values, 'file', 'FILE');
    // The file is judged before the vault is opened: a refused file leaves the vault, and
    // its audit log, exactly as they were (nothing was opened, so nothing is logged).
    let document: ExportDocument;
    try {
      document = await parseExportFile(readExportFile(file));
    } catch (error) {
      // stderr keeps its one error line; where the file is wrong goes to stdout, one line per problem.
      const issues = error instanceof AppError ? (error.details?.issues as { path: string; code: string }[] | undefined) : undefined;
      for (const issue of issues ?? []) io.out(`invalid: ${issue.path}: ${issue.code}`);
      throw error;
    }
    const summary = await withRecordsVault(values, io, (db) => writeImport(db, document));
    io.out(`imported: ${summary.cases} case(s), ${summary.learningPoints} learning point(s) for a year`);
    for (const { from, to } of summary.renumbered) io.out(`renumbered: ${from} -> ${to}`);
    if (summary.settingsApplied.length > 0) io.out(`settings taken from the file: ${summary.settingsApplied.join(', ')}`);
    return EXIT.ok;
  },
};
