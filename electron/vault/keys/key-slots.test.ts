import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, type KeyFile } from './key-file';
import { openPassphraseSlot, openRecoverySlot, sealPassphraseSlot, sealRecoverySlot } from './key-slots';
import { SCRYPT_FLOOR } from './scrypt';

async function makeKeyFile(databaseKey: Buffer, passphrase: string, recoveryKey: Buffer): Promise<KeyFile> {
  const vaultId = randomUUID();
  return {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    vaultId,
    passphrase: await sealPassphraseSlot(databaseKey, passphrase, SCRYPT_FLOOR, vaultId),
    recovery: sealRecoverySlot(databaseKey, recoveryKey, vaultId),
  };
}

describe('key slots', async () => {
  const databaseKey = randomBytes(32);
  const recoveryKey = randomBytes(20);
  const keyFile = await makeKeyFile(databaseKey, 'tre gule ænder i Gudenåen', recoveryKey);

  it('stores the floor cost and no plaintext key', () => {
    expect(keyFile.passphrase.kdf).toMatchObject(SCRYPT_FLOOR);
    expect(JSON.stringify(keyFile)).not.toContain(databaseKey.toString('base64'));
    expect(JSON.stringify(keyFile)).not.toContain(databaseKey.toString('hex'));
  });

  it('opens with the passphrase and with the recovery key', async () => {
    expect((await openPassphraseSlot(keyFile, 'tre gule ænder i Gudenåen'))?.equals(databaseKey)).toBe(true);
    expect(openRecoverySlot(keyFile, recoveryKey)?.equals(databaseKey)).toBe(true);
  });

  it('returns null for a wrong passphrase or recovery key', async () => {
    expect(await openPassphraseSlot(keyFile, 'tre gule ænder i Gudenaaen')).toBeNull();
    expect(openRecoverySlot(keyFile, randomBytes(20))).toBeNull();
  });

  it('detects edited KDF parameters or a slot moved from another vault', async () => {
    const raisedCost: KeyFile = { ...keyFile, passphrase: { ...keyFile.passphrase, kdf: { ...keyFile.passphrase.kdf, p: 2 } } };
    expect(await openPassphraseSlot(raisedCost, 'tre gule ænder i Gudenåen')).toBeNull();

    const other = await makeKeyFile(databaseKey, 'tre gule ænder i Gudenåen', recoveryKey);
    const transplanted: KeyFile = { ...keyFile, recovery: other.recovery };
    expect(openRecoverySlot(transplanted, recoveryKey)).toBeNull();
  });
});
