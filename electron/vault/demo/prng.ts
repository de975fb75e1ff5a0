import { AppError } from '../../../shared/errors';

/**
 * A small seeded pseudo-random generator (mulberry32) for demo data: the same seed always
 * gives the same vault, so a demo or a test can be rebuilt exactly. Not for anything
 * secret; keys come from node:crypto.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `probability`. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createPrng(seed: number): Prng {
  if (!Number.isInteger(seed)) throw new AppError('INVALID_INPUT', 'A demo seed must be an integer');
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new AppError('INVALID_INPUT', 'int() needs integer bounds with min <= max');
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  const sample = <T>(items: readonly T[], count: number): T[] => {
    if (!Number.isInteger(count) || count < 0 || count > items.length) {
      throw new AppError('INVALID_INPUT', 'sample() count must be between 0 and the number of items');
    }
    const pool = [...items];
    // Partial Fisher–Yates: the first `count` slots end up a uniform random sample.
    for (let index = 0; index < count; index += 1) {
      const swapWith = int(index, pool.length - 1);
      [pool[index], pool[swapWith]] = [pool[swapWith] as T, pool[index] as T];
    }
    return pool.slice(0, count);
  };

  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new AppError('INVALID_INPUT', 'pick() needs at least one item');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    sample,
  };
}
