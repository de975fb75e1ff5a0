import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { parseKeyFile, readKeyFile, serializeKeyFile, writeKeyFile, type KeyFile } from './key-file';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const b64 = (bytes: number) => Buffer.alloc(bytes, 1).toString('base64');
const wrapped = { iv: b64(12), ciphertext: b64(32), tag: b64(16) };

function validKeyFile(): KeyFile {
  return structuredClone({
    format: 'fortrolig-keys',
    version: 1,
    vaultId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    passphrase: {
      kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1, salt: b64(16) },
      wrapped,
      createdAt: '2026-01-21T10:15:00.000Z',
    },
    recovery: { kdf: { name: 'hkdf-sha256', salt: b64(16) }, wrapped, createdAt: '2026-01-21T10:15:00.000Z' },
  } satisfies KeyFile);
}

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

/** keys.json text with one thing changed, as damage or an edit would leave it. */
function withChange(change: (json: KeyFile) => void): string {
  const json = validKeyFile();
  change(json);
  return serializeKeyFile(json);
}

describe('key file', () => {
  it('writes and reads back the same content', () => {
    const file = path.join(dir, 'keys.json');
    writeKeyFile(file, validKeyFile());
    expect(readKeyFile(file)).toEqual(validKeyFile());
  });

  it('reports KEYS_MISSING when there is no file', () => {
    expect(codeOf(() => readKeyFile(path.join(dir, 'keys.json')))).toBe('KEYS_MISSING');
  });

  it.each([
    ['not JSON', '{"format": "fortrolig-keys", '],
    ['empty', ''],
    ['another format', withChange((json) => Object.assign(json, { format: 'something-else' }))],
    ['a missing recovery slot', withChange((json) => Reflect.deleteProperty(json, 'recovery'))],
    ['an extra field', withChange((json) => Object.assign(json.passphrase, { hint: 'my dog' }))],
    ['scrypt N below the floor', withChange((json) => (json.passphrase.kdf.N = 2 ** 14))],
    ['scrypt r below the floor', withChange((json) => (json.passphrase.kdf.r = 1))],
    ['an absurd scrypt N', withChange((json) => (json.passphrase.kdf.N = 2 ** 30))],
    ['a shortened GCM tag', withChange((json) => (json.passphrase.wrapped.tag = b64(4)))],
    ['a short salt', withChange((json) => (json.recovery.kdf.salt = b64(4)))],
    ['a malformed vault id', withChange((json) => (json.vaultId = 'abc'))],
  ])('reports KEYS_CORRUPT for %s', (_label, text) => {
    expect(codeOf(() => parseKeyFile(text))).toBe('KEYS_CORRUPT');
  });

  it('reports VAULT_TOO_NEW for a newer format version', () => {
    expect(codeOf(() => parseKeyFile(withChange((json) => Object.assign(json, { version: 2 }))))).toBe('VAULT_TOO_NEW');
  });
});
