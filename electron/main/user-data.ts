import path from 'node:path';

/**
 * Where an unpacked run (`npm start`) keeps its data: a folder of its own beside the
 * installed app's, so development never reads or changes the real settings, never offers
 * the real vault folder as its default, and does not hand over to (or block) an installed
 * copy through the single-instance lock, which Electron keys on this folder. Null for the
 * packaged app, which keeps Electron's default.
 */
export function devUserDataDir({ isPackaged, appData, appName }: { isPackaged: boolean; appData: string; appName: string }): string | null {
  return isPackaged ? null : path.join(appData, `${appName}-dev`);
}
