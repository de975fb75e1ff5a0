import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { AttemptLimiter } from './attempt-limiter';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

function retryAfter(limiter: AttemptLimiter): number {
  try {
    limiter.assertMayAttempt();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('TOO_MANY_ATTEMPTS');
    return (error as AppError).details?.retryAfterMs as number;
  }
  return 0;
}

describe('AttemptLimiter', () => {
  it('lets the free attempts through, then makes each attempt wait twice as long', () => {
    const time = clock();
    const limiter = new AttemptLimiter({ freeAttempts: 3, baseDelayMs: 1000, now: time.now });
    for (let i = 0; i < 3; i++) {
      expect(retryAfter(limiter)).toBe(0);
      limiter.recordFailure();
    }
    expect(retryAfter(limiter)).toBe(1000);
    time.advance(400);
    expect(retryAfter(limiter)).toBe(600);
    time.advance(600);
    expect(retryAfter(limiter)).toBe(0);

    limiter.recordFailure();
    expect(retryAfter(limiter)).toBe(2000);
    time.advance(2000);
    limiter.recordFailure();
    expect(retryAfter(limiter)).toBe(4000);
  });

  it('never waits longer than the maximum', () => {
    const time = clock();
    const limiter = new AttemptLimiter({ freeAttempts: 0, baseDelayMs: 1000, maxDelayMs: 5000, now: time.now });
    for (let i = 0; i < 20; i++) limiter.recordFailure();
    expect(limiter.waitMs()).toBe(5000);
  });

  it('starts afresh after a success', () => {
    const time = clock();
    const limiter = new AttemptLimiter({ freeAttempts: 2, now: time.now });
    limiter.recordFailure();
    limiter.recordFailure();
    expect(limiter.waitMs()).toBeGreaterThan(0);
    limiter.recordSuccess();
    expect(limiter.waitMs()).toBe(0);
    limiter.recordFailure();
    expect(limiter.waitMs()).toBe(0);
  });

  it('defaults to five free attempts and a one-second first wait', () => {
    const time = clock();
    const limiter = new AttemptLimiter({ now: time.now });
    for (let i = 0; i < 5; i++) limiter.recordFailure();
    expect(limiter.waitMs()).toBe(1000);
  });
});
