import { app, powerMonitor } from 'electron';
import type { EngineClient } from '../vault/worker/engine-client';
import { autoLockIdleSeconds, type WindowInputClock } from './idle-time';

const IDLE_CHECK_INTERVAL_MS = 15_000;

/**
 * Connects the operating system's idle time and power events to the engine's auto-lock, and
 * lets the engine close the vault cleanly before the app quits.
 */
export function watchPowerEvents(engine: EngineClient, windowInput: WindowInputClock): void {
  const idleSeconds = () =>
    autoLockIdleSeconds({
      platform: process.platform,
      systemIdleSeconds: powerMonitor.getSystemIdleTime(),
      msSinceWindowInput: windowInput.msSinceInput(),
    });
  const timer = setInterval(() => void engine.control({ op: 'idle', seconds: idleSeconds() }), IDLE_CHECK_INTERVAL_MS);
  powerMonitor.on('lock-screen', () => void engine.control({ op: 'screen-lock' }));
  powerMonitor.on('suspend', () => void engine.control({ op: 'suspend' }));
  let engineStopped = false;
  app.on('before-quit', (event) => {
    clearInterval(timer);
    if (engineStopped) return;
    // Quitting waits for the worker to close the database (bounded by stop's grace period).
    event.preventDefault();
    void engine.stop().finally(() => {
      engineStopped = true;
      app.quit();
    });
  });
}
