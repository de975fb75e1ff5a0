import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchInputSchema } from '../../../shared/domain/schemas/search';
import type { Database } from '../db/database';
import { deleteCase } from './case-deletion';
import { searchRecords } from './search/search';
import { appErrorOf } from './testing/app-error';
import { decryptedFileBytes, decryptedWalFrames, everyTableAsText } from './testing/plaintext-copy';
import { caseFullOf } from './testing/rich-case';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from './testing/records-vault';

const { db, file, key } = useRecordsVault();

/** Distinctive ASCII letters first, so a match is found whatever the case folding did to the rest. */
const DELETED = 'Zyxwq';
const KEPT = 'Jkvbp';

function tablesContaining(db: Database, marker: string): string[] {
  return [...everyTableAsText(db)].filter(([, text]) => text.includes(marker.toLowerCase())).map(([name]) => name);
}

function fileContains(bytes: Buffer, marker: string): boolean {
  return bytes.toString('latin1').toLowerCase().includes(marker.toLowerCase());
}

describe('deleting a case', () => {
  it('leaves none of its text anywhere: no table, no search index, no page of the decrypted file, no raw file', async () => {
    const deletedId = await caseFullOf(db(), DELETED);
    await caseFullOf(db(), KEPT);
    // The scans can see the text while it is there, in tables and search indexes alike.
    const before = tablesContaining(db(), DELETED);
    expect(before).toEqual(expect.arrayContaining(['cases', 'notes', 'note_versions', 'parties', 'attachments', 'agreements', 'notes_fts_data']));

    // The scan of the write-ahead log sees committed text there too, decrypted with the raw key.
    const framesHolding = (marker: string) =>
      decryptedWalFrames(`${file()}-wal`, key()).filter((frame) => fileContains(frame, marker)).length;
    expect(framesHolding(DELETED)).toBeGreaterThan(0);

    const auditBefore = lastAuditSeq(db());
    expect(deleteCase(db(), { caseId: deletedId, confirm: true })).toEqual({ reference: '2026-001' });
    expect(auditTrail(db(), auditBefore)).toEqual(['case.delete 2026-001']);

    expect(tablesContaining(db(), DELETED)).toEqual([]);
    expect(tablesContaining(db(), KEPT)).toEqual(before);
    expect(searchRecords(db(), searchInputSchema.parse({ query: DELETED })).hits).toEqual([]);
    expect(searchRecords(db(), searchInputSchema.parse({ query: KEPT })).hits.length).toBeGreaterThan(0);

    // Still open, not checkpointed by the test: the deletion itself emptied the WAL.
    expect(framesHolding(DELETED)).toBe(0);
    expect(fs.statSync(`${file()}-wal`).size).toBe(0);
    const plain = decryptedFileBytes(file(), key());
    expect(plain.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(fileContains(plain, KEPT)).toBe(true);
    expect(fileContains(plain, DELETED)).toBe(false);
    for (const raw of [file(), `${file()}-wal`].filter((name) => fs.existsSync(name))) {
      expect(fileContains(fs.readFileSync(raw), DELETED)).toBe(false);
      expect(fileContains(fs.readFileSync(raw), KEPT)).toBe(false);
    }
    expect(db().pragma('integrity_check', { simple: true })).toBe('ok');
    for (const index of ['cases_fts', 'notes_fts', 'agreements_fts', 'learning_points_fts']) {
      expect(() => db().prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    }
  });

  it('needs an explicit confirmation and an existing case', () => {
    const created = newCase(db());
    expect(appErrorOf(() => deleteCase(db(), { caseId: created.id, confirm: false as true })).code).toBe('INVALID_INPUT');
    expect(appErrorOf(() => deleteCase(db(), { caseId: created.id + 1, confirm: true })).code).toBe('NOT_FOUND');
    expect(db().prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
  });
});
