import type { VaultSession } from './vault-session';

/**
 * Locks the vault after the configured idle minutes, on screen lock and on suspend. Main
 * feeds it the system's idle time and power events; tests feed it numbers.
 */
export class AutoLock {
  constructor(
    private readonly session: VaultSession,
    private readonly idleMinutes: () => number,
  ) {}

  checkIdle(idleSeconds: number): void {
    if (this.session.isUnlocked && idleSeconds >= this.idleMinutes() * 60) this.session.lock('idle');
  }

  onScreenLocked(): void {
    this.session.lock('screen-lock');
  }

  onSuspend(): void {
    this.session.lock('suspend');
  }
}
