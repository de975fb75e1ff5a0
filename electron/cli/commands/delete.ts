import { AppError } from '../../../shared/errors';
import { deleteCase } from '../../vault/records/case-deletion';
import { requireCaseByReference } from '../../vault/records/case-access';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { withRecordsVault } from './with-records-vault';

/**
 * Deleting cannot be undone, so it is confirmed: at a terminal by typing the reference
 * again, in a script with --yes. Without either nothing is deleted.
 */
export const deleteCommand: CliCommand = {
  name: 'delete',
  summary: 'Delete a case and everything of it for good (asks to type the reference, or --yes)',
  usage: '--vault DIR --case REF [--yes]',
  options: { ...VAULT_OPTION, case: { type: 'string' }, yes: { type: 'boolean' } },
  async run(values, io) {
    const reference = requiredString(values, 'case', 'REF');
    await withRecordsVault(values, io, async (db) => {
      const head = requireCaseByReference(db, reference);
      if (values.yes !== true) {
        io.err(`Case ${head.reference} and all its notes, consents, bilag and search entries will be deleted for good.`);
        const typed = await io.askHidden(`Type ${head.reference} to delete it: `).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'INVALID_INPUT') {
            throw new AppError('INVALID_INPUT', 'No terminal to confirm on; add --yes to delete without asking.');
          }
          throw error;
        });
        if (typed.trim() !== head.reference) throw new AppError('CANCELLED', 'Not confirmed; nothing was deleted.');
      }
      deleteCase(db, { caseId: head.id, confirm: true });
    });
    io.err(`Case ${reference} deleted.`);
    return EXIT.ok;
  },
};
