import { hkdfSync, randomBytes } from 'node:crypto';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, type KeyFile, type PassphraseSlot, type RecoverySlot, type SlotName } from './key-file';
import { unwrapKey, wrapKey } from './aes-gcm-wrap';
import { deriveScryptKey, type ScryptCost } from './scrypt';

const SALT_BYTES = 16;
const RECOVERY_HKDF_INFO = 'fortrolig recovery slot v1';

/** The AES-GCM associated data of a slot: everything about it except the sealed key. */
function slotContext(vaultId: string, slot: SlotName, kdf: PassphraseSlot['kdf'] | RecoverySlot['kdf']): string {
  const kdfFields = kdf.name === 'scrypt' ? [kdf.name, kdf.N, kdf.r, kdf.p, kdf.salt] : [kdf.name, kdf.salt];
  return JSON.stringify([KEY_FILE_FORMAT, KEY_FILE_VERSION, vaultId, slot, ...kdfFields]);
}

export async function sealPassphraseSlot(
  databaseKey: Uint8Array,
  passphrase: string,
  cost: ScryptCost,
  vaultId: string,
): Promise<PassphraseSlot> {
  const salt = randomBytes(SALT_BYTES);
  const kdf = { name: 'scrypt' as const, N: cost.N, r: cost.r, p: cost.p, salt: salt.toString('base64') };
  const wrappingKey = await deriveScryptKey(passphrase, salt, cost);
  try {
    const wrapped = wrapKey(wrappingKey, databaseKey, slotContext(vaultId, 'passphrase', kdf));
    return { kdf, wrapped, createdAt: new Date().toISOString() };
  } finally {
    wrappingKey.fill(0);
  }
}

/** The database key, or null when the passphrase is wrong. */
export async function openPassphraseSlot(keyFile: KeyFile, passphrase: string): Promise<Buffer | null> {
  const { kdf, wrapped } = keyFile.passphrase;
  const wrappingKey = await deriveScryptKey(passphrase, Buffer.from(kdf.salt, 'base64'), kdf);
  try {
    return unwrapKey(wrappingKey, wrapped, slotContext(keyFile.vaultId, 'passphrase', kdf));
  } finally {
    wrappingKey.fill(0);
  }
}

export function sealRecoverySlot(databaseKey: Uint8Array, recoveryKey: Uint8Array, vaultId: string): RecoverySlot {
  const salt = randomBytes(SALT_BYTES);
  const kdf = { name: 'hkdf-sha256' as const, salt: salt.toString('base64') };
  const wrappingKey = deriveRecoveryWrappingKey(recoveryKey, salt);
  try {
    const wrapped = wrapKey(wrappingKey, databaseKey, slotContext(vaultId, 'recovery', kdf));
    return { kdf, wrapped, createdAt: new Date().toISOString() };
  } finally {
    wrappingKey.fill(0);
  }
}

/** The database key, or null when the recovery key is wrong. */
export function openRecoverySlot(keyFile: KeyFile, recoveryKey: Uint8Array): Buffer | null {
  const { kdf, wrapped } = keyFile.recovery;
  const wrappingKey = deriveRecoveryWrappingKey(recoveryKey, Buffer.from(kdf.salt, 'base64'));
  try {
    return unwrapKey(wrappingKey, wrapped, slotContext(keyFile.vaultId, 'recovery', kdf));
  } finally {
    wrappingKey.fill(0);
  }
}

function deriveRecoveryWrappingKey(recoveryKey: Uint8Array, salt: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, RECOVERY_HKDF_INFO, 32));
}
