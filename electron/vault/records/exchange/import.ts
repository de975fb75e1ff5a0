import fs from 'node:fs';
import { AppError } from '../../../../shared/errors';
import type { ImportSummary } from '../../../../shared/domain/schemas/exchange';
import { VAULT_SETTING_KEYS, type VaultSettings } from '../../../../shared/domain/schemas/vault-settings';
import { appendAudit } from '../../audit/audit-log';
import type { Database } from '../../db/database';
import { inTransaction } from '../case-access';
import { invalidInput, type InputIssue } from '../input-issues';
import { storedVaultSettings, writeVaultSettings } from '../vault-settings';
import { insertLearningPoint, writeCase } from './case-writer';
import { EXPORT_FORMAT, type ExportDocument } from './export-format';
import { exportDocumentIssues } from './import-checks';
import { documentSchemaFor } from './readable-versions';

/** Enough to find and fix a file; a broken file could otherwise produce one per record. */
const MAX_REPORTED_ISSUES = 200;

function rejectFile(issues: InputIssue[]): never {
  throw invalidInput('The import file is not valid; nothing was imported', issues.slice(0, MAX_REPORTED_ISSUES));
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * An export file's bytes as text. It must be UTF-8 (a byte-order mark, as some Windows
 * editors write, is allowed and dropped): invalid bytes would otherwise be stored as U+FFFD,
 * changing the text without a word, so the file is refused instead.
 */
export function decodeExportFile(bytes: Uint8Array): string {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const withoutBom = body.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? body.subarray(UTF8_BOM.length) : body;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(withoutBom);
  } catch {
    rejectFile([{ path: '(file)', code: 'not_utf8' }]);
  }
}

/** Reads the file a person or script chose to import; unreadable is IO_ERROR. */
export function readExportFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new AppError('IO_ERROR', 'The import file could not be read.');
  }
  return decodeExportFile(bytes);
}

/**
 * Everything is checked before anything is written: JSON syntax, format and version, the
 * schema of that version, then the rules across records. A file with any problem is
 * refused whole, as INVALID_INPUT listing each problem by JSON path (never by value:
 * values are case data).
 */
export async function parseExportFile(text: string): Promise<ExportDocument> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    rejectFile([{ path: '(file)', code: 'invalid_json' }]);
  }
  const header = json as { format?: unknown; formatVersion?: unknown } | null;
  if (header?.format !== EXPORT_FORMAT) rejectFile([{ path: 'format', code: 'not_a_fortrolig_export' }]);
  const schema = documentSchemaFor(header.formatVersion);
  if (schema === null) rejectFile([{ path: 'formatVersion', code: 'unsupported_format_version' }]);

  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    rejectFile(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(file)', code: issue.code })));
  }
  const issues = await exportDocumentIssues(parsed.data);
  if (issues.length > 0) rejectFile(issues);
  return parsed.data;
}

/** Settings this vault has not set itself are taken from the file; its own are kept. */
function applyMissingSettings(db: Database, settings: VaultSettings | null): string[] {
  if (settings === null) return [];
  const stored = storedVaultSettings(db);
  const missing = VAULT_SETTING_KEYS.filter((key) => stored[key] === undefined);
  writeVaultSettings(db, Object.fromEntries(missing.map((key) => [key, settings[key]])));
  return missing;
}

/** Writes a checked export in one transaction: all of it, or (on any failure) nothing. */
export function writeImport(db: Database, document: ExportDocument): ImportSummary {
  return inTransaction(db, () => {
    const settingsApplied = applyMissingSettings(db, document.settings);
    const renumbered: ImportSummary['renumbered'] = [];
    for (const record of document.cases) {
      const reference = writeCase(db, record, { audit: true });
      if (reference !== record.reference) renumbered.push({ from: record.reference, to: reference });
    }
    for (const point of document.learningPoints) insertLearningPoint(db, null, point);
    appendAudit(db, { action: 'vault.import', subject: `cases=${document.cases.length}` });
    return { cases: document.cases.length, learningPoints: document.learningPoints.length, renumbered, settingsApplied };
  });
}

export async function importRecords(db: Database, text: string): Promise<ImportSummary> {
  return writeImport(db, await parseExportFile(text));
}
