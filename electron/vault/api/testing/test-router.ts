import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { BridgeEvent } from '../../../../shared/contract';
import type { AppErrorData } from '../../../../shared/errors';
import type { Result } from '../../../../shared/result';
import { createAppSettingsStore } from '../../app-settings/app-settings-store';
import { useTempDir } from '../../test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../../test-support/test-vault';
import { createAppRouter } from '../app-router';
import type { Dialogs, Printing } from '../platform';
import type { Router } from '../router';
import { VaultSession } from '../vault-session';

export interface TestPlatform {
  /** Dialogs left out answer as if cancelled. */
  dialogs?: Partial<Dialogs>;
  /** Defaults to a printer that is always cancelled and an empty PDF. */
  printing?: Printing;
}

const cancelled = async () => null;

/**
 * The real app router over a fresh unlocked test vault for every test, called as the
 * renderer calls it. Call at the top of a test file; the vault is locked after each test.
 */
export function useTestRouter(platform: TestPlatform = {}): {
  tempDir: () => string;
  session: () => VaultSession;
  /** Events the session sent to the renderer during this test. */
  events: () => BridgeEvent[];
  call: (method: string, input?: unknown) => Promise<Result<unknown>>;
  /** The method's value; throws if it answered with an error. */
  value: <T>(method: string, input?: unknown) => Promise<T>;
  /** The method's error; throws if it succeeded. */
  failure: (method: string, input?: unknown) => Promise<AppErrorData>;
} {
  const tempDir = useTempDir();
  let session: VaultSession | undefined;
  let router: Router | undefined;
  let events: BridgeEvent[] = [];

  beforeEach(async () => {
    const dir = path.join(tempDir(), 'boks');
    (await createTestVault(dir)).vault.close();
    events = [];
    session = new VaultSession({ emit: (event) => events.push(event) });
    await session.unlock({ dir, passphrase: TEST_PASSPHRASE });
    router = createAppRouter({
      appInfo: { name: 'Fortrolig', version: '0.0.0', locale: 'da-DK', platform: 'linux' },
      settings: createAppSettingsStore(path.join(tempDir(), 'settings.json')),
      vault: session,
      dialogs: { chooseFolder: cancelled, chooseSaveFile: cancelled, chooseOpenFile: cancelled, ...platform.dialogs },
      printing: platform.printing ?? { print: async () => false, toPdf: async () => new Uint8Array() },
      paths: { defaultVaultDir: dir },
    });
  });
  afterEach(() => {
    session?.lock('quit');
    session = undefined;
    router = undefined;
  });

  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestRouter: only available inside a test');
    return value;
  };
  const call = (method: string, input?: unknown) => need(router).call(method, input);
  return {
    tempDir,
    session: () => need(session),
    events: () => events,
    call,
    value: async <T>(method: string, input?: unknown): Promise<T> => {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    failure: async (method: string, input?: unknown): Promise<AppErrorData> => {
      const result = await call(method, input);
      if (result.ok) throw new Error(`${method} should have failed`);
      return result.error;
    },
  };
}
