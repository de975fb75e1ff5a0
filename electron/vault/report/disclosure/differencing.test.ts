import { describe, expect, test } from 'vitest';
import { periodsOverlap, provesSmallChange, revealsSmallChange } from './differencing';

const exact = (value: number) => ({ min: value, max: value });

describe('periodsOverlap', () => {
  test.each([
    [{ from: '2025-01-01', to: '2025-12-31' }, { from: '2026-01-01', to: '2026-12-31' }, false],
    [{ from: '2025-07-01', to: '2026-06-30' }, { from: '2026-01-01', to: '2026-12-31' }, true],
    [{ from: '2026-01-01', to: '2026-12-31' }, { from: '2026-01-01', to: '2026-12-31' }, true],
    [{ from: '2025-01-01', to: '2026-01-01' }, { from: '2026-01-01', to: '2026-12-31' }, true],
  ])('%j and %j overlap: %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });
});

describe('provesSmallChange', () => {
  test.each([
    [exact(12), exact(9), true],
    [exact(9), exact(12), true],
    [exact(12), exact(12), false],
    [exact(14), exact(9), false],
    [{ min: 0, max: 4 }, exact(7), false],
    [{ min: 0, max: 4 }, exact(6), false],
    [exact(8), { min: 5, max: 7 }, true],
    [exact(8), { min: 0, max: 4 }, false],
  ])('%j against %j: %s', (current, previous, expected) => {
    expect(provesSmallChange(current, previous, 5)).toBe(expected);
  });
});

describe('revealsSmallChange', () => {
  const threshold = () => 5;

  test('a published cell that moved by two is revealed', () => {
    const previous = { total: exact(30), cells: { a: exact(20), b: exact(10) } };
    const current = { total: exact(30), cells: { a: exact(18), b: exact(12) } };
    expect(revealsSmallChange(current, previous, threshold)).toBe(true);
  });

  test('the net change over the hidden cells is revealed when small', () => {
    // a grew by 6 of the 8 new cases, so the hidden rows gained 2 between them.
    const previous = { total: exact(30), cells: { a: exact(20), b: { min: 5, max: 30 }, c: { min: 0, max: 4 } } };
    const current = { total: exact(38), cells: { a: exact(26), b: { min: 5, max: 38 }, c: { min: 0, max: 4 } } };
    expect(revealsSmallChange(current, previous, threshold)).toBe(true);
  });

  test('unchanged or clearly changed figures reveal nothing', () => {
    const previous = { total: exact(30), cells: { a: exact(20), b: exact(10) } };
    expect(revealsSmallChange({ total: exact(30), cells: { a: exact(20), b: exact(10) } }, previous, threshold)).toBe(false);
    expect(revealsSmallChange({ total: exact(40), cells: { a: exact(25), b: exact(15) } }, previous, threshold)).toBe(false);
  });

  test('a table withheld last year is known only through its total', () => {
    const previous = { total: exact(30), cells: {} };
    expect(revealsSmallChange({ total: exact(30), cells: { a: exact(20), b: exact(10) } }, previous, threshold)).toBe(false);
  });
});
