import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database';
import { queryOne } from '../db/sql';
import { readKeyFile, writeKeyFile, type AuditAnchor } from '../keys/key-file';

/*
 * The end of the audit log, kept outside the table. The hash chain shows a changed or
 * removed row in the middle, but a table whose newest rows were cut off is still a valid
 * chain. So keys.json carries the newest committed (seq, hash) with an HMAC under a key
 * derived from the database key: a table that ends before the anchor lost its newest rows.
 *
 * Commit discipline: the anchor is written only AFTER the rows it names are committed
 * (never inside a transaction that could still roll back), and always from the committed
 * table head. So a crash can only leave the anchor behind the table, never ahead of it,
 * and verify accepts an anchor at or below the head when the chain runs through it.
 *
 * Limits, said plainly: whoever holds the raw database key (`cli key`) and can write
 * keys.json can recompute the MAC, and an older keys.json (its anchor) can be put back
 * next to a cut table. The anchor stops a cut made with the key through SQL alone.
 */

const ANCHOR_HKDF_INFO = 'fortrolig audit anchor v1';

export type AuditHead = { seq: number; hash: string } | null;

export type AuditAnchorCheck =
  | { ok: true; anchoredSeq: number }
  | { ok: false; problem: 'missing' }
  | { ok: false; problem: 'mac' }
  | { ok: false; problem: 'rows_missing'; anchoredSeq: number; tableSeq: number; missingRows: number }
  | { ok: false; problem: 'diverged'; anchoredSeq: number };

export function auditHead(db: Database): AuditHead {
  return queryOne<{ seq: number; hash: string }>(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1') ?? null;
}

export function sealAuditAnchor(databaseKey: Uint8Array, vaultId: string, head: { seq: number; hash: string }): AuditAnchor {
  return { seq: head.seq, hash: head.hash, mac: anchorMac(databaseKey, vaultId, head.seq, head.hash) };
}

/**
 * Compares keys.json's anchor with the table. Call after the chain itself verified: then a
 * row at the anchored seq with the anchored hash proves every later row continues it.
 */
export function checkAuditAnchor(
  db: Database,
  databaseKey: Uint8Array,
  vaultId: string,
  anchor: AuditAnchor | undefined,
): AuditAnchorCheck {
  if (!anchor) return { ok: false, problem: 'missing' };
  const expected = Buffer.from(anchorMac(databaseKey, vaultId, anchor.seq, anchor.hash), 'base64');
  const actual = Buffer.from(anchor.mac, 'base64');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, problem: 'mac' };
  const head = auditHead(db);
  const tableSeq = head?.seq ?? 0;
  if (tableSeq < anchor.seq) {
    return { ok: false, problem: 'rows_missing', anchoredSeq: anchor.seq, tableSeq, missingRows: anchor.seq - tableSeq };
  }
  const row = queryOne<{ hash: string }>(db, 'SELECT hash FROM audit_log WHERE seq = ?', anchor.seq);
  if (row?.hash !== anchor.hash) return { ok: false, problem: 'diverged', anchoredSeq: anchor.seq };
  return { ok: true, anchoredSeq: anchor.seq };
}

function anchorMac(databaseKey: Uint8Array, vaultId: string, seq: number, hash: string): string {
  const macKey = Buffer.from(hkdfSync('sha256', databaseKey, Buffer.from(vaultId, 'utf8'), ANCHOR_HKDF_INFO, 32));
  try {
    return createHmac('sha256', macKey).update(JSON.stringify(['fortrolig-audit-anchor', 1, vaultId, seq, hash])).digest('base64');
  } finally {
    macKey.fill(0);
  }
}

interface AnchorSink {
  keysPath: string;
  key: Buffer;
  vaultId: string;
  scheduled: NodeJS.Immediate | undefined;
  writtenSeq: number;
  /** The table did not reach or continue the anchor when the vault was opened: keep the evidence. */
  frozen: boolean;
  /** The end of the log as found when the vault was opened. */
  atOpen: AuditAnchorCheck;
}

/** The open vaults whose appends move the anchor; plain databases (tests, copies) have none. */
const sinks = new WeakMap<Database, AnchorSink>();

/**
 * From now on every append to `db` moves keys.json's anchor once the append is committed.
 * The key is copied (and wiped by detachAuditAnchor). If the table already fails the
 * anchor (rows cut off, or rewritten), the anchor is left where it is: moving it to the
 * new head would erase the only trace of the cut, and `verify` must keep reporting it.
 * A file without an anchor (written before it existed) starts being anchored.
 */
export function attachAuditAnchor(db: Database, options: { keysPath: string; key: Uint8Array; vaultId: string }): void {
  const check = checkAuditAnchor(db, options.key, options.vaultId, readKeyFile(options.keysPath).auditAnchor);
  sinks.set(db, {
    keysPath: options.keysPath,
    key: Buffer.from(options.key),
    vaultId: options.vaultId,
    scheduled: undefined,
    writtenSeq: -1,
    frozen: !check.ok && check.problem !== 'missing',
    atOpen: check,
  });
}

/**
 * The end of the log as found when this open vault was unlocked (null for a database
 * opened without the app's vault, e.g. in tests). Rows cut off before then stay reported
 * for the whole session, since the anchor is not moved over a cut.
 */
export function auditEndAtOpen(db: Database): AuditAnchorCheck | null {
  return sinks.get(db)?.atOpen ?? null;
}

/**
 * Called by appendAudit. The write waits for the current synchronous run to finish, so the
 * append's transaction (and any outer one it sits in) has committed or rolled back, and
 * many appends in one run cost one keys.json write.
 */
export function scheduleAuditAnchor(db: Database): void {
  const sink = sinks.get(db);
  if (!sink || sink.frozen || sink.scheduled) return;
  sink.scheduled = setImmediate(() => {
    sink.scheduled = undefined;
    if (!db.open) return;
    if (db.inTransaction) return scheduleAuditAnchor(db);
    try {
      writeAnchor(db, sink);
    } catch {
      // A failed write leaves the anchor behind the table, which verify accepts; the next
      // append tries again. Throwing here would take down the process for a bookkeeping step.
    }
  });
}

/** Writes the anchor now (e.g. just before closing). Throws if keys.json cannot be written. */
export function flushAuditAnchor(db: Database): void {
  const sink = sinks.get(db);
  if (!sink || sink.frozen) return;
  if (sink.scheduled) clearImmediate(sink.scheduled);
  sink.scheduled = undefined;
  if (db.open && !db.inTransaction) writeAnchor(db, sink);
}

/** Stops moving the anchor for `db` and wipes the copied key. Does not write. */
export function detachAuditAnchor(db: Database): void {
  const sink = sinks.get(db);
  if (!sink) return;
  if (sink.scheduled) clearImmediate(sink.scheduled);
  sink.key.fill(0);
  sinks.delete(db);
}

function writeAnchor(db: Database, sink: AnchorSink): void {
  const head = auditHead(db);
  if (!head || head.seq === sink.writtenSeq) return;
  const keyFile = readKeyFile(sink.keysPath);
  writeKeyFile(sink.keysPath, { ...keyFile, auditAnchor: sealAuditAnchor(sink.key, sink.vaultId, head) });
  sink.writtenSeq = head.seq;
}
