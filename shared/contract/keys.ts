import { z } from 'zod';
import { wellFormedString } from '../domain/schemas/common';
import { method } from './define';

export interface KeyStatus {
  /** The raw database key was shown after the last rotation: Settings suggests rotating. */
  rotationAdvised: boolean;
  rawKeyShownAt: string | null;
  rotatedAt: string | null;
}

export const keyMethods = {
  'vault.keyStatus': method(z.undefined()).returns<KeyStatus>(),
  /**
   * Rotates the database key. The passphrase is asked again; with the recovery key the
   * recovery slot is sealed anew, without it a new recovery key is made and returned once.
   * The vault is locked for the rotation and opened again with the passphrase.
   */
  'vault.rekey': method(
    z
      .object({
        passphrase: wellFormedString().min(1).max(1024),
        recoveryKey: wellFormedString().min(1).max(200).nullable(),
      })
      .strict(),
  ).returns<{ newRecoveryKey: string | null }>(),
};
