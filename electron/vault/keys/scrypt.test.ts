import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { assertScryptCost, calibrateScrypt, deriveScryptKey, SCRYPT_FLOOR } from './scrypt';

const salt = new Uint8Array(16).fill(7);

describe('scrypt cost', () => {
  it.each([
    { N: 2 ** 15, r: 8, p: 1 },
    { N: 2 ** 16, r: 4, p: 1 },
    { N: 2 ** 16, r: 8, p: 0 },
    { N: 100_000, r: 8, p: 1 },
    { N: 2 ** 24, r: 8, p: 1 },
    { N: 2 ** 16, r: 8, p: 1.5 },
  ])('refuses %o', async (cost) => {
    expect(() => assertScryptCost(cost)).toThrow(AppError);
    await expect(deriveScryptKey('x', salt, cost)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('accepts the floor', () => {
    expect(() => assertScryptCost(SCRYPT_FLOOR)).not.toThrow();
  });
});

describe('deriveScryptKey', () => {
  it('derives 32 bytes, the same for composed and decomposed æøå', async () => {
    const composed = 'blåbærgrød';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const [a, b, other] = await Promise.all([
      deriveScryptKey(composed, salt, SCRYPT_FLOOR),
      deriveScryptKey(decomposed, salt, SCRYPT_FLOOR),
      deriveScryptKey('blabaergrod', salt, SCRYPT_FLOOR),
    ]);
    expect(a.length).toBe(32);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(other)).toBe(false);
  });
});

describe('calibrateScrypt', () => {
  it('chooses a cost at or above the floor, within 256 MiB, and takes at most ~1 s here', async () => {
    const cost = await calibrateScrypt();
    expect(cost.N).toBeGreaterThanOrEqual(SCRYPT_FLOOR.N);
    expect(cost.N).toBeLessThanOrEqual(2 ** 18);
    expect(cost.r).toBe(SCRYPT_FLOOR.r);
    expect(cost.p).toBeGreaterThanOrEqual(1);
    expect(await calibrateScrypt()).toEqual(cost);

    const started = performance.now();
    await deriveScryptKey('timing', salt, cost);
    const elapsed = performance.now() - started;
    console.warn(`calibrated scrypt N=2^${Math.log2(cost.N)} r=${cost.r} p=${cost.p}: ${elapsed.toFixed(0)} ms`);
    // Generous upper bound: the machine is shared, so the lower end is not asserted.
    expect(elapsed).toBeLessThan(2500);
  });
});
