import path from 'node:path';
import { app, BrowserWindow, Menu, session } from 'electron';
import { createAppSettingsStore, type AppSettingsStore } from '../vault/app-settings/app-settings-store';
import { createAppRouter } from '../vault/api/app-router';
import { AutoLock } from '../vault/api/auto-lock';
import { VaultSession } from '../vault/api/vault-session';
import { registerAppSchemeAsPrivileged, serveRenderer } from './app-protocol';
import { hardenApp } from './harden-app';
import { hardenSession } from './harden-session';
import { registerContract, sendEvent } from './ipc';
import { createNativeDialogs } from './native-dialogs';
import { createWindowPrinting } from './window-printing';
import { watchPowerEvents } from './power-events';
import { APP_ENTRY_URL } from './security/app-origin';
import { createWindowOptions, SESSION_PARTITION } from './security/window-options';

// The dev server is trusted only in an unpackaged run started by electron-vite.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const policy = devServerUrl ? { allowDevServer: devServerUrl } : {};
const outDir = path.join(import.meta.dirname, '..');

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
  Menu.setApplicationMenu(null);
  const appSession = session.fromPartition(SESSION_PARTITION);
  hardenSession(appSession, policy);
  serveRenderer(appSession, path.join(outDir, 'renderer'));

  const store = createAppSettingsStore(path.join(app.getPath('userData'), 'settings.json'));
  // A change to content protection applies to the open window at once, not at the next start.
  const settings: AppSettingsStore = {
    get: store.get,
    update(patch) {
      const next = store.update(patch);
      mainWindow?.setContentProtection(next.contentProtection);
      return next;
    },
  };
  const vault = new VaultSession({ emit: (event) => mainWindow && sendEvent(mainWindow.webContents, event) });
  const router = createAppRouter({
    appInfo: { name: app.getName(), version: app.getVersion(), locale: app.getLocale(), platform: process.platform },
    settings,
    vault,
    dialogs: createNativeDialogs(() => mainWindow),
    printing: createWindowPrinting(() => mainWindow),
    // Not Documents: on many Windows machines that folder is synced to a cloud service.
    paths: { defaultVaultDir: path.join(app.getPath('userData'), 'vault') },
  });
  registerContract(router, policy);
  watchPowerEvents(new AutoLock(vault, () => settings.get().autoLockMinutes), vault);

  mainWindow = new BrowserWindow(
    createWindowOptions({ preloadPath: path.join(outDir, 'preload', 'index.cjs'), isPackaged: app.isPackaged, title: 'Fortrolig' }),
  );
  mainWindow.setContentProtection(settings.get().contentProtection);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL);
}
