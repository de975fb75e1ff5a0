import { describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { addDays, addYears, compareIsoDates, formatIsoDate, isIsoDate, parseIsoDate } from './iso-date';

describe('parseIsoDate', () => {
  test('accepts real calendar days', () => {
    expect(parseIsoDate('2026-03-07')).toEqual({ year: 2026, month: 3, day: 7 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  test.each(['2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01', '2026-01-01T10:00', ''])(
    'rejects %j',
    (value) => {
      expect(parseIsoDate(value)).toBeNull();
      expect(isIsoDate(value)).toBe(false);
    },
  );

  test('keeps two-digit years as written', () => {
    expect(formatIsoDate({ year: 26, month: 1, day: 1 })).toBe('0026-01-01');
    expect(addDays('0026-12-31', 1)).toBe('0027-01-01');
  });
});

describe('date arithmetic', () => {
  test('addYears keeps the day, and 29 February falls back to the 28th', () => {
    expect(addYears('2026-03-10', 5)).toBe('2031-03-10');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  test('addDays crosses months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  test('compareIsoDates orders dates', () => {
    expect(compareIsoDates('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareIsoDates('2026-01-10', '2026-01-02')).toBeGreaterThan(0);
    expect(compareIsoDates('2026-01-10', '2026-01-10')).toBe(0);
  });

  test('refuses strings that are not dates', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(AppError);
    expect(() => compareIsoDates('yesterday', '2026-01-01')).toThrow(AppError);
  });
});
