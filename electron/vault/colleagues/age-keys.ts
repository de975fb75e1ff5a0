import { createPrivateKey, createPublicKey, diffieHellman } from 'node:crypto';
import { bech32 } from '@scure/base';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';

/*
 * age's X25519 keys as Node key objects. age-encryption makes and checks the key strings;
 * only their bech32 wrapping is undone here (with @scure/base, the encoder age-encryption
 * itself uses), so the same X25519 key can also authenticate the sender (see
 * package-auth.ts) through node:crypto's own Diffie-Hellman.
 */

/** The 32 bytes inside an age key string (BIP 173 bech32, checksum verified); null when it is not one. */
export function bech32Bytes(encoded: string, prefix: string): Uint8Array | null {
  const result = bech32.decodeUnsafe(encoded.toLowerCase(), 100);
  if (!result || result.prefix !== prefix) return null;
  const bytes = bech32.fromWordsUnsafe(result.words);
  return bytes && bytes.length === 32 ? bytes : null;
}

export function recipientBytes(recipient: string): Uint8Array | null {
  return bech32Bytes(recipient, 'age');
}

export function newAgeIdentity(): Promise<string> {
  return generateX25519Identity();
}

export function recipientOf(identity: string): Promise<string> {
  return identityToRecipient(identity);
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** The X25519 shared secret of our identity and their recipient (the same from either side). */
export function sharedSecret(identity: string, ownRecipient: string, theirRecipient: string): Buffer {
  const scalar = bech32Bytes(identity, 'age-secret-key-');
  const ownPublic = recipientBytes(ownRecipient);
  const theirPublic = recipientBytes(theirRecipient);
  if (scalar === null || ownPublic === null || theirPublic === null) throw new Error('Not an age X25519 key');
  const privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: base64url(scalar), x: base64url(ownPublic) }, format: 'jwk' });
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: base64url(theirPublic) }, format: 'jwk' });
  return diffieHellman({ privateKey, publicKey });
}
