import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../vault/api/platform';

/** The engine's dialog needs, answered by the system's native dialogs. */
export function createNativeDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  const withWindow = <T>(show: (window: BrowserWindow) => Promise<T>, fallback: T) => {
    const window = getWindow();
    return window ? show(window) : Promise.resolve(fallback);
  };
  return {
    chooseFolder: ({ defaultPath }) =>
      withWindow(async (window) => {
        const result = await dialog.showOpenDialog(window, { defaultPath, properties: ['openDirectory', 'createDirectory'] });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }, null),
    chooseSaveFile: ({ defaultName, filters }) =>
      withWindow(async (window) => {
        const result = await dialog.showSaveDialog(window, { defaultPath: defaultName, filters, properties: ['showOverwriteConfirmation'] });
        return result.canceled ? null : (result.filePath ?? null);
      }, null),
    chooseOpenFile: ({ filters }) =>
      withWindow(async (window) => {
        const result = await dialog.showOpenDialog(window, { filters, properties: ['openFile'] });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }, null),
  };
}
