import type { Messages } from './da';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English: the same keys as Danish; a missing or extra key fails the typecheck. */
export const en: Shape<Messages> = {
  app: {
    name: 'Fortrolig',
    tagline: 'A safe place for harassment cases',
  },
  language: {
    label: 'Language',
    da: 'Dansk',
    en: 'English',
  },
  welcome: {
    title: 'Welcome to Fortrolig',
    intro:
      'Fortrolig is your encrypted case folder as a contact person. Here you note inquiries about sexism, sexual harassment and other offensive behaviour, write agreements with the affected person and produce the yearly anonymised learning document.',
    privacy: 'Everything stays on this computer. Nothing is sent over the network, and the vault opens only with your passphrase.',
    create: 'Create a new vault',
    open: 'Open an existing vault',
    comingSoon: 'This part is not ready yet.',
  },
  errors: {
    WRONG_PASSPHRASE: 'The passphrase does not match. Try again — or use your recovery key.',
    WRONG_RECOVERY_KEY: 'The recovery key does not belong to this vault. Check it for typos.',
    WEAK_PASSPHRASE: 'The passphrase is too easy to guess. Use a longer sentence with several words.',
    VAULT_NOT_FOUND: 'There is no vault in the chosen folder.',
    VAULT_EXISTS: 'That folder already holds a vault. Choose another folder.',
    KEYS_MISSING: "The vault's key file (keys.json) is missing. Restore from a backup.",
    KEYS_CORRUPT: "The vault's key file is damaged. Restore from a backup.",
    VAULT_CORRUPT: 'The vault is damaged and cannot be opened. The file has not been changed. Restore from a backup.',
    VAULT_TOO_NEW: 'The vault was made by a newer version of Fortrolig. Update the app to open it.',
    VAULT_IN_USE: 'The vault is already open in another window or program.',
    VAULT_LOCKED: 'The vault is locked. Unlock it to continue.',
    TOO_MANY_ATTEMPTS: 'Too many attempts. Wait a little and try again.',
    BACKUP_INVALID: 'The backup could not be verified and was not used. Your current vault is unchanged.',
    NOT_FOUND: 'What you are looking for no longer exists.',
    INVALID_INPUT: 'Some fields are not filled in correctly. Correct them and try again.',
    INVALID_TRANSITION: 'The case cannot move to that status from here.',
    CONSENT_REQUIRED: 'The affected person has not consented to this. Record the consent first, or write why it happens anyway.',
    REPORT_BLOCKED: 'The learning document contains something that may point to a person. Fix the marked places first.',
    FILE_TOO_LARGE: 'The file is too large.',
    FILE_TYPE_NOT_ALLOWED: 'That file type cannot be used here.',
    DISK_FULL: 'The disk is full. Nothing was saved. Free some space and try again.',
    IO_ERROR: 'The file could not be read or written. Nothing was changed.',
    CANCELLED: 'The action was cancelled.',
    UNKNOWN_METHOD: 'The app could not carry out the action. Restart Fortrolig.',
    FORBIDDEN: 'The action was refused for security reasons.',
    INTERNAL: 'An unexpected error happened. Nothing is lost; try again.',
  },
};
