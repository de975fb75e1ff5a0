import { todayIsoDate } from '../../vault/records/clock';
import { caseListInputSchema } from '../../../shared/domain/schemas/case-view';
import { listCases } from '../../vault/records/case-list';
import { AppError } from '../../../shared/errors';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { VAULT_OPTION } from '../options';
import { withRecordsVault } from './with-records-vault';

const PAGE = 200;

export const casesCommand: CliCommand = {
  name: 'cases',
  summary: 'List the cases (reference, status, category, received, next follow-up), open ones first',
  usage: '--vault DIR [--status STATUS] [--year YYYY]',
  options: { ...VAULT_OPTION, status: { type: 'string' }, year: { type: 'string' } },
  async run(values, io) {
    const filter = caseListInputSchema.safeParse({
      status: values.status ?? null,
      year: typeof values.year === 'string' ? Number(values.year) : null,
    });
    if (!filter.success) throw new AppError('INVALID_INPUT', 'Unknown --status or a --year that is not a year.');
    await withRecordsVault(values, io, (db) => {
      const today = todayIsoDate();
      for (let offset = 0; ; offset += PAGE) {
        const page = listCases(db, { ...filter.data, limit: PAGE, offset }, today);
        for (const item of page.items) {
          io.out([item.reference, item.status, item.category ?? '-', item.receivedDate, item.nextFollowUp ?? '-'].join('\t'));
        }
        if (offset + PAGE >= page.total) break;
      }
    });
    return EXIT.ok;
  },
};
