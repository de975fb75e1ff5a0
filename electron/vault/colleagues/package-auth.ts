import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { recipientBytes, sharedSecret } from './age-keys';

/*
 * age encrypts to a recipient but does not say who wrote the file: anyone holding a
 * vault's recipient (it is on the identity card) could write a package to it. So the
 * package text carries an HMAC keyed from the X25519 Diffie-Hellman of the sender's
 * identity and the receiver's recipient, which only these two vaults can compute. With
 * it, a package that names a confirmed contact as its sender really comes from that
 * contact's vault (or from this one).
 */

function authKey(identity: string, ownRecipient: string, theirRecipient: string): Buffer {
  const secret = sharedSecret(identity, ownRecipient, theirRecipient);
  const keys = [recipientBytes(ownRecipient), recipientBytes(theirRecipient)].map((key) => Buffer.from(key as Uint8Array));
  keys.sort(Buffer.compare);
  return Buffer.from(hkdfSync('sha256', secret, Buffer.concat(keys), 'fortrolig-package-auth-v1', 32));
}

export function packageAuth(text: string, identity: string, ownRecipient: string, theirRecipient: string): string {
  return createHmac('sha256', authKey(identity, ownRecipient, theirRecipient)).update(text, 'utf8').digest('hex');
}

export function isAuthentic(text: string, auth: string, identity: string, ownRecipient: string, theirRecipient: string): boolean {
  const expected = Buffer.from(packageAuth(text, identity, ownRecipient, theirRecipient), 'hex');
  const given = Buffer.from(auth, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
