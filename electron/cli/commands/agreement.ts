import fs from 'node:fs';
import { LANGUAGES, type Language } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import { buildAgreementFile, writeAgreementExport } from '../../vault/agreements/agreement-files';
import { pickAgreementVersion } from '../../vault/agreements/agreement-rows';
import { requireCaseByReference } from '../../vault/records/case-access';
import type { CliCommand, CliValues } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString, VAULT_OPTION } from '../options';
import { withRecordsVault } from './with-records-vault';

function versionOption(values: CliValues): number | null {
  if (values.version === undefined) return null;
  const version = Number(values.version);
  if (!Number.isInteger(version) || version < 1) throw new AppError('INVALID_INPUT', '--version N must be a whole number from 1.');
  return version;
}

function languageOption(values: CliValues): Language {
  const language = values.language ?? 'da';
  if (!LANGUAGES.includes(language as Language)) throw new AppError('INVALID_INPUT', `--language must be one of ${LANGUAGES.join(', ')}.`);
  return language as Language;
}

/** The parts' names are codes, never content, so the one error line may list them. */
function namingMissingParts(error: unknown): unknown {
  const missing = error instanceof AppError ? error.details?.missing : undefined;
  if (!(error instanceof AppError) || !Array.isArray(missing)) return error;
  return new AppError(error.code, `The agreement has empty required parts: ${missing.join(', ')}.`, error.details);
}

/** The written agreement of a case as DOCX, the same document the app exports (and audited the same way). */
export const agreementCommand: CliCommand = {
  name: 'agreement',
  summary: 'Write a case’s written agreement as an UNENCRYPTED DOCX (default: the version in force, else the newest)',
  usage: '--vault DIR --case REF [--version N] [--language da|en] --out FILE.docx',
  options: { ...VAULT_OPTION, case: { type: 'string' }, version: { type: 'string' }, language: { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    const reference = requiredString(values, 'case', 'REF');
    const outFile = requiredString(values, 'out', 'FILE.docx');
    const version = versionOption(values);
    const language = languageOption(values);
    // Never written over another file: that file may be the only copy of something.
    if (fs.existsSync(outFile)) throw new AppError('INVALID_INPUT', 'The output file already exists; choose a new name.');
    const written = await withRecordsVault(values, io, async (db) => {
      const agreement = pickAgreementVersion(db, requireCaseByReference(db, reference).id, version);
      const docx = await buildAgreementFile(db, agreement.id, language).catch((error: unknown) => {
        throw namingMissingParts(error);
      });
      writeAgreementExport(db, agreement.id, outFile, docx.content, 'agreement.export');
      return agreement;
    });
    io.err(`Wrote version ${written.version} (${written.status}). The file is NOT encrypted: keep it safe and delete it when done.`);
    io.out(outFile);
    return EXIT.ok;
  },
};
