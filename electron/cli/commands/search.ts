import { AppError } from '../../../shared/errors';
import { searchInputSchema } from '../../../shared/domain/schemas/search';
import { searchRecords } from '../../vault/records/search/search';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { VAULT_OPTION } from '../options';
import { withRecordsVault } from './with-records-vault';

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Full-text search (prefixes, all words) in summaries, notes, agreements and learning points',
  usage: '--vault DIR --query TEXT [--limit N]',
  options: { ...VAULT_OPTION, query: { type: 'string' }, limit: { type: 'string' } },
  async run(values, io) {
    const input = searchInputSchema.safeParse({ query: values.query, limit: values.limit === undefined ? undefined : Number(values.limit) });
    if (!input.success) throw new AppError('INVALID_INPUT', '--query TEXT is required; --limit is a number from 1 to 200.');
    const result = await withRecordsVault(values, io, (db) => searchRecords(db, input.data));
    for (const hit of result.hits) {
      const excerpt = hit.segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('');
      io.out([hit.reference ?? '-', hit.source, excerpt.replace(/\s+/g, ' ')].join('\t'));
    }
    if (result.truncated) io.err(`Showing the best ${result.hits.length} matches; there are more.`);
    return EXIT.ok;
  },
};
