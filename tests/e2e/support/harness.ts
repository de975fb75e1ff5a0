import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { METHOD_NAMES, type BridgeEvent } from '../../../shared/contract';
import { defaultAppSettings } from '../../../shared/contract/settings';
import { createAppRouter } from '../../../electron/vault/api/app-router';
import { AutoLock } from '../../../electron/vault/api/auto-lock';
import type { Router } from '../../../electron/vault/api/router';
import { VaultSession } from '../../../electron/vault/api/vault-session';
import { EngineClient } from '../../../electron/vault/worker/engine-client';
import { createAppSettingsStore } from '../../../electron/vault/app-settings/app-settings-store';
import { ScriptedDialogs } from './scripted-dialogs';
import { startStaticServer } from './static-server';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../../out/renderer');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// These flags keep Chromium from calling home; the machine's closed network refuses such
// calls anyway, but the test must prove the *app* makes none, so there must be no noise.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface Harness {
  page: Page;
  origin: string;
  dataDir: string;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Answers for the next native dialogs the app opens. */
  dialogs: ScriptedDialogs;
  /** The real auto-lock, fed idle seconds by the test instead of the OS. */
  autoLock: AutoLock;
  /** The in-process engine's session; with `engine: 'worker'` it stays unused (use `engine`). */
  vault: VaultSession;
  /** The engine worker when started with `engine: 'worker'`: power events go through `engine.control`. */
  engine: EngineClient | null;
  close(): Promise<void>;
}

/**
 * The renderer in real Chromium, with `window.fortrolig` injected as the preload would
 * expose it, each method bound to the very same router main uses, running in this process
 * over real files in a temp folder.
 */
export async function startHarness(
  options: { locale?: string; engine?: 'in-process' | 'worker'; /** As main reports it in app.info; this machine's by default. */ platform?: NodeJS.Platform } = {},
): Promise<Harness> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}; run \`npm run build\` first`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-e2e-'));
  const platform = options.platform ?? process.platform;
  const settings = createAppSettingsStore(path.join(dataDir, 'settings.json'), defaultAppSettings(platform));
  let emit: (event: BridgeEvent) => void = () => undefined;
  const vault = new VaultSession({ emit: (event) => emit(event) });
  const dialogs = new ScriptedDialogs();
  const appInfo = { name: 'Fortrolig', version: 'e2e', locale: options.locale ?? 'da-DK', platform };
  const inProcess = createAppRouter({
    appInfo,
    settings,
    vault,
    dialogs,
    // Chromium cannot show a print dialog headless; printing to PDF is the real thing.
    printing: { print: async () => true, toPdf: async () => page.pdf({ format: 'A4', printBackground: true }) },
    paths: { defaultVaultDir: path.join(dataDir, 'vault') },
  });
  // The app's own arrangement: the engine in a worker thread, every result copied across it.
  const engine =
    options.engine === 'worker'
      ? new EngineClient({
          workerFile: new URL('../../../electron/vault/worker/engine-worker.ts', import.meta.url),
          execArgv: ['--import', 'tsx'],
          data: { appInfo, settingsFile: path.join(dataDir, 'settings.json'), defaultVaultDir: path.join(dataDir, 'vault') },
          platform: { dialogs, printing: { print: async () => true, toPdf: async () => page.pdf({ format: 'A4', printBackground: true }) } },
          onEvent: (event) => emit(event),
        })
      : null;
  const router: Router = engine ?? inProcess;
  const server = await startStaticServer(RENDERER_DIR);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context: BrowserContext = await browser.newContext({ locale: options.locale ?? 'da-DK', viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.exposeFunction('__fortroligCall', (method: string, input: unknown) => router.call(method, input));
  await page.addInitScript((names: string[]) => {
    type Listener = (event: unknown) => void;
    const listeners = new Set<Listener>();
    const w = window as unknown as Record<string, unknown> & { __fortroligCall: (m: string, i: unknown) => Promise<unknown> };
    const api = Object.fromEntries(names.map((name) => [name, (input?: unknown) => w.__fortroligCall(name, input)]));
    w.fortrolig = Object.freeze({
      api: Object.freeze(api),
      onEvent(listener: Listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    w.__fortroligEmit = (event: unknown) => listeners.forEach((listener) => listener(event));
  }, METHOD_NAMES as string[]);

  emit = (event) => {
    // The page may already be closing (the harness locks the vault on close); an event then has no one to tell.
    page.evaluate((e) => (window as unknown as { __fortroligEmit: (e: unknown) => void }).__fortroligEmit(e), event).catch(() => undefined);
  };

  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    origin: server.origin,
    dataDir,
    requests,
    dialogs,
    autoLock: new AutoLock(vault, () => settings.get().autoLockMinutes),
    vault,
    engine,
    async close() {
      vault.lock('quit');
      await engine?.stop();
      await browser.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
