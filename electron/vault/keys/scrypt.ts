import { scrypt } from 'node:crypto';
import { AppError } from '../../../shared/errors';

/** scrypt cost parameters, stored in the passphrase slot so they can be raised later. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * The lowest cost this app ever uses or accepts, whatever a caller, a setting or a
 * keys.json file says: 64 MiB and ~0.2 s per guess on a laptop core.
 */
export const SCRYPT_FLOOR: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 16, r: 8, p: 1 });

/** Above this a keys.json file is treated as damaged or hostile (it would exhaust memory). */
const MAX_MEMORY_BYTES = 1024 * 1024 * 1024;
const MAX_PARALLELISM = 16;

/** Calibration grows memory only up to 256 MiB, then time via p, to stay kind to laptops. */
const CALIBRATION_MAX_N = 2 ** 18;
const CALIBRATION_TARGET_MS = 750;
const CALIBRATION_CEILING_MS = 1000;

export const SCRYPT_KEY_BYTES = 32;

export function scryptCostProblem(cost: ScryptCost): string | null {
  const { N, r, p } = cost;
  if (![N, r, p].every(Number.isSafeInteger)) return 'scrypt parameters must be integers';
  if ((N & (N - 1)) !== 0) return 'scrypt N must be a power of two';
  if (N < SCRYPT_FLOOR.N || r < SCRYPT_FLOOR.r || p < SCRYPT_FLOOR.p) return 'scrypt cost is below the floor';
  if (memoryBytes(cost) > MAX_MEMORY_BYTES || p > MAX_PARALLELISM) return 'scrypt cost is above the ceiling';
  return null;
}

/** Throws INVALID_INPUT for a cost a caller asked for that is below the floor or absurd. */
export function assertScryptCost(cost: ScryptCost): void {
  const problem = scryptCostProblem(cost);
  if (problem) throw new AppError('INVALID_INPUT', `Refused key derivation cost: ${problem}.`);
}

/**
 * Derives the slot-wrapping key. Runs on libuv's thread pool, so Electron's main process
 * stays responsive for the 0.5–1 s it takes. The passphrase is NFC-normalised because the
 * same "æ" can arrive composed or decomposed depending on keyboard and OS.
 */
export async function deriveScryptKey(passphrase: string, salt: Uint8Array, cost: ScryptCost): Promise<Buffer> {
  assertScryptCost(cost);
  return await new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      SCRYPT_KEY_BYTES,
      { N: cost.N, r: cost.r, p: cost.p, maxmem: memoryBytes(cost) + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** The caller's cost (checked against the floor) or, when none is given, the calibrated one. */
export async function chooseScryptCost(requested?: ScryptCost): Promise<ScryptCost> {
  if (!requested) return calibrateScrypt();
  assertScryptCost(requested);
  return requested;
}

let calibration: Promise<ScryptCost> | undefined;

/**
 * Picks a cost that takes 0.5–1 s here: time one derivation at the floor, double N while
 * the prediction stays below ~0.9 s and memory within 256 MiB, then choose p nearest the
 * 0.75 s target without passing 1 s. Measured once per process; a busy machine measures
 * slow and so errs towards a faster (never sub-floor) cost.
 */
export function calibrateScrypt(): Promise<ScryptCost> {
  calibration ??= measureAndChoose().catch((error: unknown) => {
    calibration = undefined;
    throw error;
  });
  return calibration;
}

async function measureAndChoose(): Promise<ScryptCost> {
  const started = performance.now();
  await deriveScryptKey('calibration', new Uint8Array(16), SCRYPT_FLOOR);
  let predictedMs = Math.max(performance.now() - started, 1);
  let N = SCRYPT_FLOOR.N;
  while (N * 2 <= CALIBRATION_MAX_N && predictedMs * 2 <= 0.9 * CALIBRATION_CEILING_MS) {
    N *= 2;
    predictedMs *= 2;
  }
  const nearestTarget = Math.round(CALIBRATION_TARGET_MS / predictedMs);
  const withinCeiling = Math.floor(CALIBRATION_CEILING_MS / predictedMs);
  const p = Math.min(MAX_PARALLELISM, Math.max(1, Math.min(nearestTarget, withinCeiling)));
  return { N, r: SCRYPT_FLOOR.r, p };
}

/** OpenSSL's own accounting: the V array plus the B blocks. */
function memoryBytes({ N, r, p }: ScryptCost): number {
  return 128 * r * (N + 2) + 128 * r * p;
}
