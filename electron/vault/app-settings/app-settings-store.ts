import fs from 'node:fs';
import { appSettingsSchema, DEFAULT_APP_SETTINGS, type AppSettings } from '../../../shared/contract/settings';
import { writeFileAtomic } from '../fs/atomic-write';

export interface AppSettingsStore {
  get(): AppSettings;
  update(patch: Partial<AppSettings>): AppSettings;
}

/**
 * App-wide settings in a small JSON file beside the app's data, not in a vault: language
 * and auto-lock are needed before any vault is unlocked. A missing or unreadable file
 * falls back to the defaults (and is rewritten on the next change) rather than stopping
 * the app from starting.
 */
export function createAppSettingsStore(file: string, defaults: AppSettings = DEFAULT_APP_SETTINGS): AppSettingsStore {
  let current = read(file, defaults);
  return {
    get: () => current,
    update(patch) {
      const next = appSettingsSchema.parse({ ...current, ...patch });
      writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
      current = next;
      return current;
    },
  };
}

function read(file: string, defaults: AppSettings): AppSettings {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return defaults;
  }
  try {
    // Keep what is valid, take the default for anything else (e.g. a field added later).
    const raw = JSON.parse(text) as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...defaults };
    for (const key of Object.keys(defaults) as (keyof AppSettings)[]) {
      if (appSettingsSchema.shape[key].safeParse(raw[key]).success) merged[key] = raw[key];
    }
    return appSettingsSchema.parse(merged);
  } catch {
    return defaults;
  }
}
