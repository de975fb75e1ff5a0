import { z } from 'zod';
import { platformCapabilities } from '../domain/platform';
import { wellFormedString } from '../domain/schemas/common';
import { method } from './define';

export const LANGUAGES = ['da', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/**
 * Minutes of idle time before the vault locks itself. Zero is not offered on purpose.
 * Where locking the screen does not lock the vault (Linux), the default is shorter.
 */
export const AUTO_LOCK_MINUTES = { min: 1, max: 60, default: 5, defaultWithoutScreenLock: 2 } as const;

/**
 * Settings that live outside any vault, in the app's own folder: they are needed before a
 * vault is unlocked and contain nothing about cases.
 */
export const appSettingsSchema = z.object({
  language: languageSchema,
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  contentProtection: z.boolean(),
  lastVaultDir: wellFormedString().max(4096).nullable(),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const DEFAULT_APP_SETTINGS: AppSettings = {
  language: 'da',
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  contentProtection: true,
  lastVaultDir: null,
};

/** The defaults on this operating system (`process.platform`). */
export function defaultAppSettings(platform: string): AppSettings {
  if (platformCapabilities(platform).screenLockEvent) return DEFAULT_APP_SETTINGS;
  return { ...DEFAULT_APP_SETTINGS, autoLockMinutes: AUTO_LOCK_MINUTES.defaultWithoutScreenLock };
}

export const settingsMethods = {
  'settings.get': method(z.undefined()).returns<AppSettings>(),
  'settings.set': method(appSettingsSchema.partial().strict()).returns<AppSettings>(),
};
