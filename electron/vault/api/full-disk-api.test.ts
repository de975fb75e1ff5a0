import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullDiskAvailable, mountSmallDisk, type FullDisk } from '../test-support/full-disk';
import { createTestVault, TEST_PASSPHRASE } from '../test-support/test-vault';
import { useTestRouter } from './testing/test-router';

let backupTarget = '';
const api = useTestRouter({ dialogs: { chooseSaveFile: async () => backupTarget } });

describe.skipIf(!fullDiskAvailable)('the contract on a full disk (a real tmpfs filled to the last block; needs root to mount)', () => {
  let disk: FullDisk;
  beforeEach(() => {
    disk = mountSmallDisk(1024);
  });
  afterEach(() => disk.unmount());

  it('vault.backup answers DISK_FULL and leaves no part of the file', async () => {
    disk.fill();
    backupTarget = path.join(disk.dir, 'backup.fortrolig');
    expect(await api.failure('vault.backup')).toMatchObject({ code: 'DISK_FULL' });
    expect(fs.readdirSync(disk.dir)).toEqual(['.filler']);
  });

  it('vault.unlock answers DISK_FULL (not INTERNAL), leaves no lock file, and works once there is room', async () => {
    const dir = path.join(disk.dir, 'boks');
    (await createTestVault(dir)).vault.close();
    await api.value('vault.lock');
    disk.fill();
    expect(await api.failure('vault.unlock', { dir, passphrase: TEST_PASSPHRASE })).toMatchObject({ code: 'DISK_FULL' });
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);
    disk.free();
    expect(await api.value('vault.unlock', { dir, passphrase: TEST_PASSPHRASE })).toEqual({ dir });
    // Closed before the small disk goes away.
    await api.value('vault.lock');
  });
});
