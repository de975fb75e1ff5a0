import { AppError } from '../../shared/errors';
import type { CliIo } from './command';

/** Secrets come from these variables or a hidden prompt; never from the command line. */
export const SECRET_ENV = {
  passphrase: 'FORTROLIG_PASSPHRASE',
  newPassphrase: 'FORTROLIG_NEW_PASSPHRASE',
  recoveryKey: 'FORTROLIG_RECOVERY_KEY',
} as const;

export async function readSecret(io: CliIo, envName: string, question: string): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return io.askHidden(question);
}

/** A new passphrase: from the variable, or asked twice so a typo cannot lock the person out. */
export async function readNewPassphrase(io: CliIo, envName: string): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = await io.askHidden('New passphrase: ');
  const second = await io.askHidden('Repeat the new passphrase: ');
  if (first !== second) throw new AppError('INVALID_INPUT', 'The two passphrases differ.');
  return first;
}
