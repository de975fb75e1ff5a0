import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appErrorOf, appErrorOfAsync } from '../testing/app-error';
import { useRecordsVault } from '../testing/records-vault';
import { exportRecords, serializeExport } from './export';
import { decodeExportFile, importRecords, parseExportFile, readExportFile } from './import';
import { HEAD_NAME, richVault } from './testing/rich-vault';

const { db, another } = useRecordsVault();

async function exportedText(): Promise<string> {
  await richVault(db());
  return serializeExport(exportRecords(db(), null));
}

function issuesOf(error: { details: unknown }): { path: string; code: string }[] {
  return (error.details as { issues: { path: string; code: string }[] }).issues;
}

describe('the text of an import file', () => {
  it('must be UTF-8: an invalid byte refuses the whole file (INVALID_INPUT, not_utf8) instead of storing U+FFFD', async () => {
    const [before, after] = (await exportedText()).split(HEAD_NAME) as [string, string];
    // The name in Latin-1, as an editor saving in the wrong encoding would write it.
    const bytes = Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from(HEAD_NAME, 'latin1'), Buffer.from(after, 'utf8')]);
    const error = appErrorOf(() => decodeExportFile(bytes));
    expect(error.code).toBe('INVALID_INPUT');
    expect(issuesOf(error)).toEqual([{ path: '(file)', code: 'not_utf8' }]);
  });

  it('may start with a UTF-8 byte-order mark, which is dropped', async () => {
    const text = await exportedText();
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decodeExportFile(withBom)).toBe(text);
    const summary = await importRecords(another(), decodeExportFile(withBom));
    expect(summary.cases).toBe(2);
  });

  it('refuses NUL and lone surrogates (JSON escapes) in any text field, by path, and writes nothing', async () => {
    const text = await exportedText();
    const escapedName = JSON.stringify(HEAD_NAME).slice(1, -1);
    for (const inserted of ['\\u0000', '\\ud800', '\\udc00']) {
      const tampered = text.replace(escapedName, `${escapedName}${inserted}`);
      expect(tampered).not.toBe(text);
      const error = await appErrorOfAsync(() => parseExportFile(tampered));
      expect(error.code).toBe('INVALID_INPUT');
      expect(issuesOf(error).length).toBeGreaterThan(0);
      expect(issuesOf(error).every((issue) => issue.path !== '(file)')).toBe(true);
    }
    const target = another();
    const tampered = text.replace(escapedName, `${escapedName}\\u0000`);
    expect((await appErrorOfAsync(() => importRecords(target, tampered))).code).toBe('INVALID_INPUT');
    expect(target.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
  });

  it('an unreadable file is IO_ERROR', () => {
    const missing = path.join(os.tmpdir(), `fortrolig-no-such-${process.pid}.json`);
    expect(fs.existsSync(missing)).toBe(false);
    expect(appErrorOf(() => readExportFile(missing)).code).toBe('IO_ERROR');
  });
});
