import { AppError } from '../../shared/errors';

export interface AttemptLimiterOptions {
  /** Failed attempts allowed before any waiting starts. */
  freeAttempts?: number;
  /** Wait after the first failure beyond the free ones; doubles with each further failure. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected so tests can move time. */
  now?: () => number;
}

/**
 * Slows down guessing at the unlock screen: after `freeAttempts` failures each further
 * attempt must wait, 1 s, 2 s, 4 s … up to 5 minutes. The scrypt cost already makes each
 * guess slow; this stops a person at the keyboard (or a script driving the UI) from
 * trying thousands. Main keeps one limiter per vault; success resets it.
 */
export class AttemptLimiter {
  private readonly freeAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly now: () => number;
  private failures = 0;
  private lastFailureAt = 0;

  constructor(options: AttemptLimiterOptions = {}) {
    this.freeAttempts = options.freeAttempts ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds until the next attempt is allowed; 0 when it may go ahead. */
  waitMs(): number {
    if (this.failures < this.freeAttempts) return 0;
    const delay = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (this.failures - this.freeAttempts));
    return Math.max(0, this.lastFailureAt + delay - this.now());
  }

  /** Call before an attempt; throws TOO_MANY_ATTEMPTS with `retryAfterMs` while waiting. */
  assertMayAttempt(): void {
    const retryAfterMs = this.waitMs();
    if (retryAfterMs > 0) {
      throw new AppError('TOO_MANY_ATTEMPTS', 'Too many failed attempts; wait before trying again.', {
        retryAfterMs,
        failures: this.failures,
      });
    }
  }

  recordFailure(): void {
    this.failures++;
    this.lastFailureAt = this.now();
  }

  recordSuccess(): void {
    this.failures = 0;
    this.lastFailureAt = 0;
  }
}
