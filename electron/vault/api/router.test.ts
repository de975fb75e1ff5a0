import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { METHOD_NAMES } from '../../../shared/contract';
import { defineContract, method } from '../../../shared/contract/define';
import { AppError } from '../../../shared/errors';
import { createAppSettingsStore } from '../app-settings/app-settings-store';
import { createAppRouter } from './app-router';
import { VaultSession } from './vault-session';
import { combineHandlers } from './handler-registry';
import { createRouter } from './router';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-router-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function appRouter() {
  const file = path.join(tempDir(), 'settings.json');
  const router = createAppRouter({
    appInfo: { name: 'Fortrolig', version: '1.2.3', locale: 'da-DK', platform: 'linux' },
    settings: createAppSettingsStore(file),
    vault: new VaultSession({ emit: () => undefined }),
    dialogs: {
      chooseFolder: async () => null,
      chooseSaveFile: async () => null,
      chooseOpenFile: async () => null,
    },
    printing: { print: async () => false, toPdf: async () => new Uint8Array() },
    paths: { defaultVaultDir: path.join(path.dirname(file), 'vault') },
  });
  return { router, file };
}

describe('the app router over the real contract', () => {
  it('answers a valid call with ok and the value', async () => {
    const { router } = appRouter();
    expect(await router.call('app.info', undefined)).toEqual({
      ok: true,
      value: { name: 'Fortrolig', version: '1.2.3', locale: 'da-DK', platform: 'linux' },
    });
  });

  it('persists a valid settings change to disk', async () => {
    const { router, file } = appRouter();
    const result = await router.call('settings.set', { language: 'en' });
    expect(result).toMatchObject({ ok: true, value: { language: 'en', autoLockMinutes: 5 } });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ language: 'en' });
  });

  it('rejects invalid input with INVALID_INPUT naming every failing path, and changes nothing', async () => {
    const { router, file } = appRouter();
    const result = await router.call('settings.set', { language: 'de', autoLockMinutes: 'five' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    const paths = (result.error.details?.issues as { path: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['autoLockMinutes', 'language']);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('rejects unknown keys (strict input) and wrong top-level types', async () => {
    const { router } = appRouter();
    const extra = await router.call('settings.set', { language: 'da', sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const wrongType = await router.call('settings.set', 'da');
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: '(input)' }] } } });
    const argToNoArg = await router.call('app.info', { x: 1 });
    expect(argToNoArg).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers an unknown method with UNKNOWN_METHOD, including prototype names', async () => {
    const { router } = appRouter();
    expect(await router.call('vault.deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await router.call('constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await router.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});

describe('error mapping', () => {
  const testContract = defineContract({
    'test.appError': method(z.undefined()).returns<never>(),
    'test.crash': method(z.undefined()).returns<never>(),
    'test.diskFull': method(z.undefined()).returns<never>(),
  });

  function routerWith(log: unknown[]) {
    return createRouter({
      contract: testContract,
      ctx: {},
      logInternal: (name, error) => log.push([name, error]),
      handlers: {
        'test.appError': () => {
          throw new AppError('CONSENT_REQUIRED', 'No consent recorded', { action: 'police_report' });
        },
        'test.crash': () => {
          throw new TypeError('secret name Hanne in a message');
        },
        'test.diskFull': () => {
          throw Object.assign(new Error('write failed'), { code: 'ENOSPC' });
        },
      },
    });
  }

  it('passes an AppError through as data with its code and details', async () => {
    const result = await routerWith([]).call('test.appError', undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONSENT_REQUIRED', message: 'No consent recorded', details: { action: 'police_report' } },
    });
  });

  it('maps an unexpected throw to INTERNAL without leaking its message', async () => {
    const log: unknown[] = [];
    const result = await routerWith(log).call('test.crash', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected internal error' } });
    expect(JSON.stringify(result)).not.toContain('Hanne');
    expect(log).toHaveLength(1);
  });

  it('maps a full disk to DISK_FULL', async () => {
    expect(await routerWith([]).call('test.diskFull', undefined)).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
  });
});

describe('registries refuse duplicates and gaps', () => {
  it('defineContract refuses a method defined twice', () => {
    const a = { 'x.one': method(z.undefined()).returns<number>() };
    expect(() => defineContract(a, a)).toThrow(/defined twice: x.one/);
  });

  it('combineHandlers refuses a duplicate, an unknown method and a missing handler', () => {
    const all = Object.fromEntries(METHOD_NAMES.map((name) => [name, () => undefined]));
    expect(() => combineHandlers(all)).not.toThrow();
    expect(() => combineHandlers(all, { 'app.info': () => undefined })).toThrow(/twice: app.info/);
    expect(() => combineHandlers(all, { 'app.nope': () => undefined } as never)).toThrow(/unknown method: app.nope/);
    const { 'app.info': _dropped, ...rest } = all;
    expect(() => combineHandlers(rest)).toThrow(/without a handler: app.info/);
  });
});
