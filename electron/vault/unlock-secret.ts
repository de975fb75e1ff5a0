import { AppError } from '../../shared/errors';
import { parseRecoveryKey } from '../../shared/recovery-key';
import type { KeyFile } from './keys/key-file';
import { openPassphraseSlot, openRecoverySlot } from './keys/key-slots';

/** What a person offers to open a vault: the passphrase, or the printed recovery key. */
export type UnlockSecret = { passphrase: string } | { recoveryKey: string };

export function unlockMethod(secret: UnlockSecret): 'passphrase' | 'recovery_key' {
  return 'passphrase' in secret ? 'passphrase' : 'recovery_key';
}

/**
 * The database key from keys.json, or WRONG_PASSPHRASE / WRONG_RECOVERY_KEY. A mistyped
 * recovery key (format or checksum) is refused before any crypto, with the reason.
 */
export async function unwrapDatabaseKey(keyFile: KeyFile, secret: UnlockSecret): Promise<Buffer> {
  if ('passphrase' in secret) {
    const key = await openPassphraseSlot(keyFile, secret.passphrase);
    if (!key) throw new AppError('WRONG_PASSPHRASE', 'The passphrase does not open this vault.');
    return key;
  }
  const parsed = parseRecoveryKey(secret.recoveryKey);
  if (!parsed.ok) {
    throw new AppError('WRONG_RECOVERY_KEY', 'The recovery key is mistyped.', { reason: parsed.reason });
  }
  try {
    const key = openRecoverySlot(keyFile, parsed.bytes);
    if (!key) throw new AppError('WRONG_RECOVERY_KEY', 'The recovery key does not open this vault.');
    return key;
  } finally {
    parsed.bytes.fill(0);
  }
}
