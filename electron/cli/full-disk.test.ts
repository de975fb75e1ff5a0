import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullDiskAvailable, mountSmallDisk, type FullDisk } from '../vault/test-support/full-disk';
import { useTempDir } from '../vault/test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../vault/test-support/test-vault';
import { EXIT } from './exit-codes';
import { spawnCli } from './testing/spawn-cli';

const tempDir = useTempDir();
const secret = { FORTROLIG_PASSPHRASE: TEST_PASSPHRASE };

describe.skipIf(!fullDiskAvailable)('the CLI on a full disk (a real tmpfs filled to the last block; needs root to mount)', () => {
  let disk: FullDisk;
  beforeEach(() => {
    disk = mountSmallDisk(1024);
  });
  afterEach(() => disk.unmount());

  it('says DISK_FULL when the vault lock cannot be written, and leaves no empty lock behind', async () => {
    const dir = path.join(disk.dir, 'boks');
    (await createTestVault(dir)).vault.close();
    disk.fill();
    const run = await spawnCli(['cases', '--vault', dir], secret);
    expect(run.stderr).toMatch(/^fortrolig: .+ \(DISK_FULL\)\n$/);
    expect(run.code).toBe(EXIT.error);
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);
  });

  it('says DISK_FULL when the backup cannot be checked for lack of temporary space, and removes the unchecked file', async () => {
    const dir = path.join(tempDir(), 'boks');
    (await createTestVault(dir)).vault.close();
    disk.fill();
    const outFile = path.join(tempDir(), 'backup.fortrolig');
    const run = await spawnCli(['backup', '--vault', dir, '--out', outFile], secret, { tmpDir: disk.dir });
    expect(run.stderr).toMatch(/^fortrolig: .+ \(DISK_FULL\)\n$/);
    expect(run.code).toBe(EXIT.error);
    expect(fs.existsSync(outFile)).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);
    // (tsx, which runs the CLI here, keeps its own cache folder in TMPDIR.)
    expect(fs.readdirSync(disk.dir).filter((name) => name.startsWith('fortrolig-'))).toEqual([]);
  });
});
