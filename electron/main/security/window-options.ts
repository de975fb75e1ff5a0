import type { BrowserWindowConstructorOptions } from 'electron';

/** An in-memory partition (no `persist:` prefix): Chromium keeps no cache or storage on disk. */
export const SESSION_PARTITION = 'fortrolig-in-memory';

export interface WindowOptionsInput {
  preloadPath: string;
  isPackaged: boolean;
  title: string;
}

/**
 * The window's options in one pure function, so a unit test can assert every security
 * setting without starting Electron.
 */
export function createWindowOptions({ preloadPath, isPackaged, title }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: preloadPath,
      partition: SESSION_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !isPackaged,
      enableWebSQL: false,
      v8CacheOptions: 'none',
    },
  };
}
