import type { z } from 'zod';
import {
  DEFAULT_VAULT_SETTINGS,
  VAULT_SETTING_KEYS,
  vaultSettingsSchema,
  type VaultSettingKey,
  type VaultSettings,
  type VaultSettingsUpdate,
} from '../../../shared/domain/schemas/vault-settings';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { inTransaction } from './case-access';
import { nowInstant } from './clock';
import { execute, queryAll } from '../db/sql';

/*
 * Vault settings live in the `settings` table of migration 0001, one row per setting,
 * each value JSON. A setting never written has its default; a stored value that does
 * not parse means the file was changed outside the app, which is reported, not papered
 * over with a default.
 */

const SETTING_KEY_PREFIX = 'records.';

function storageKey(key: VaultSettingKey): string {
  return `${SETTING_KEY_PREFIX}${key}`;
}

/** Only the settings that have been written, parsed. */
export function storedVaultSettings(db: Database): Partial<VaultSettings> {
  const rows = queryAll<{ key: string; value: string }>(
    db,
    `SELECT key, value FROM settings WHERE key LIKE '${SETTING_KEY_PREFIX}%'`,
  );
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    const key = row.key.slice(SETTING_KEY_PREFIX.length) as VaultSettingKey;
    if (!VAULT_SETTING_KEYS.includes(key)) continue;
    const parsed = (vaultSettingsSchema.shape[key] as z.ZodType).safeParse(JSON.parse(row.value));
    if (!parsed.success) throw new AppError('VAULT_CORRUPT', 'A stored vault setting is not valid.', { setting: key });
    stored[key] = parsed.data;
  }
  return stored as Partial<VaultSettings>;
}

export function getVaultSettings(db: Database): VaultSettings {
  return { ...DEFAULT_VAULT_SETTINGS, ...storedVaultSettings(db) };
}

/** Writes each given setting whole; one audit row per setting, naming only the setting. */
export function updateVaultSettings(db: Database, update: VaultSettingsUpdate): VaultSettings {
  return inTransaction(db, () => {
    writeVaultSettings(db, update);
    return getVaultSettings(db);
  });
}

export function writeVaultSettings(db: Database, update: Partial<VaultSettings>): void {
  const at = nowInstant();
  for (const key of VAULT_SETTING_KEYS) {
    const value = update[key];
    if (value === undefined) continue;
    execute(
      db,
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      storageKey(key),
      JSON.stringify(value),
      at,
    );
    appendAudit(db, { action: 'vault_settings.update', subject: key });
  }
}
