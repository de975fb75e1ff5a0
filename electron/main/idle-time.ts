import { platformCapabilities } from '../../shared/domain/platform';

/**
 * The idle seconds the auto-lock is fed. Where the operating system reports a screen lock
 * (Windows, macOS), its own idle time is enough. On Linux the screen lock is not reported
 * and some desktops (Wayland sessions) report no idle time at all (Electron issue 34826:
 * it stays 0), so the time since the last input to the app's own window counts too: the
 * vault then locks after the chosen minutes without use of the app, whatever the desktop
 * reports.
 */
export function autoLockIdleSeconds(input: { platform: string; systemIdleSeconds: number; msSinceWindowInput: number }): number {
  if (platformCapabilities(input.platform).screenLockEvent) return input.systemIdleSeconds;
  return Math.max(input.systemIdleSeconds, Math.floor(input.msSinceWindowInput / 1000));
}

/** When the person last typed, clicked, scrolled or moved the pointer in the app's window. */
export class WindowInputClock {
  private last: number;

  constructor(private readonly now: () => number = Date.now) {
    this.last = now();
  }

  touch(): void {
    this.last = this.now();
  }

  msSinceInput(): number {
    return this.now() - this.last;
  }
}
