import { defaultAppSettings } from '../../../shared/contract/settings';
import { createAppSettingsStore, type AppSettingsStore } from '../app-settings/app-settings-store';
import { createAppRouter } from '../api/app-router';
import { AutoLock } from '../api/auto-lock';
import { VaultSession } from '../api/vault-session';
import type { EngineControl, EngineWorkerData, FromWorker, ToWorker } from './engine-messages';
import { PlatformProxy } from './platform-proxy';

export interface HostPort {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (message: ToWorker) => void): void;
}

/**
 * The engine's side of the worker: the one app router, the vault session, the auto-lock and
 * the app settings all live here, off Electron's UI thread. Main forwards renderer calls
 * and power events and serves the native dialogs the handlers ask for.
 */
export function hostEngine(port: HostPort, data: EngineWorkerData): void {
  const post = (message: FromWorker) => port.postMessage(message);
  const platform = new PlatformProxy(post);
  const store = createAppSettingsStore(data.settingsFile, defaultAppSettings(data.appInfo.platform));
  // Main applies some settings to the window (content protection), so it hears each change.
  const settings: AppSettingsStore = {
    get: store.get,
    update(patch) {
      const next = store.update(patch);
      post({ type: 'settings', settings: next });
      return next;
    },
  };
  const vault = new VaultSession({ emit: (event) => post({ type: 'event', event }) });
  const autoLock = new AutoLock(vault, () => settings.get().autoLockMinutes);
  const router = createAppRouter({
    appInfo: data.appInfo,
    settings,
    vault,
    dialogs: platform.dialogs,
    printing: platform.printing,
    paths: { defaultVaultDir: data.defaultVaultDir },
  });

  let reportedDir: string | null = null;
  const reportOpenVault = () => {
    if (vault.dir === reportedDir) return;
    reportedDir = vault.dir;
    post({ type: 'open-vault', dir: reportedDir });
  };

  port.on('message', (message) => {
    switch (message.type) {
      case 'call':
        void router.call(message.method, message.input).then((result) => {
          reportOpenVault();
          post({ type: 'result', id: message.id, result });
        });
        return;
      case 'control':
        applyControl(message.control, autoLock, vault);
        reportOpenVault();
        post({ type: 'control-done', id: message.id });
        return;
      case 'platform-reply':
        platform.settle(message.id, message.ok ? { ok: true, value: message.value } : { ok: false, message: message.message });
        return;
    }
  });
  post({ type: 'ready' });
}

function applyControl(control: EngineControl, autoLock: AutoLock, vault: VaultSession): void {
  switch (control.op) {
    case 'idle':
      return autoLock.checkIdle(control.seconds);
    case 'screen-lock':
      return autoLock.onScreenLocked();
    case 'suspend':
      return autoLock.onSuspend();
    case 'lock':
      return vault.lock(control.reason);
  }
}
