import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { createAppSettingsStore } from '../vault/app-settings/app-settings-store';
import { EngineClient } from '../vault/worker/engine-client';
import { appMenuTemplate } from './app-menu';
import { registerAppSchemeAsPrivileged, serveRenderer } from './app-protocol';
import { hardenApp } from './harden-app';
import { hardenSession } from './harden-session';
import { registerContract, sendEvent } from './ipc';
import { createNativeDialogs } from './native-dialogs';
import { createWindowPrinting } from './window-printing';
import { watchPowerEvents } from './power-events';
import { APP_ENTRY_URL } from './security/app-origin';
import { createWindowOptions, SESSION_PARTITION } from './security/window-options';
import { devUserDataDir } from './user-data';
import { WindowInputClock } from './idle-time';
import { loadAppPage, loadFailureMessage } from './window-load';

// The dev server is trusted only in an unpackaged run started by electron-vite.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const policy = devServerUrl ? { allowDevServer: devServerUrl } : {};
const outDir = path.join(import.meta.dirname, '..');

// Before anything reads userData (settings, default vault folder, the single-instance lock).
const devUserData = devUserDataDir({ isPackaged: app.isPackaged, appData: app.getPath('appData'), appName: app.getName() });
if (devUserData) app.setPath('userData', devUserData);

registerAppSchemeAsPrivileged();
hardenApp(policy);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same vault; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, locale: app.getLocale() })),
  );
  const appSession = session.fromPartition(SESSION_PARTITION);
  hardenSession(appSession, policy);
  serveRenderer(appSession, path.join(outDir, 'renderer'));

  const settingsFile = path.join(app.getPath('userData'), 'settings.json');
  // The engine (vault, router, auto-lock, settings) runs in a worker thread so that a long
  // unlock, backup or report never freezes this window; see electron/vault/worker/.
  const engine = new EngineClient({
    workerFile: path.join(import.meta.dirname, 'engine-worker.js'),
    data: {
      appInfo: { name: app.getName(), version: app.getVersion(), locale: app.getLocale(), platform: process.platform },
      settingsFile,
      // Not Documents: on many Windows machines that folder is synced to a cloud service.
      defaultVaultDir: path.join(app.getPath('userData'), 'vault'),
    },
    platform: { dialogs: createNativeDialogs(() => mainWindow), printing: createWindowPrinting(() => mainWindow) },
    onEvent: (event) => mainWindow && sendEvent(mainWindow.webContents, event),
    // A change to content protection applies to the open window at once, not at the next start.
    onSettings: (next) => mainWindow?.setContentProtection(next.contentProtection),
  });
  registerContract(engine, policy);
  const windowInput = new WindowInputClock();
  watchPowerEvents(engine, windowInput);

  mainWindow = new BrowserWindow(
    createWindowOptions({ preloadPath: path.join(outDir, 'preload', 'index.cjs'), isPackaged: app.isPackaged, title: 'Fortrolig' }),
  );
  // Read once for the first window; later changes arrive from the engine (onSettings).
  mainWindow.setContentProtection(createAppSettingsStore(settingsFile).get().contentProtection);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // Typing, clicking, scrolling or moving the pointer in the window counts as use (see idle-time.ts).
  mainWindow.webContents.on('input-event', () => windowInput.touch());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  const window = mainWindow;
  void loadAppPage(devServerUrl ?? APP_ENTRY_URL, devServerUrl !== undefined, {
    load: (url) => window.loadURL(url),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    fail(code) {
      process.stderr.write(`fortrolig: the app page could not be loaded (${code})\n`);
      const { title, message } = loadFailureMessage(app.getLocale(), code);
      dialog.showErrorBox(title, message);
      app.quit();
    },
  });
}
