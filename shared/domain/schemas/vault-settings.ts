import { z } from 'zod';
import { DEFAULT_CATEGORIES } from '../categories';
import { DEFAULT_RETENTION_YEARS, MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from '../retention';
import { CONTACT_PERSON_ROLES } from '../vocabulary';
import { categoryListSchema } from './category';
import { TEXT_LIMITS, hasChanges, optionalText } from './common';

/**
 * Settings kept inside the vault, because they say something about the organisation and
 * its cases: who the two contact persons are, whose vault this is (for conflict of
 * interest), the categories cases are filed under and how long closed cases are kept.
 * Each contact person has a vault of their own, so `vaultOwner` differs between the two.
 */
export const vaultSettingsSchema = z.strictObject({
  organisationName: optionalText(TEXT_LIMITS.short),
  /** The names of the two people forming the independent contact instance. */
  contactPersons: z.strictObject({
    secretariat_head: optionalText(TEXT_LIMITS.short),
    trusted_person: optionalText(TEXT_LIMITS.short),
  }),
  vaultOwner: z.enum(CONTACT_PERSON_ROLES).nullable(),
  categories: categoryListSchema,
  retentionYears: z.number().int().min(MIN_RETENTION_YEARS).max(MAX_RETENTION_YEARS),
});
export type VaultSettings = z.output<typeof vaultSettingsSchema>;
export type VaultSettingKey = keyof VaultSettings;

export const VAULT_SETTING_KEYS = Object.keys(vaultSettingsSchema.shape) as VaultSettingKey[];

/**
 * The policy's categories and the default retention; names and the owner are left
 * unset rather than guessed, so documents never carry a wrong organisation or person.
 */
export const DEFAULT_VAULT_SETTINGS: VaultSettings = {
  organisationName: null,
  contactPersons: { secretariat_head: null, trusted_person: null },
  vaultOwner: null,
  categories: DEFAULT_CATEGORIES.map((category) => ({ ...category })),
  retentionYears: DEFAULT_RETENTION_YEARS,
};

/** Any subset of the settings; each given setting is replaced as a whole. */
export const vaultSettingsUpdateSchema = vaultSettingsSchema.partial().refine(hasChanges, { message: 'Nothing to update' });
export type VaultSettingsUpdate = z.output<typeof vaultSettingsUpdateSchema>;
