import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { execute, queryOne } from '../db/sql';
import { scheduleAuditAnchor } from './audit-anchor';

/*
 * The audit log (aktivitetslog): an append-only table (triggers refuse UPDATE and DELETE)
 * whose rows are chained: hash = SHA-256(prev_hash + "\n" + JSON.stringify([seq, at,
 * action, subject])), hex, with prev_hash of row 1 = 64 zeros. Editing, inserting or
 * removing a row in the middle breaks the chain from that row on. Rows cut off at the end
 * show against the anchor in keys.json (audit-anchor.ts). It does not prove that nobody
 * with the key rewrote the whole table.
 *
 * Rows say *that* something happened, never what a case contains: `action` is a dotted
 * code (`vault.unlock`, `case.view`) and `subject` a short reference such as a case
 * number, never a name or free text.
 */

export interface AuditEntry {
  action: string;
  subject?: string | null;
}

export interface AuditRow {
  seq: number;
  at: string;
  action: string;
  subject: string | null;
  prevHash: string;
  hash: string;
}

export type AuditChainResult = { ok: true; rows: number } | { ok: false; rows: number; firstBrokenSeq: number };

const GENESIS_HASH = '0'.repeat(64);
const ACTION_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
/** Letters, digits and a few separators, no spaces: room for `2026-007`, not for a sentence. */
const SUBJECT_PATTERN = /^[A-Za-z0-9._:=/#-]{1,64}$/;
const MAX_LIST_LIMIT = 1000;

interface StoredRow {
  seq: number;
  at: string;
  action: string;
  subject: string | null;
  prev_hash: string;
  hash: string;
}

export function appendAudit(db: Database, entry: AuditEntry): void {
  const subject = entry.subject ?? null;
  if (!ACTION_PATTERN.test(entry.action)) {
    throw new AppError('INVALID_INPUT', 'An audit action is a dotted lower-case code such as "case.view".');
  }
  if (subject !== null && !SUBJECT_PATTERN.test(subject)) {
    throw new AppError('INVALID_INPUT', 'An audit subject is a short reference without spaces.');
  }
  db.transaction(() => {
    const last = queryOne<Pick<StoredRow, 'seq' | 'hash'>>(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const at = new Date().toISOString();
    const hash = rowHash(prevHash, seq, at, entry.action, subject);
    execute(db, 'INSERT INTO audit_log (seq, at, action, subject, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)', seq, at, entry.action, subject, prevHash, hash);
  }).immediate();
  scheduleAuditAnchor(db);
}

export function verifyAuditChain(db: Database): AuditChainResult {
  const rows = db
    .prepare('SELECT seq, at, action, subject, prev_hash, hash FROM audit_log ORDER BY seq')
    .iterate() as IterableIterator<StoredRow>;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (const row of rows) {
    count++;
    const intact =
      row.seq === expectedSeq &&
      row.prev_hash === prevHash &&
      row.hash === rowHash(row.prev_hash, row.seq, row.at, row.action, row.subject);
    if (!intact) {
      const total = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
      return { ok: false, rows: total, firstBrokenSeq: Math.min(row.seq, expectedSeq) };
    }
    expectedSeq++;
    prevHash = row.hash;
  }
  return { ok: true, rows: count };
}

/** Newest first; pass the smallest `seq` seen as `beforeSeq` to page back. */
export function listAudit(db: Database, options: { limit: number; beforeSeq?: number }): AuditRow[] {
  const limit = Math.trunc(options.limit);
  if (!(limit >= 1 && limit <= MAX_LIST_LIMIT)) {
    throw new AppError('INVALID_INPUT', `The audit list limit must be between 1 and ${MAX_LIST_LIMIT}.`);
  }
  const rows = db
    .prepare(
      `SELECT seq, at, action, subject, prev_hash, hash FROM audit_log
       WHERE seq < ? ORDER BY seq DESC LIMIT ?`,
    )
    .all(options.beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as StoredRow[];
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    action: row.action,
    subject: row.subject,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}

function rowHash(prevHash: string, seq: number, at: string, action: string, subject: string | null): string {
  return createHash('sha256')
    .update(`${prevHash}\n${JSON.stringify([seq, at, action, subject])}`)
    .digest('hex');
}
