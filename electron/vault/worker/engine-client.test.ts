import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../shared/contract';
import type { AppSettings } from '../../../shared/contract/settings';
import { useTempDir } from '../test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../test-support/test-vault';
import { EngineClient } from './engine-client';

/*
 * The engine in a real worker thread, over real vault files, called as main's IPC loop calls
 * it. Only the worker boundary is under test here; the handlers have their own tests.
 */

const tempDir = useTempDir();
let client: EngineClient | undefined;

afterEach(async () => {
  await client?.stop();
  client = undefined;
});

/** Dialog answers in order; 'hang' is a dialog the person never answers. */
function startEngine(answers: (string | null | 'hang')[] = []) {
  const events: BridgeEvent[] = [];
  const settings: AppSettings[] = [];
  const dialogsAsked: string[] = [];
  const answer = (kind: string) => (): Promise<string | null> => {
    dialogsAsked.push(kind);
    const next = answers.shift() ?? null;
    return next === 'hang' ? new Promise(() => undefined) : Promise.resolve(next);
  };
  client = new EngineClient({
    workerFile: new URL('./engine-worker.ts', import.meta.url),
    execArgv: ['--import', 'tsx'],
    data: {
      appInfo: { name: 'Fortrolig', version: 'test', locale: 'da-DK', platform: 'linux' },
      settingsFile: path.join(tempDir(), 'settings.json'),
      defaultVaultDir: path.join(tempDir(), 'boks'),
    },
    platform: {
      dialogs: { chooseFolder: answer('folder'), chooseSaveFile: answer('save'), chooseOpenFile: answer('open') },
      printing: { print: async () => true, toPdf: async () => new Uint8Array([37, 80, 68, 70]) },
    },
    onEvent: (event) => events.push(event),
    onSettings: (next) => settings.push(next),
  });
  return { engine: client, events, settings, dialogsAsked };
}

async function vaultOnDisk(): Promise<string> {
  const dir = path.join(tempDir(), 'boks');
  (await createTestVault(dir)).vault.close();
  return dir;
}

describe('the engine worker', () => {
  it('unlocks a real vault and answers contract calls with the same Results as in-process', async () => {
    const dir = await vaultOnDisk();
    const { engine, settings } = startEngine();
    expect(await engine.call('vault.unlock', { dir, passphrase: TEST_PASSPHRASE })).toEqual({ ok: true, value: { dir } });
    // The worker owns the settings file and tells main what changed.
    expect(settings.at(-1)?.lastVaultDir).toBe(dir);
    const created = await engine.call('cases.create', { receivedDate: '2026-03-02', channel: 'phone' });
    expect(created).toMatchObject({ ok: true, value: { reference: '2026-001' } });
    expect(await engine.call('cases.list', undefined)).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('validates in the worker: wrong types are INVALID_INPUT, unknown methods UNKNOWN_METHOD', async () => {
    const { engine } = startEngine();
    expect(await engine.call('vault.unlock', { dir: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await engine.call('constructor', undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await engine.call('cases.list', { f: () => 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await engine.call('cases.list', undefined)).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it("borrows main's dialogs: a backup goes where the person chose", async () => {
    const dir = await vaultOnDisk();
    const target = path.join(tempDir(), 'kopi.fortrolig-backup');
    const { engine, dialogsAsked } = startEngine([target]);
    await engine.call('vault.unlock', { dir, passphrase: TEST_PASSPHRASE });
    const backup = await engine.call('vault.backup', undefined);
    expect(backup).toMatchObject({ ok: true, value: { file: target } });
    expect(dialogsAsked).toEqual(['save']);
    expect(fs.statSync(target).size).toBeGreaterThan(0);
  });

  it('locks on idle, screen lock and quit as the power events say, and tells the renderer', async () => {
    const dir = await vaultOnDisk();
    const { engine, events } = startEngine();
    await engine.call('vault.unlock', { dir, passphrase: TEST_PASSPHRASE });
    await engine.control({ op: 'idle', seconds: 30 });
    expect(events).toEqual([]);
    await engine.control({ op: 'idle', seconds: 5 * 60 });
    expect(events).toEqual([{ name: 'vault.locked', reason: 'idle' }]);
    await engine.call('vault.unlock', { dir, passphrase: TEST_PASSPHRASE });
    await engine.control({ op: 'screen-lock' });
    expect(events.at(-1)).toEqual({ name: 'vault.locked', reason: 'screen-lock' });
    await engine.call('vault.unlock', { dir, passphrase: TEST_PASSPHRASE });
    await engine.stop();
    // Quitting closed the database: the vault's lock file is gone and another process may open it.
    expect(fs.existsSync(path.join(dir, 'vault.lock'))).toBe(false);
  });

  it('survives a dead worker: waiting calls fail as INTERNAL, the renderer hears the vault locked, the next call starts afresh', async () => {
    const dir = await vaultOnDisk();
    const { engine, events, dialogsAsked } = startEngine(['hang']);
    await engine.call('vault.unlock', { dir, passphrase: TEST_PASSPHRASE });
    const waiting = engine.call('vault.backup', undefined);
    await expect.poll(() => dialogsAsked).toEqual(['save']);
    await engine.kill();
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(events).toEqual([{ name: 'vault.locked', reason: 'engine-stopped' }]);
    // The dead engine's vault.lock named this (living) process; it must not block the vault.
    expect(fs.existsSync(path.join(dir, 'vault.lock'))).toBe(false);
    expect(await engine.call('vault.status', undefined)).toMatchObject({ ok: true, value: { state: 'locked', dir } });
    expect(await engine.call('vault.unlock', { dir, passphrase: TEST_PASSPHRASE })).toEqual({ ok: true, value: { dir } });
  });
});
