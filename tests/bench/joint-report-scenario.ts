import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendAudit } from '../../electron/vault/audit/audit-log';
import { addContact, confirmContact } from '../../electron/vault/colleagues/contacts';
import { ensureIdentity } from '../../electron/vault/colleagues/identity';
import { loadContribution, previewJoint, writeContribution } from '../../electron/vault/colleagues/joint-report/joint-report-service';
import type { Database } from '../../electron/vault/db/database';
import { generateDemoRecords } from '../../electron/vault/demo/generate';
import { SCRYPT_FLOOR } from '../../electron/vault/keys/scrypt';
import { previewReport } from '../../electron/vault/report/report-service';
import { createVault, type OpenVault } from '../../electron/vault/vault';
import { BENCH_PASSPHRASE } from './bench-vaults';
import type { ScaleReport } from './format';
import { peakRssMiB, timeRuns, timingOf } from './measure';

/*
 * The joint learning document at realistic size: two vaults of `cases` cases each (the
 * two contact persons), the colleague's contribution written and loaded, then the joint
 * preview (combine, suppress with the sum audit, guard). Its baseline, measured in the
 * same run, is the single-vault preview of the combining vault over the same period: the
 * ratio says what combining two vaults costs on top of the report that exists today.
 */

const TODAY = '2026-11-21';

async function demoVault(root: string, name: string, cases: number, seed: number): Promise<OpenVault> {
  // The KDF is not what is measured here, so the vaults use its floor.
  const { vault } = await createVault({ dir: path.join(root, name), passphrase: BENCH_PASSPHRASE, kdf: SCRYPT_FLOOR });
  generateDemoRecords(vault.db, { cases, seed, today: TODAY });
  return vault;
}

async function pair(a: Database, b: Database): Promise<{ aInB: number }> {
  const [idA, idB] = [await ensureIdentity(a), await ensureIdentity(b)];
  confirmContact(a, addContact(a, { name: 'Kollega B', recipient: idB.recipient, replaceKey: false }, idA.recipient).id, idB.fingerprint);
  const aInB = addContact(b, { name: 'Kollega A', recipient: idA.recipient, replaceKey: false }, idB.recipient);
  confirmContact(b, aInB.id, idA.fingerprint);
  return { aInB: aInB.id };
}

export async function jointReportScenario(cases: number, seed: number, runs: number): Promise<ScaleReport> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-bench-joint-'));
  const started = performance.now();
  const a = await demoVault(root, 'a', cases, seed);
  const b = await demoVault(root, 'b', cases, seed + 1);
  try {
    const { aInB } = await pair(a.db, b.db);
    const span = a.db.prepare('SELECT min(received_date) AS first, max(received_date) AS last FROM cases').get() as { first: string; last: string };
    const period = { from: span.first, to: span.last };
    const setupSeconds = (performance.now() - started) / 1000;

    let bytes: Uint8Array = new Uint8Array();
    const write = await timeRuns(1, async () => {
      bytes = (await writeContribution(b.db, { period, contactId: aInB, learningPointIds: [] })).bytes;
    });
    const load = await timeRuns(1, () => loadContribution(a.db, bytes, period));
    // Both previews keep the guard's dictionary while the vault is unchanged; any audit row
    // (every change writes one) makes the next preview build it again: the cold case.
    // Cold runs alternate, so neither side always finds the page cache warmed by the other.
    const coldSamples = { single: [] as number[], joint: [] as number[] };
    for (let run = 0; run < runs; run += 1) {
      for (const [side, preview] of [['single', () => previewReport(a.db, period)], ['joint', () => previewJoint(a.db, period)]] as const) {
        appendAudit(a.db, { action: 'bench.cold_preview' });
        const start = performance.now();
        preview();
        coldSamples[side].push(performance.now() - start);
      }
    }
    const singleCold = timingOf(coldSamples.single);
    const jointCold = timingOf(coldSamples.joint);
    const singleWarm = await timeRuns(runs, () => previewReport(a.db, period));
    const jointWarm = await timeRuns(runs, () => previewJoint(a.db, period));
    const note = `2 × ${cases.toLocaleString('da-DK')} cases`;
    const baseline = 'baseline ("plain") = single-vault preview of one vault, same run';
    return {
      cases: cases * 2,
      notes: 0,
      setupSeconds,
      results: [
        { name: 'joint report: write the contribution (count + seal)', encrypted: write, plaintext: null, note: `${(bytes.byteLength / 1024).toFixed(1)} KiB` },
        { name: 'joint report: load the contribution (open + check)', encrypted: load, plaintext: null, note },
        { name: 'joint report: preview, cold (builds the guard)', encrypted: jointCold, plaintext: singleCold, note: `${note}; ${baseline}` },
        { name: 'joint report: preview, editing (guard kept)', encrypted: jointWarm, plaintext: singleWarm, note: `${note}; ${baseline}` },
      ].map((result) => ({ ...result, peakRssMiB: peakRssMiB() })),
    };
  } finally {
    a.close();
    b.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
