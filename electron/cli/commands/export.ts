import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../../vault/fs/atomic-write';
import { requireCaseByReference } from '../../vault/records/case-access';
import { exportRecords, serializeExport } from '../../vault/records/exchange/export';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { withRecordsVault } from './with-records-vault';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write one case (--case) or the whole vault as UNENCRYPTED JSON (docs/import-export.md)',
  usage: '--vault DIR [--case REF] --out FILE',
  options: { ...VAULT_OPTION, case: { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    const outFile = requiredString(values, 'out', 'FILE');
    // An export is never written over another file: that file may be the only copy of something.
    if (fs.existsSync(outFile)) throw new AppError('INVALID_INPUT', 'The output file already exists; choose a new name.');
    const reference = typeof values.case === 'string' ? values.case : null;
    const document = await withRecordsVault(values, io, (db) =>
      exportRecords(db, reference === null ? null : requireCaseByReference(db, reference).id),
    );
    writeFileAtomic(outFile, serializeExport(document));
    io.err(`Exported ${document.cases.length} case(s). The file is NOT encrypted: keep it safe and delete it when done.`);
    io.out(outFile);
    return EXIT.ok;
  },
};
