import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { formatCaseReference, nextCaseReference, parseCaseReference } from './case-reference';

describe('formatCaseReference', () => {
  test('pads the sequence to three digits', () => {
    expect(formatCaseReference({ year: 2026, sequence: 7 })).toBe('2026-007');
    expect(formatCaseReference({ year: 2026, sequence: 42 })).toBe('2026-042');
    expect(formatCaseReference({ year: 2026, sequence: 999 })).toBe('2026-999');
  });

  test('grows to four digits past 999', () => {
    expect(formatCaseReference({ year: 2026, sequence: 1000 })).toBe('2026-1000');
    expect(formatCaseReference({ year: 2026, sequence: 12345 })).toBe('2026-12345');
  });

  test.each([
    { year: 2026, sequence: 0 },
    { year: 2026, sequence: 1.5 },
    { year: 1999, sequence: 1 },
    { year: 10000, sequence: 1 },
  ])('refuses %j', (reference) => {
    expect(() => formatCaseReference(reference)).toThrow(AppError);
  });
});

describe('parseCaseReference', () => {
  test('reads a reference', () => {
    expect(parseCaseReference('2026-007')).toEqual({ year: 2026, sequence: 7 });
    expect(parseCaseReference('2026-1000')).toEqual({ year: 2026, sequence: 1000 });
  });

  test.each(['2026-7', '2026-07', '2026-0999', '2026-000', '26-007', '2026_007', ' 2026-007', '2026-007 ', 'abc'])(
    'rejects the non-canonical %j',
    (value) => {
      expect(parseCaseReference(value)).toBeNull();
    },
  );

  test('format and parse round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 9999 }), fc.integer({ min: 1, max: 999_999 }), (year, sequence) => {
        expect(parseCaseReference(formatCaseReference({ year, sequence }))).toEqual({ year, sequence });
      }),
    );
  });
});

describe('nextCaseReference', () => {
  test('the first case of a year is 001', () => {
    expect(nextCaseReference([], 2026)).toBe('2026-001');
    expect(nextCaseReference(['2025-014'], 2026)).toBe('2026-001');
  });

  test('follows the highest sequence of that year, not the count', () => {
    expect(nextCaseReference(['2026-001', '2026-005', '2025-300', '2026-003'], 2026)).toBe('2026-006');
  });

  test('crosses 999 into four digits and keeps counting there', () => {
    expect(nextCaseReference(['2026-998', '2026-999'], 2026)).toBe('2026-1000');
    expect(nextCaseReference(['2026-999', '2026-1000'], 2026)).toBe('2026-1001');
  });

  test('refuses a malformed existing reference instead of guessing', () => {
    expect(() => nextCaseReference(['2026-001', 'sag 7'], 2026)).toThrow(AppError);
  });
});
