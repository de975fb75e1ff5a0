import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * A real full disk: a tiny tmpfs filled to the last block, so writes fail with the same
 * ENOSPC the operating system gives on a full laptop disk. Mounting needs root (CI
 * containers and this development machine run as root); where it is not allowed,
 * `fullDiskAvailable` is false and the tests that need it are skipped, saying why.
 */

export interface FullDisk {
  /** The mount point; anything created below it lives on the small disk. */
  dir: string;
  /** Takes every free block left, so the next write fails with ENOSPC. */
  fill(): void;
  /** Gives the blocks taken by fill() back. */
  free(): void;
  unmount(): void;
}

function tryMount(dir: string, kib: number): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k,mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether this process may mount a tmpfs (decided once, by trying). */
export const fullDiskAvailable: boolean = (() => {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-mount-probe-'));
  try {
    if (!tryMount(probe, 64)) return false;
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
})();

export function mountSmallDisk(kib: number): FullDisk {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-full-'));
  if (!tryMount(dir, kib)) throw new Error('mountSmallDisk: mounting a tmpfs is not allowed here');
  const filler = path.join(dir, '.filler');
  return {
    dir,
    fill() {
      const fd = fs.openSync(filler, 'a');
      try {
        const block = Buffer.alloc(4096);
        for (;;) fs.writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    unmount() {
      try {
        execFileSync('umount', [dir], { stdio: 'ignore' });
      } catch (error) {
        // Still busy (a failed test left a file open): detach it lazily so no mount outlives
        // the run, and still fail, since the test did not close what it opened.
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
        fs.rmSync(dir, { recursive: true, force: true });
        throw error;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
