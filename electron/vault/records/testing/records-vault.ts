import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { caseCreateInputSchema, type CaseRecord } from '../../../../shared/domain/schemas/case';
import type { Database } from '../../db/database';
import { openVaultDatabase } from '../../db/open-database';
import { createTestVault } from '../../test-support/test-vault';
import { vaultFiles } from '../../vault-files';
import { createCase } from '../cases';

/**
 * A real encrypted vault database for every test: one vault is created per test file
 * (the passphrase KDF is the slow part), and each test opens its own copy of that
 * vault.db with the raw key, in a fresh temporary folder removed afterwards.
 */
export function useRecordsVault(): {
  db: () => Database;
  file: () => string;
  key: () => Buffer;
  /** Another empty vault database of its own, e.g. to import into. */
  another: () => Database;
} {
  let templateDir: string | undefined;
  let key: Buffer | undefined;
  let testDir: string | undefined;
  let db: Database | undefined;
  const others: Database[] = [];

  beforeAll(async () => {
    templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-'));
    const { vault } = await createTestVault(templateDir);
    key = Buffer.from(vault.rawKeyHex(), 'hex');
    vault.close();
  });
  afterAll(() => {
    if (templateDir) fs.rmSync(templateDir, { recursive: true, force: true });
  });
  const openCopy = (name: string): Database => {
    const copy = path.join(testDir as string, name);
    fs.copyFileSync(vaultFiles(templateDir as string).database, copy);
    return openVaultDatabase(copy, key as Buffer, { mode: 'open' });
  };
  beforeEach(() => {
    testDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-'));
    db = openCopy('vault.db');
  });
  afterEach(() => {
    db?.close();
    for (const other of others.splice(0)) other.close();
    if (testDir) fs.rmSync(testDir, { recursive: true, force: true });
    db = undefined;
  });

  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useRecordsVault: only available inside a test');
    return value;
  };
  return {
    db: () => need(db),
    file: () => path.join(need(testDir), 'vault.db'),
    key: () => need(key),
    another: () => {
      const other = openCopy(`vault-${others.length + 2}.db`);
      others.push(other);
      return other;
    },
  };
}

/** A case received on `receivedDate` (default 2026-03-02) with optional other intake fields. */
export function newCase(db: Database, fields: Record<string, unknown> = {}): CaseRecord {
  return createCase(db, caseCreateInputSchema.parse({ receivedDate: '2026-03-02', channel: 'in_person', ...fields }));
}

/** The audit rows written after `afterSeq`, as `action subject` strings. */
export function auditTrail(db: Database, afterSeq = 0): string[] {
  return (
    db.prepare('SELECT action, subject FROM audit_log WHERE seq > ? ORDER BY seq').all(afterSeq) as {
      action: string;
      subject: string | null;
    }[]
  ).map((row) => (row.subject === null ? row.action : `${row.action} ${row.subject}`));
}

export function lastAuditSeq(db: Database): number {
  return (db.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number }).seq;
}
