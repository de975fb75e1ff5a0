import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A key sealed with AES-256-GCM; all fields base64 as stored in keys.json. */
export interface WrappedKey {
  iv: string;
  ciphertext: string;
  tag: string;
}

const IV_BYTES = 12;
/** Fixed so that a shortened tag in a tampered file cannot weaken the check (GCM allows short tags). */
const TAG_BYTES = 16;

/**
 * `context` is authenticated but not encrypted: it binds the sealed key to its vault and
 * slot and to the slot's KDF parameters, so no field of a slot can be swapped or edited
 * without the unwrap failing.
 */
export function wrapKey(wrappingKey: Uint8Array, key: Uint8Array, context: string): WrappedKey {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the key, or null when the wrapping key (i.e. the passphrase) or anything sealed is wrong. */
export function unwrapKey(wrappingKey: Uint8Array, wrapped: WrappedKey, context: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
