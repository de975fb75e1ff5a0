import { createPrivateKey, createPublicKey, diffieHellman } from 'node:crypto';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';

/*
 * age's X25519 keys as Node key objects. age-encryption makes and checks the key strings;
 * only the bech32 wrapping is undone here, so the same X25519 key can also authenticate
 * the sender (see package-auth.ts) through node:crypto's own Diffie-Hellman.
 */

const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let bit = 0; bit < 5; bit++) if ((top >>> bit) & 1) checksum ^= GENERATOR[bit] as number;
  }
  return checksum;
}

/** The 32 bytes inside an age key string (BIP 173 bech32, checksum verified); null when it is not one. */
export function bech32Bytes(encoded: string, prefix: string): Uint8Array | null {
  const text = encoded.toLowerCase();
  if (!text.startsWith(`${prefix}1`)) return null;
  const words: number[] = [];
  for (const char of text.slice(prefix.length + 1)) {
    const word = BECH32_ALPHABET.indexOf(char);
    if (word < 0) return null;
    words.push(word);
  }
  const expanded = [...prefix].map((c) => c.charCodeAt(0) >> 5).concat(0, [...prefix].map((c) => c.charCodeAt(0) & 31));
  if (words.length < 6 || polymod([...expanded, ...words]) !== 1) return null;
  let accumulator = 0;
  let bits = 0;
  const bytes: number[] = [];
  for (const word of words.slice(0, -6)) {
    accumulator = (accumulator << 5) | word;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((accumulator >>> bits) & 0xff);
    }
  }
  return bytes.length === 32 ? Uint8Array.from(bytes) : null;
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
