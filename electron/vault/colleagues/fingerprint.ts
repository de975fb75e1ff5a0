import { createHash } from 'node:crypto';
import { recipientBytes } from './age-keys';

const GROUPS = 6;
const DIGITS = 5;

/**
 * A short number two people can read to each other, like Signal's safety numbers: six
 * groups of five digits from SHA-256 of the recipient's key (about 100 bits). The same
 * recipient always gives the same fingerprint, in both vaults.
 */
export function fingerprintOf(recipient: string): string {
  const key = recipientBytes(recipient);
  if (key === null) throw new Error('Not an age recipient');
  const digest = createHash('sha256').update('fortrolig-fingerprint-v1\n').update(key).digest();
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group++) {
    const value = digest.readUIntBE(group * 5, 5) % 10 ** DIGITS;
    groups.push(String(value).padStart(DIGITS, '0'));
  }
  return groups.join(' ');
}

/** Fingerprints compare without their spaces. */
export function sameFingerprint(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
