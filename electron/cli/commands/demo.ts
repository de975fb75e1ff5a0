import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { createDemoVault, DEMO_MAX_CASES } from '../../vault/demo/generate';
import type { CliCommand, CliValues } from '../command';
import { EXIT } from '../exit-codes';
import { VAULT_OPTION } from '../options';

const DEFAULT_CASES = 300;
const DEFAULT_SEED = 1;

function wholeNumber(values: CliValues, name: string, fallback: number, max: number): number {
  const value = values[name];
  if (value === undefined) return fallback;
  const number = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || number > max) {
    throw new AppError('INVALID_INPUT', `--${name} must be a whole number up to ${max}.`);
  }
  return number;
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Create a vault filled with seeded, invented Danish demo cases and print its passphrase',
  usage: '[--vault DIR] [--cases N] [--seed S]',
  options: { ...VAULT_OPTION, cases: { type: 'string' }, seed: { type: 'string' } },
  async run(values, io) {
    const dir =
      typeof values.vault === 'string' && values.vault !== ''
        ? values.vault
        : path.join(os.tmpdir(), `fortrolig-demo-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    const cases = wholeNumber(values, 'cases', DEFAULT_CASES, DEMO_MAX_CASES);
    const seed = wholeNumber(values, 'seed', DEFAULT_SEED, 2 ** 32 - 1);
    if (cases < 1) throw new AppError('INVALID_INPUT', '--cases must be at least 1.');
    const started = performance.now();
    const demo = await createDemoVault({ dir, cases, seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.err(`Demo vault with ${demo.summary.cases} cases and ${demo.summary.notes} notes (seed ${seed}) made in ${seconds} s.`);
    io.err('Everything in it is invented. Its passphrase uses the minimum key-derivation cost; do not keep real cases in it.');
    io.out(`vault: ${demo.dir}`);
    io.out(`passphrase: ${demo.passphrase}`);
    io.out(`recovery key: ${demo.recoveryKey}`);
    return EXIT.ok;
  },
};
