import type { keys as da } from '../da/keys';
import type { Shape } from '../shape';

export const keys: Shape<typeof da> = {
  rotate: {
    title: 'Change the vault key',
    intro:
      'The vault is encrypted again with a new, random key. Your passphrase and your recovery key keep working. Use this when the vault key has been shown (for example to IT support), or whenever you are unsure whether someone has seen it.',
    advised:
      'The vault key was shown on {{date}} and has not been changed since. Change it once it is no longer needed, so whoever saw it cannot open the vault.',
    lastRotated: 'The key was last changed on {{date}}.',
    backups:
      'Backups made before the change keep the old key and open with the passphrase and recovery key of that time. Delete old backups if the old key may have been seen by others.',
    passphrase: 'Your passphrase',
    recoveryKey: 'Your recovery key',
    recoveryKeyHint: 'Type it as it is on paper. If you no longer have it, tick the box below.',
    noRecoveryKey: 'I do not have the recovery key: make a new one (the old one stops working)',
    button: 'Change the key',
    working: 'Encrypting the vault with the new key …',
    done: 'The key has been changed. The vault is encrypted with the new key, and the old one can no longer open it.',
    newRecoveryKeyIntro: 'Your new recovery key. The old one no longer works.',
  },
};
