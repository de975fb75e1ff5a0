import { app, powerMonitor } from 'electron';
import type { AutoLock } from '../vault/api/auto-lock';
import type { VaultSession } from '../vault/api/vault-session';

const IDLE_CHECK_INTERVAL_MS = 15_000;

/** Connects the operating system's idle time and power events to the auto-lock. */
export function watchPowerEvents(autoLock: AutoLock, session: VaultSession): void {
  const timer = setInterval(() => autoLock.checkIdle(powerMonitor.getSystemIdleTime()), IDLE_CHECK_INTERVAL_MS);
  powerMonitor.on('lock-screen', () => autoLock.onScreenLocked());
  powerMonitor.on('suspend', () => autoLock.onSuspend());
  app.on('before-quit', () => {
    clearInterval(timer);
    session.lock('quit');
  });
}
