import { describe, expect, it } from 'vitest';
import { sumsRevealHiddenCell } from './sum-knowledge';

const exact = (value: number) => ({ min: value, max: value });
const KEYS = ['sexism', 'harassment', 'other'];

describe('what the sums of both vaults’ reports reveal about a joint table', () => {
  it('finds a joint cell hidden as complementary that the two vaults published (12 = 7 + 5), which then pins the small one', () => {
    const joint = { total: exact(35), cells: { sexism: exact(20), harassment: { min: 5, max: 35 }, other: { min: 0, max: 4 } } };
    const sides = [
      { total: exact(20), cells: { sexism: exact(11), harassment: exact(7), other: { min: 0, max: 4 } } },
      { total: exact(15), cells: { sexism: exact(9), harassment: exact(5), other: { min: 0, max: 4 } } },
    ];
    expect(sumsRevealHiddenCell(joint, sides, KEYS)).toBe(true);
  });

  it('finds a cell one vault hid, pinned by the joint figure minus the other vault’s', () => {
    const joint = { total: exact(30), cells: { sexism: exact(15), harassment: exact(9), other: exact(6) } };
    const sides = [
      { total: exact(16), cells: { sexism: exact(9), harassment: exact(7), other: { min: 0, max: 4 } } },
      { total: exact(14), cells: { sexism: exact(6), harassment: exact(2), other: exact(6) } },
    ];
    expect(sumsRevealHiddenCell(joint, sides, KEYS)).toBe(true);
  });

  it('passes a table whose hidden cells stay open in every report', () => {
    const joint = { total: exact(40), cells: { sexism: exact(22), harassment: { min: 5, max: 40 }, other: { min: 0, max: 4 } } };
    const sides = [
      { total: exact(20), cells: { sexism: exact(11), harassment: { min: 5, max: 20 }, other: { min: 0, max: 4 } } },
      { total: exact(20), cells: { sexism: exact(11), harassment: { min: 5, max: 20 }, other: { min: 0, max: 4 } } },
    ];
    expect(sumsRevealHiddenCell(joint, sides, KEYS)).toBe(false);
  });

  it('treats a withheld table of one vault as hidden, and a vault without a report as knowing nothing', () => {
    const joint = { total: exact(30), cells: { sexism: exact(15), harassment: exact(9), other: exact(6) } };
    const withheld = { total: exact(16), cells: null };
    const other = { total: exact(14), cells: { sexism: exact(6), harassment: exact(2), other: exact(6) } };
    expect(sumsRevealHiddenCell(joint, [withheld, other], KEYS)).toBe(true);
    expect(sumsRevealHiddenCell(joint, [{ total: { min: 0, max: 30 }, cells: {} }, other], KEYS)).toBe(false);
  });

  it('counts reports that cannot add up (made before cases changed) as a leak', () => {
    const joint = { total: exact(30), cells: { sexism: exact(20), harassment: exact(10), other: exact(0) } };
    const sides = [
      { total: exact(10), cells: { sexism: exact(5), harassment: exact(5), other: exact(0) } },
      { total: exact(10), cells: { sexism: exact(5), harassment: exact(5), other: exact(0) } },
    ];
    expect(sumsRevealHiddenCell(joint, sides, KEYS)).toBe(true);
  });
});
