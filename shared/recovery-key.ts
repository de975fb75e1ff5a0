/**
 * The printed recovery key: 160 random bits a person can write down and type back.
 *
 * Format: Crockford base32 (no I, L, O, U, so nothing looks alike), 32 data symbols for the
 * 20 bytes plus 4 check symbols, printed as 9 groups of 4 joined by dashes:
 * `7QXK-2M9D-…-CHEK`. The check symbols are the low 20 bits of CRC-32 over the 20 bytes;
 * CRC is linear, so detection depends only on the error pattern, and every single-symbol
 * typo, every swap of two neighbouring symbols and every pair of typos is caught (the test
 * enumerates them). A typo is therefore reported before any key derivation runs.
 *
 * Pure TypeScript without Node built-ins: the renderer validates input with it too.
 */
import { AppError } from './errors';

export const RECOVERY_KEY_BYTES = 20;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_SYMBOLS = (RECOVERY_KEY_BYTES * 8) / 5;
const CHECK_SYMBOLS = 4;
const CHECK_BITS = CHECK_SYMBOLS * 5;
const GROUP_SIZE = 4;

/** Characters people confuse with a base32 digit, read as that digit (Crockford's rule). */
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/** Dashes, spaces and the like that people add or keep while copying groups. */
const SEPARATORS = /[\s\-_.·–—]/gu;

export type RecoveryKeyParseResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'format' | 'checksum' };

export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) {
    throw new AppError('INVALID_INPUT', `A recovery key holds exactly ${RECOVERY_KEY_BYTES} bytes.`);
  }
  const symbols = toSymbols(bytes) + checkSymbols(bytes);
  const groups: string[] = [];
  for (let start = 0; start < symbols.length; start += GROUP_SIZE) {
    groups.push(symbols.slice(start, start + GROUP_SIZE));
  }
  return groups.join('-');
}

export function parseRecoveryKey(text: string): RecoveryKeyParseResult {
  const symbols = [...text.replace(SEPARATORS, '').toUpperCase()]
    .map((char) => LOOKALIKES[char] ?? char)
    .join('');
  if (symbols.length !== DATA_SYMBOLS + CHECK_SYMBOLS) return { ok: false, reason: 'format' };
  if ([...symbols].some((char) => !ALPHABET.includes(char))) return { ok: false, reason: 'format' };

  const bytes = fromSymbols(symbols.slice(0, DATA_SYMBOLS));
  if (checkSymbols(bytes) !== symbols.slice(DATA_SYMBOLS)) return { ok: false, reason: 'checksum' };
  return { ok: true, bytes };
}

function toSymbols(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >>> bits) & 31);
    }
  }
  return out;
}

function fromSymbols(symbols: string): Uint8Array {
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of symbols) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >>> bits) & 0xff;
    }
  }
  return out;
}

function checkSymbols(bytes: Uint8Array): string {
  const check = crc32(bytes) & ((1 << CHECK_BITS) - 1);
  let out = '';
  for (let shift = CHECK_BITS - 5; shift >= 0; shift -= 5) out += ALPHABET.charAt((check >>> shift) & 31);
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
