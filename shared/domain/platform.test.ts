import { describe, expect, it } from 'vitest';
import { platformCapabilities } from './platform';

describe('platform capabilities', () => {
  it('Windows and macOS can hide the window from capture and report a screen lock', () => {
    for (const platform of ['win32', 'darwin']) {
      expect(platformCapabilities(platform)).toEqual({ contentProtection: true, screenLockEvent: true });
    }
  });

  it('Linux can do neither in Electron, so the app must not pretend it does', () => {
    expect(platformCapabilities('linux')).toEqual({ contentProtection: false, screenLockEvent: false });
    expect(platformCapabilities('freebsd')).toEqual({ contentProtection: false, screenLockEvent: false });
  });
});
