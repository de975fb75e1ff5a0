import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

/**
 * Replaces `filePath` so that a crash or power cut leaves either the old file or the
 * complete new one, never a half-written file: write a temporary file in the same folder
 * (rename is only atomic within one file system), fsync it, rename it over the target,
 * then fsync the folder so the rename itself is durable. Files are created readable by
 * the owner only, since everything this app writes is confidential.
 *
 * Errors: ENOSPC/EDQUOT → DISK_FULL, anything else → IO_ERROR. The temporary file is
 * removed on every failure.
 */
export function writeFileAtomic(filePath: string, data: string | Uint8Array): void {
  const dir = path.dirname(filePath);
  const tempPath = path.join(dir, `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  let tempCreated = false;
  try {
    const fd = fs.openSync(tempPath, 'wx', 0o600);
    tempCreated = true;
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tempPath, filePath);
    tempCreated = false;
    fsyncDirectory(dir);
  } catch (error) {
    if (tempCreated) fs.rmSync(tempPath, { force: true });
    throw toWriteError(error);
  }
}

/** Makes renames and creations inside `dir` durable. */
export function fsyncDirectory(dir: string): void {
  // Windows cannot open a folder as a file; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function toWriteError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('DISK_FULL', 'The disk is full; the file was not written.', { errno: code });
  }
  return new AppError('IO_ERROR', 'The file could not be written.', { errno: code ?? 'unknown' });
}
