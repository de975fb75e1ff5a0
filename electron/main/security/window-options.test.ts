import { describe, expect, it } from 'vitest';
import { createWindowOptions, SESSION_PARTITION } from './window-options';

describe('window options', () => {
  const packaged = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', isPackaged: true, title: 'Fortrolig' });
  const dev = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', isPackaged: false, title: 'Fortrolig' });

  it('isolates and sandboxes the page with no Node access', () => {
    expect(packaged.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('turns off spellcheck, which would download dictionaries', () => {
    expect(packaged.webPreferences?.spellcheck).toBe(false);
  });

  it('uses the in-memory session partition, never a persistent one', () => {
    expect(packaged.webPreferences?.partition).toBe(SESSION_PARTITION);
    expect(SESSION_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('disables DevTools in packaged builds only', () => {
    expect(packaged.webPreferences?.devTools).toBe(false);
    expect(dev.webPreferences?.devTools).toBe(true);
  });

  it('loads the given preload and nothing else from disk', () => {
    expect(packaged.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });
});
