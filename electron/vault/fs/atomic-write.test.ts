import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { toWriteError, writeFileAtomic } from './atomic-write';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function errorOf(action: () => void): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('writeFileAtomic', () => {
  it('writes text and bytes, replaces an existing file and leaves nothing else behind', () => {
    const target = path.join(dir, 'keys.json');
    writeFileAtomic(target, '{"version":1}');
    expect(fs.readFileSync(target, 'utf8')).toBe('{"version":1}');

    writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(dir)).toEqual(['keys.json']);
  });

  it.skipIf(process.platform === 'win32')('creates files readable by the owner only', () => {
    const target = path.join(dir, 'export.docx');
    writeFileAtomic(target, 'x');
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it('reports IO_ERROR and removes its temporary file when the rename fails', () => {
    const target = path.join(dir, 'occupied');
    fs.mkdirSync(path.join(target, 'child'), { recursive: true });
    const error = errorOf(() => writeFileAtomic(target, 'data'));
    expect(error.code).toBe('IO_ERROR');
    expect(fs.readdirSync(dir)).toEqual(['occupied']);
  });

  it('reports IO_ERROR when the folder does not exist', () => {
    const error = errorOf(() => writeFileAtomic(path.join(dir, 'missing', 'file.txt'), 'data'));
    expect(error.code).toBe('IO_ERROR');
    expect(error.details).toEqual({ errno: 'ENOENT' });
  });
});

describe('toWriteError', () => {
  it.skipIf(!fs.existsSync('/dev/full'))('maps a real ENOSPC from the kernel to DISK_FULL', () => {
    let kernelError: unknown;
    try {
      fs.writeFileSync('/dev/full', 'x');
    } catch (error) {
      kernelError = error;
    }
    expect((kernelError as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(toWriteError(kernelError).code).toBe('DISK_FULL');
  });
});

/** A tiny tmpfs is a real full disk; mounting one needs root on Linux, so elsewhere this is skipped. */
function mountTinyFileSystem(mountPoint: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('writeFileAtomic on a full disk', () => {
  it('reports DISK_FULL, keeps the old file and leaves no temporary file', (context) => {
    const mountPoint = path.join(dir, 'full');
    fs.mkdirSync(mountPoint);
    if (!mountTinyFileSystem(mountPoint)) {
      console.warn('skipped: mounting a small tmpfs needs root on Linux');
      context.skip();
    }
    try {
      const target = path.join(mountPoint, 'keys.json');
      writeFileAtomic(target, 'old');
      const error = errorOf(() => writeFileAtomic(target, new Uint8Array(1024 * 1024)));
      expect(error.code).toBe('DISK_FULL');
      expect(fs.readFileSync(target, 'utf8')).toBe('old');
      expect(fs.readdirSync(mountPoint)).toEqual(['keys.json']);
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });
});
