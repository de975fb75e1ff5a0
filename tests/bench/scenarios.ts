import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../electron/vault/fs/atomic-write';
import { buildAgreementFile } from '../../electron/vault/agreements/agreement-files';
import type { Database } from '../../electron/vault/db/database';
import { openVaultDatabase } from '../../electron/vault/db/open-database';
import { readKeyFile } from '../../electron/vault/keys/key-file';
import { openPassphraseSlot } from '../../electron/vault/keys/key-slots';
import { listCases } from '../../electron/vault/records/case-list';
import { getCaseDetail } from '../../electron/vault/records/case-detail';
import { createNote } from '../../electron/vault/records/notes';
import { searchRecords } from '../../electron/vault/records/search/search';
import { previewReport } from '../../electron/vault/report/report-service';
import { unlockVault } from '../../electron/vault/vault';
import { vaultFiles } from '../../electron/vault/vault-files';
import { BENCH_PASSPHRASE, openPlaintext, type VaultPair } from './bench-vaults';
import { timePair, timeRuns, type Budget, type Timing } from './measure';
import { SEARCH_QUERIES } from './queries';

export interface ScenarioResult {
  name: string;
  encrypted: Timing | null;
  plaintext: Timing | null;
  note?: string;
}

const TODAY = '2026-11-21';

/** A deterministic walk over case ids so both databases open the same cases. */
function caseIds(count: number): () => number {
  let i = 0;
  return () => {
    i = (i * 7919 + 13) % count;
    return i + 1;
  };
}

export async function unlockScenario(pair: VaultPair, runs: number): Promise<ScenarioResult[]> {
  const files = vaultFiles(pair.vaultDir);
  const keyFile = readKeyFile(files.keys);
  const kdf = await timeRuns(runs, async () => (await openPassphraseSlot(keyFile, BENCH_PASSPHRASE))?.fill(0));
  const key = await openPassphraseSlot(keyFile, BENCH_PASSPHRASE);
  if (!key) throw new Error('The bench passphrase does not open the bench vault');
  pair.encrypted.close();
  // After the KDF: open, key, verify, schema check, quick_check, pragmas — what unlock does next.
  const rest = await timeRuns(runs * 4, () => openVaultDatabase(files.database, key, { mode: 'open' }).close());
  const whole = await timeRuns(runs, async () => (await unlockVault({ dir: pair.vaultDir, passphrase: BENCH_PASSPHRASE })).close());
  pair.encrypted = await unlockVault({ dir: pair.vaultDir, passphrase: BENCH_PASSPHRASE });
  key.fill(0);
  // The plaintext baseline: open, the same pragmas and quick_check.
  const plain = await timeRuns(runs * 4, () => {
    const db = openPlaintext(pair.plainFile);
    db.pragma('quick_check', { simple: true });
    db.close();
  });
  return [
    { name: 'unlock: key derivation (scrypt)', encrypted: kdf, plaintext: null, note: `N=${keyFile.passphrase.kdf.N}, r=${keyFile.passphrase.kdf.r}, p=${keyFile.passphrase.kdf.p}` },
    { name: 'unlock: everything after the KDF', encrypted: rest, plaintext: plain },
    { name: 'unlock: whole (KDF + open + lock file + audit)', encrypted: whole, plaintext: null },
  ];
}

export async function readScenarios(pair: VaultPair, budget: Budget): Promise<ScenarioResult[]> {
  const enc = () => pair.encrypted.db;
  const results: ScenarioResult[] = [];
  const listInput = { status: 'in_dialogue' as const, category: null, year: null, limit: 50, offset: 0 };
  const list = await timePair(
    budget,
    () => listCases(enc(), listInput, TODAY),
    () => listCases(pair.plain, listInput, TODAY),
  );
  results.push({ name: 'case list: first page, filtered', ...list });

  const nextEnc = caseIds(pair.cases);
  const nextPlain = caseIds(pair.cases);
  const open = await timePair(
    budget,
    () => getCaseDetail(enc(), nextEnc(), TODAY),
    () => getCaseDetail(pair.plain, nextPlain(), TODAY),
  );
  results.push({ name: 'open one case with all sections', ...open });

  let qe = 0;
  let qp = 0;
  const search = await timePair(
    { ...budget, iterations: Math.max(budget.iterations, SEARCH_QUERIES.length * 4) },
    () => searchRecords(enc(), { query: SEARCH_QUERIES[qe++ % SEARCH_QUERIES.length] as string, limit: 50 }),
    () => searchRecords(pair.plain, { query: SEARCH_QUERIES[qp++ % SEARCH_QUERIES.length] as string, limit: 50 }),
  );
  results.push({ name: `full-text search (${SEARCH_QUERIES.length} Danish queries)`, ...search });
  return results;
}

export async function writeScenarios(pair: VaultPair, budget: Budget): Promise<ScenarioResult[]> {
  const note = (caseId: number) => ({ caseId, kind: 'conversation' as const, noteDate: TODAY, title: null, body: 'Samtale om opfølgning på aftalen; den berørte har det bedre.' });
  const nextEnc = caseIds(pair.cases);
  const nextPlain = caseIds(pair.cases);
  const insert = await timePair(
    { timeMs: budget.timeMs, iterations: Math.min(budget.iterations, 200) },
    () => createNote(pair.encrypted.db, note(nextEnc())),
    () => createNote(pair.plain, note(nextPlain())),
  );
  return [{ name: 'add a note (one transaction, synchronous=FULL)', ...insert }];
}

/** The newest signed agreement: the fullest document (signature record, version history). */
function signedAgreementId(db: Database): number {
  const row = db.prepare("SELECT id FROM agreements WHERE status = 'signed' ORDER BY id DESC LIMIT 1").get() as { id: number } | undefined;
  if (!row) throw new Error('The demo data has no signed agreement');
  return row.id;
}

export async function agreementExportScenario(pair: VaultPair, runs: number): Promise<ScenarioResult> {
  const out = path.join(pair.root, 'agreement.docx');
  const exportFrom = (db: Database) => {
    const id = signedAgreementId(db);
    return async () => writeFileAtomic(out, (await buildAgreementFile(db, id, 'da')).content);
  };
  const encrypted = await timeRuns(runs, exportFrom(pair.encrypted.db));
  const plaintext = await timeRuns(runs, exportFrom(pair.plain));
  fs.rmSync(out, { force: true });
  return { name: 'agreement DOCX export (read, build, atomic write)', encrypted, plaintext };
}

/** Every case in the vault, aggregated with disclosure control and guarded. */
export async function reportScenario(pair: VaultPair, runs: number): Promise<ScenarioResult> {
  const span = pair.plain.prepare('SELECT min(received_date) AS first, max(received_date) AS last FROM cases').get() as { first: string; last: string };
  const period = { from: span.first, to: span.last };
  const encrypted = await timeRuns(runs, () => previewReport(pair.encrypted.db, period));
  const plaintext = await timeRuns(runs, () => previewReport(pair.plain, period));
  const cases = (pair.plain.prepare("SELECT count(*) AS n FROM cases WHERE received_date BETWEEN ? AND ?").get(period.from, period.to) as { n: number }).n;
  return { name: 'learning report: aggregate + guard', encrypted, plaintext, note: `all ${cases.toLocaleString('da-DK')} cases` };
}

export async function backupScenario(pair: VaultPair, runs: number): Promise<ScenarioResult> {
  const out = path.join(pair.root, 'bench.fortrolig-backup');
  const encrypted = await timeRuns(runs, () => pair.encrypted.backup(out));
  const plainOut = path.join(pair.root, 'plain-copy.db');
  // Baseline: the same checkpoint-and-copy, without encryption or verification.
  const plaintext = await timeRuns(runs, () => {
    pair.plain.pragma('wal_checkpoint(TRUNCATE)');
    fs.copyFileSync(pair.plainFile, plainOut);
  });
  const bytes = fs.statSync(out).size;
  fs.rmSync(out, { force: true });
  fs.rmSync(plainOut, { force: true });
  return { name: 'backup of the whole vault (verified)', encrypted, plaintext, note: `${(bytes / 1024 / 1024).toFixed(1)} MiB` };
}
