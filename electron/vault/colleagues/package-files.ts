import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { PACKAGE_MAX_BYTES } from './envelope';

/** Package and identity-card files as the save and open dialogs offer them. */
export const PACKAGE_FILTERS = [{ name: 'Fortrolig-pakke (age)', extensions: ['age'] }];
export const IDENTITY_CARD_FILTERS = [{ name: 'Fortrolig identitetskort', extensions: ['fortrolig-id'] }];

/** A package file the person chose: size checked before reading, IO_ERROR when unreadable. */
export function readPackageFile(file: string): Uint8Array {
  try {
    if (fs.statSync(file).size > PACKAGE_MAX_BYTES) {
      throw new AppError('FILE_TOO_LARGE', 'The file is larger than any package this app writes.', { maxBytes: PACKAGE_MAX_BYTES });
    }
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', 'The chosen file could not be read.');
  }
}

/** Written whole or not at all; the file is encrypted, so no plaintext warning is needed beyond the sharing one. */
export function writePackageFile(file: string, bytes: Uint8Array): void {
  writeFileAtomic(file, bytes);
}
