import { AppError } from '../../shared/errors';
import { SCRYPT_FLOOR, type ScryptCost } from '../vault/keys/scrypt';
import type { CliOptions, CliValues } from './command';

export const VAULT_OPTION: CliOptions = { vault: { type: 'string' } };
export const KDF_FLOOR_OPTION: CliOptions = { 'kdf-floor': { type: 'boolean' } };

export function requiredString(values: CliValues, name: string, placeholder: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') {
    throw new AppError('INVALID_INPUT', `--${name} ${placeholder} is required.`);
  }
  return value;
}

/** `--kdf-floor`: the minimum scrypt cost instead of calibrating (test vaults, scripts). */
export function kdfChoice(values: CliValues): ScryptCost | undefined {
  return values['kdf-floor'] === true ? SCRYPT_FLOOR : undefined;
}
