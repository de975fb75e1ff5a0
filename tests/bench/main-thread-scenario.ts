import fs from 'node:fs';
import path from 'node:path';
import { createAppRouter } from '../../electron/vault/api/app-router';
import type { Router } from '../../electron/vault/api/router';
import { VaultSession } from '../../electron/vault/api/vault-session';
import { createAppSettingsStore } from '../../electron/vault/app-settings/app-settings-store';
import { EngineClient } from '../../electron/vault/worker/engine-client';
import { vaultFiles } from '../../electron/vault/vault-files';
import { BENCH_PASSPHRASE, type VaultPair } from './bench-vaults';

/*
 * How long Electron's UI thread would freeze: the same contract calls, once through the
 * router in this thread (as main ran the engine before) and once through the engine worker
 * (as main runs it now). The longest event-loop stall of this thread is what a person would
 * see as a frozen window. Target: ≤ 50 ms with the worker.
 */

export interface MainThreadRow {
  operation: string;
  /** Longest stall of the calling thread, ms, over all runs. */
  inProcessMs: number;
  workerMs: number;
  /** How long the operation itself took with the worker (median), ms. */
  operationMs: number;
}

const OPERATIONS = ['unlock', 'backup', 'report'] as const;

export async function mainThreadScenario(pair: VaultPair, runs: number): Promise<MainThreadRow[]> {
  const dir = path.join(pair.root, 'vault-ui');
  const backupFile = path.join(pair.root, 'ui.fortrolig-backup');
  // A copy of the bench vault: the bench itself keeps the original open (and locked).
  pair.encrypted.db.pragma('wal_checkpoint(TRUNCATE)');
  fs.mkdirSync(dir, { recursive: true });
  const source = vaultFiles(pair.vaultDir);
  fs.copyFileSync(source.database, vaultFiles(dir).database);
  fs.copyFileSync(source.keys, vaultFiles(dir).keys);
  const span = pair.plain.prepare('SELECT min(received_date) AS first, max(received_date) AS last FROM cases').get() as { first: string; last: string };

  const platform = {
    dialogs: { chooseFolder: async () => dir, chooseSaveFile: async () => backupFile, chooseOpenFile: async () => null },
    printing: { print: async () => false, toPdf: async () => new Uint8Array() },
  };
  const settingsFile = path.join(pair.root, 'ui-settings.json');
  const appInfo = { name: 'Fortrolig', version: 'bench', locale: 'da-DK', platform: process.platform };

  const session = new VaultSession({ emit: () => undefined });
  const inProcess = createAppRouter({ appInfo, settings: createAppSettingsStore(settingsFile), vault: session, ...platform, paths: { defaultVaultDir: dir } });
  const worker = new EngineClient({
    workerFile: new URL('../../electron/vault/worker/engine-worker.ts', import.meta.url),
    execArgv: ['--import', 'tsx'],
    data: { appInfo, settingsFile, defaultVaultDir: dir },
    platform,
    onEvent: () => undefined,
  });

  let toggle = false;
  const calls: Record<(typeof OPERATIONS)[number], (router: Router) => Promise<unknown>> = {
    unlock: async (router) => {
      await expectOk(router.call('vault.lock', undefined));
      await expectOk(router.call('vault.unlock', { dir, passphrase: BENCH_PASSPHRASE }));
    },
    backup: (router) => expectOk(router.call('vault.backup', undefined)),
    // A new period each time, so the preview is built cold rather than served from its cache.
    report: async (router) => {
      toggle = !toggle;
      await expectOk(router.call('report.draft.update', { period: { from: toggle ? span.first : nextDay(span.first), to: span.last } }));
      await expectOk(router.call('report.preview', undefined));
    },
  };

  const measured = new Map<Router, Map<string, { maxStallMs: number; medianMs: number }>>();
  try {
    // One at a time: both open the same vault copy, and a vault opens in one place only.
    for (const router of [inProcess, worker]) {
      await expectOk(router.call('vault.unlock', { dir, passphrase: BENCH_PASSPHRASE }));
      await expectOk(router.call('report.draft.update', { period: { from: span.first, to: span.last } }));
      const byOperation = new Map<string, { maxStallMs: number; medianMs: number }>();
      for (const operation of OPERATIONS) byOperation.set(operation, await stalls(runs, () => calls[operation](router)));
      await expectOk(router.call('vault.lock', undefined));
      measured.set(router, byOperation);
    }
  } finally {
    session.lock('quit');
    await worker.stop();
    fs.rmSync(backupFile, { force: true });
  }
  return OPERATIONS.map((operation) => {
    const before = measured.get(inProcess)?.get(operation);
    const after = measured.get(worker)?.get(operation);
    return { operation, inProcessMs: before?.maxStallMs ?? Number.NaN, workerMs: after?.maxStallMs ?? Number.NaN, operationMs: after?.medianMs ?? Number.NaN };
  });
}

async function stalls(runs: number, run: () => Promise<unknown>): Promise<{ maxStallMs: number; medianMs: number }> {
  let maxStallMs = 0;
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A 1 ms ticker on this thread: the longest gap between two ticks is the longest freeze.
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
    clearInterval(ticker);
    maxStallMs = Math.max(maxStallMs, longest);
  }
  durations.sort((a, b) => a - b);
  return { maxStallMs, medianMs: durations[Math.floor(durations.length / 2)] ?? Number.NaN };
}

async function expectOk(pending: Promise<{ ok: boolean }>): Promise<void> {
  const result = await pending;
  if (!result.ok) throw new Error(`bench call failed: ${JSON.stringify(result)}`);
}

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function formatMainThread(rows: MainThreadRow[]): string {
  const lines = rows.map(
    (row) =>
      `${row.operation.padEnd(8)}  ${row.inProcessMs.toFixed(0).padStart(8)}  ${row.workerMs.toFixed(0).padStart(8)}  ${(row.inProcessMs / Math.max(row.workerMs, 1)).toFixed(0).padStart(6)}×  ${row.operationMs.toFixed(0).padStart(9)}`,
  );
  return [
    'Longest UI-thread stall (ms; target ≤ 50 with the worker)',
    'call      in-thread    worker   better  call took',
    ...lines,
  ].join('\n');
}
