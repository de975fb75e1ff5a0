import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openVaultDatabase } from '../db/open-database';
import { readKeyFile, writeKeyFile } from '../keys/key-file';
import { useTempDir } from '../test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../test-support/test-vault';
import { vaultFiles } from '../vault-files';
import { verifyVault } from '../verify-vault';
import { auditHead } from './audit-anchor';
import { appendAudit } from './audit-log';

const tempDir = useTempDir();

/** A closed vault with some audit rows, and its raw key (as `cli key` would print it). */
async function vaultWithRows(rows: number): Promise<{ dir: string; key: Buffer }> {
  const dir = path.join(tempDir(), 'boks');
  const { vault } = await createTestVault(dir);
  for (let i = 1; i <= rows; i++) appendAudit(vault.db, { action: 'case.view', subject: `2026-${String(i).padStart(3, '0')}` });
  const key = Buffer.from(vault.rawKeyHex(), 'hex');
  vault.close();
  return { dir, key };
}

/** Opens vault.db with the raw key and no app around it: no anchor moves. */
function withRawDatabase<T>(dir: string, key: Buffer, work: (db: ReturnType<typeof openVaultDatabase>) => T): T {
  const db = openVaultDatabase(vaultFiles(dir).database, key, { mode: 'open' });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function cutNewestRows(dir: string, key: Buffer, count: number): void {
  withRawDatabase(dir, key, (db) => {
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq > (SELECT max(seq) FROM audit_log) - ?').run(count);
  });
}

describe('the audit log anchor in keys.json', () => {
  it('is written when the vault is made and moves to the newest committed row', async () => {
    const dir = path.join(tempDir(), 'boks');
    const { vault } = await createTestVault(dir);
    expect(readKeyFile(vaultFiles(dir).keys).auditAnchor?.seq).toBe(1);

    appendAudit(vault.db, { action: 'case.view', subject: '2026-001' });
    appendAudit(vault.db, { action: 'case.view', subject: '2026-002' });
    // Written once the current run is over, so both appends cost one write.
    expect(readKeyFile(vaultFiles(dir).keys).auditAnchor?.seq).toBe(1);
    await nextTurn();
    expect(readKeyFile(vaultFiles(dir).keys).auditAnchor).toMatchObject(auditHead(vault.db) ?? {});
    vault.close();

    const verification = await verifyVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(verification.audit.ok).toBe(true);
    expect(verification.auditEnd).toEqual({ ok: true, anchoredSeq: verification.audit.rows });
  });

  it('never names a row of a transaction that rolled back', async () => {
    const dir = path.join(tempDir(), 'boks');
    const { vault } = await createTestVault(dir);
    await nextTurn();
    const before = readKeyFile(vaultFiles(dir).keys).auditAnchor;
    expect(() =>
      vault.db.transaction(() => {
        appendAudit(vault.db, { action: 'case.view', subject: '2026-001' });
        throw new Error('the change fails after its audit row');
      })(),
    ).toThrow('the change fails');
    await nextTurn();
    expect(readKeyFile(vaultFiles(dir).keys).auditAnchor).toEqual(before);
    vault.close();
    expect((await verifyVault({ dir, passphrase: TEST_PASSPHRASE })).auditEnd?.ok).toBe(true);
  });

  it('accepts an anchor behind the table (a crash between commit and anchor write)', async () => {
    const { dir, key } = await vaultWithRows(3);
    // Rows committed by a process that died before writing the anchor.
    withRawDatabase(dir, key, (db) => {
      for (let i = 0; i < 4; i++) appendAudit(db, { action: 'case.view', subject: '2026-009' });
    });
    const verification = await verifyVault({ dir, passphrase: TEST_PASSPHRASE });
    expect(verification.auditEnd).toEqual({ ok: true, anchoredSeq: verification.audit.rows - 4 });
  });

  it('reports the newest rows cut off with the raw key, by count', async () => {
    const { dir, key } = await vaultWithRows(6);
    const rows = (await verifyVault({ dir, passphrase: TEST_PASSPHRASE })).audit.rows;
    cutNewestRows(dir, key, 3);

    const verification = await verifyVault({ dir, passphrase: TEST_PASSPHRASE });
    // What is left is still a perfect chain: only the anchor sees the cut.
    expect(verification.audit).toEqual({ ok: true, rows: rows - 3 });
    expect(verification.auditEnd).toEqual({
      ok: false,
      problem: 'rows_missing',
      anchoredSeq: rows,
      tableSeq: rows - 3,
      missingRows: 3,
    });
  });

  it('reports a cut that was papered over with new rows, and a forged or removed anchor', async () => {
    const { dir, key } = await vaultWithRows(4);
    const anchor = readKeyFile(vaultFiles(dir).keys).auditAnchor;
    cutNewestRows(dir, key, 2);
    withRawDatabase(dir, key, (db) => {
      for (let i = 0; i < 5; i++) appendAudit(db, { action: 'vault.unlock' });
    });
    expect((await verifyVault({ dir, passphrase: TEST_PASSPHRASE })).auditEnd).toEqual({
      ok: false,
      problem: 'diverged',
      anchoredSeq: anchor?.seq,
    });

    const keyFile = readKeyFile(vaultFiles(dir).keys);
    writeKeyFile(vaultFiles(dir).keys, { ...keyFile, auditAnchor: { ...anchor!, seq: 2 } });
    expect((await verifyVault({ dir, passphrase: TEST_PASSPHRASE })).auditEnd).toEqual({ ok: false, problem: 'mac' });

    const { auditAnchor: _removed, ...withoutAnchor } = keyFile;
    writeKeyFile(vaultFiles(dir).keys, withoutAnchor);
    expect((await verifyVault({ dir, passphrase: TEST_PASSPHRASE })).auditEnd).toEqual({ ok: false, problem: 'missing' });
  });
});
