import { describe, expect, it } from 'vitest';
import { autoLockIdleSeconds, WindowInputClock } from './idle-time';

describe('the idle time the auto-lock is fed', () => {
  it('on Windows and macOS is the system’s idle time (the screen lock is reported there)', () => {
    for (const platform of ['win32', 'darwin']) {
      expect(autoLockIdleSeconds({ platform, systemIdleSeconds: 30, msSinceWindowInput: 600_000 })).toBe(30);
    }
  });

  it('on Linux also counts the time since the last input to the app, so a desktop that reports 0 idle still locks', () => {
    // A Wayland session whose idle time stays 0: ten minutes without touching the app still count.
    expect(autoLockIdleSeconds({ platform: 'linux', systemIdleSeconds: 0, msSinceWindowInput: 600_000 })).toBe(600);
    // A desktop that does report idle time keeps that when it is longer.
    expect(autoLockIdleSeconds({ platform: 'linux', systemIdleSeconds: 900, msSinceWindowInput: 600_000 })).toBe(900);
    expect(autoLockIdleSeconds({ platform: 'linux', systemIdleSeconds: 0, msSinceWindowInput: 1_999 })).toBe(1);
  });

  it('measures from the last input to the window', () => {
    let now = 1_000;
    const clock = new WindowInputClock(() => now);
    now += 90_000;
    expect(clock.msSinceInput()).toBe(90_000);
    clock.touch();
    now += 5_000;
    expect(clock.msSinceInput()).toBe(5_000);
  });
});
