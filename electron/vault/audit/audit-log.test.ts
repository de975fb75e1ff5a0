import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { openVaultDatabase } from '../db/open-database';
import { useTempDir } from '../test-support/temp-dir';
import { appendAudit, listAudit, verifyAuditChain } from './audit-log';

const tempDir = useTempDir();

function withDatabase(test: (db: Database) => void): void {
  const db = openVaultDatabase(path.join(tempDir(), 'vault.db'), randomBytes(32), { mode: 'create' });
  try {
    test(db);
  } finally {
    db.close();
  }
}

function appendSome(db: Database, count: number): void {
  for (let i = 1; i <= count; i++) appendAudit(db, { action: 'case.view', subject: `2026-${String(i).padStart(3, '0')}` });
}

/** Tampering needs the append-only triggers out of the way, as an attacker with the key would. */
function dropGuards(db: Database): void {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}

describe('audit log', () => {
  it('chains appended rows and verifies them', () => {
    withDatabase((db) => {
      expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 0 });
      appendAudit(db, { action: 'vault.unlock' });
      appendSome(db, 4);
      expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 5 });

      const [newest, ...older] = listAudit(db, { limit: 10 });
      expect(newest).toMatchObject({ seq: 5, action: 'case.view', subject: '2026-004' });
      expect(older.at(-1)).toMatchObject({ seq: 1, action: 'vault.unlock', subject: null, prevHash: '0'.repeat(64) });
      expect(newest?.prevHash).toBe(older[0]?.hash);
      expect(newest?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });
  });

  it('pages back with beforeSeq', () => {
    withDatabase((db) => {
      appendSome(db, 7);
      expect(listAudit(db, { limit: 3 }).map((row) => row.seq)).toEqual([7, 6, 5]);
      expect(listAudit(db, { limit: 3, beforeSeq: 5 }).map((row) => row.seq)).toEqual([4, 3, 2]);
      expect(listAudit(db, { limit: 3, beforeSeq: 2 }).map((row) => row.seq)).toEqual([1]);
      expect(() => listAudit(db, { limit: 0 })).toThrow(AppError);
      expect(() => listAudit(db, { limit: 5000 })).toThrow(AppError);
    });
  });

  it.each([
    ['an action that is not a dotted code', { action: 'Viewed case' }],
    ['an action without a dot', { action: 'unlock' }],
    ['a subject with spaces (free text)', { action: 'case.view', subject: 'Anna Hansen' }],
    ['a subject that is too long', { action: 'case.view', subject: 'x'.repeat(65) }],
  ])('refuses %s', (_label, entry) => {
    withDatabase((db) => {
      expect(() => appendAudit(db, entry)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
      expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 0 });
    });
  });

  it('finds an edited row', () => {
    withDatabase((db) => {
      appendSome(db, 6);
      dropGuards(db);
      db.prepare("UPDATE audit_log SET subject = '2026-999' WHERE seq = 4").run();
      expect(verifyAuditChain(db)).toEqual({ ok: false, rows: 6, firstBrokenSeq: 4 });
    });
  });

  it('finds a removed row', () => {
    withDatabase((db) => {
      appendSome(db, 6);
      dropGuards(db);
      db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
      expect(verifyAuditChain(db)).toEqual({ ok: false, rows: 5, firstBrokenSeq: 3 });
    });
  });

  it('finds a row whose hash was recomputed but whose successor still points to the old one', () => {
    withDatabase((db) => {
      appendSome(db, 3);
      dropGuards(db);
      // Flip the first hex digit (to a different one, whatever it was).
      db.prepare("UPDATE audit_log SET hash = CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' END || substr(hash, 2) WHERE seq = 2").run();
      const result = verifyAuditChain(db);
      expect(result).toEqual({ ok: false, rows: 3, firstBrokenSeq: 2 });
    });
  });
});
