import { describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { DEFAULT_RETENTION_YEARS, deletableFrom, isPastRetention, retentionEndsOn } from './retention';

describe('retention', () => {
  test('defaults to five years', () => {
    expect(DEFAULT_RETENTION_YEARS).toBe(5);
  });

  test('the case is kept through the anniversary and is past retention the day after', () => {
    expect(retentionEndsOn('2026-03-10', 5)).toBe('2031-03-10');
    expect(deletableFrom('2026-03-10', 5)).toBe('2031-03-11');
    expect(isPastRetention('2026-03-10', 5, '2031-03-09')).toBe(false);
    expect(isPastRetention('2026-03-10', 5, '2031-03-10')).toBe(false);
    expect(isPastRetention('2026-03-10', 5, '2031-03-11')).toBe(true);
  });

  test('the boundary crosses a year end correctly', () => {
    expect(isPastRetention('2026-12-31', 1, '2027-12-31')).toBe(false);
    expect(isPastRetention('2026-12-31', 1, '2028-01-01')).toBe(true);
  });

  test('a case closed on 29 February is kept through 28 February', () => {
    expect(retentionEndsOn('2024-02-29', 1)).toBe('2025-02-28');
    expect(isPastRetention('2024-02-29', 1, '2025-02-28')).toBe(false);
    expect(isPastRetention('2024-02-29', 1, '2025-03-01')).toBe(true);
    expect(isPastRetention('2024-02-29', 4, '2028-02-29')).toBe(false);
    expect(isPastRetention('2024-02-29', 4, '2028-03-01')).toBe(true);
  });

  test('an open case is never past retention', () => {
    expect(isPastRetention(null, 1, '2099-01-01')).toBe(false);
  });

  test.each([0, -1, 2.5, 51])('refuses %d retention years', (years) => {
    expect(() => retentionEndsOn('2026-01-01', years)).toThrow(AppError);
    expect(() => isPastRetention(null, years, '2026-01-01')).toThrow(AppError);
  });
});
