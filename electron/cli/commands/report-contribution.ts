import fs from 'node:fs';
import { requireContactByName } from '../../vault/colleagues/contacts';
import { writeContribution } from '../../vault/colleagues/joint-report/joint-report-service';
import { writePackageFile } from '../../vault/colleagues/package-files';
import { draftTexts } from '../../vault/report/draft/report-draft';
import type { CliCommand } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { LEARNING_POINTS_OPTION, learningPointIdsOption, newOutputFile, PERIOD_OPTIONS, periodOption } from './report-options';
import { withRecordsVault } from './with-records-vault';

export const reportContributionCommand: CliCommand = {
  name: 'report-contribution',
  summary:
    "Write this vault's contribution to the joint learning document (figures before suppression and the chosen learning points; no case text), encrypted to a confirmed contact",
  usage: '--vault DIR --from DATE --to DATE --to-contact NAME [--learning-points all|ID,ID] --out FILE.age',
  options: { ...VAULT_OPTION, ...PERIOD_OPTIONS, ...LEARNING_POINTS_OPTION, 'to-contact': { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    const period = periodOption(values);
    const contactName = requiredString(values, 'to-contact', 'NAME');
    const outFile = newOutputFile(values, 'out', 'FILE.age', (file) => fs.existsSync(file));
    const packageId = await withRecordsVault(values, io, async (db) => {
      const contact = requireContactByName(db, contactName);
      // Without --learning-points, the points chosen in the report draft go in.
      const learningPointIds = learningPointIdsOption(db, values, period) ?? draftTexts(db).learningPoints.map((point) => point.id);
      const sealed = await writeContribution(db, { period, contactId: contact.id, learningPointIds });
      writePackageFile(outFile, sealed.bytes);
      return sealed.packageId;
    });
    io.err('The contribution is encrypted to your colleague (and to this vault). It holds figures and learning points, no case text.');
    io.out([outFile, packageId].join('\t'));
    return EXIT.ok;
  },
};
