/*
 * What the operating system lets the app do for privacy, decided from `process.platform`
 * (shown to the renderer through app.info). Electron implements both features on Windows
 * and macOS only; on Linux the app says so instead of offering a switch that does nothing.
 */

export interface PlatformCapabilities {
  /** The window can be kept out of screenshots and screen sharing (BrowserWindow.setContentProtection). */
  contentProtection: boolean;
  /** The system reports a screen lock, so the vault can lock with it (powerMonitor 'lock-screen'). */
  screenLockEvent: boolean;
}

export function platformCapabilities(platform: string): PlatformCapabilities {
  const supported = platform === 'win32' || platform === 'darwin';
  return { contentProtection: supported, screenLockEvent: supported };
}
