import { describe, expect, it } from 'vitest';
import { DEFAULT_VAULT_SETTINGS, vaultSettingsUpdateSchema } from '../../../shared/domain/schemas/vault-settings';
import { auditTrail, lastAuditSeq, useRecordsVault } from './testing/records-vault';
import { getVaultSettings, updateVaultSettings } from './vault-settings';
import { appErrorOf } from './testing/app-error';

const { db } = useRecordsVault();

describe('vault settings', () => {
  it('start from the policy defaults and keep each written setting', () => {
    expect(getVaultSettings(db())).toEqual(DEFAULT_VAULT_SETTINGS);
    const before = lastAuditSeq(db());
    const update = vaultSettingsUpdateSchema.parse({
      organisationName: 'Foreningen Åbent Fællesskab',
      vaultOwner: 'trusted_person',
      retentionYears: 3,
    });
    const settings = updateVaultSettings(db(), update);
    expect(settings).toMatchObject({ organisationName: 'Foreningen Åbent Fællesskab', vaultOwner: 'trusted_person', retentionYears: 3 });
    expect(settings.categories).toEqual(DEFAULT_VAULT_SETTINGS.categories);
    expect(auditTrail(db(), before)).toEqual([
      'vault_settings.update organisationName',
      'vault_settings.update vaultOwner',
      'vault_settings.update retentionYears',
    ]);
  });

  it('reports a stored value that no longer parses instead of falling back to a default', () => {
    db().prepare("INSERT INTO settings (key, value, updated_at) VALUES ('records.retentionYears', '\"ti\"', 'now')").run();
    expect(appErrorOf(() => getVaultSettings(db())).code).toBe('VAULT_CORRUPT');
  });
});
