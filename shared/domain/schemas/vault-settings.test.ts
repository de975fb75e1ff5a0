import { describe, expect, test } from 'vitest';
import { DEFAULT_VAULT_SETTINGS, VAULT_SETTING_KEYS, vaultSettingsSchema, vaultSettingsUpdateSchema } from './vault-settings';

describe('vault settings schema', () => {
  test('the defaults are valid settings with the policy categories and no guessed names', () => {
    expect(vaultSettingsSchema.parse(DEFAULT_VAULT_SETTINGS)).toEqual(DEFAULT_VAULT_SETTINGS);
    expect(DEFAULT_VAULT_SETTINGS.categories.map((category) => category.key)).toEqual(['sexism', 'harassment', 'assault', 'other']);
    expect(DEFAULT_VAULT_SETTINGS.vaultOwner).toBeNull();
    expect(VAULT_SETTING_KEYS).toEqual(['organisationName', 'contactPersons', 'vaultOwner', 'categories', 'retentionYears']);
  });

  test('an update changes something, within the retention bounds', () => {
    expect(vaultSettingsUpdateSchema.safeParse({}).success).toBe(false);
    expect(vaultSettingsUpdateSchema.safeParse({ retentionYears: 0 }).success).toBe(false);
    expect(vaultSettingsUpdateSchema.parse({ organisationName: '  ' })).toEqual({ organisationName: null });
  });
});
