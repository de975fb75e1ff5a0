import { describe, expect, test } from 'vitest';
import { isAppError } from '../../../../shared/errors';
import { DEFAULT_THRESHOLDS, resolveThresholds } from './thresholds';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isAppError(error) ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('resolveThresholds', () => {
  test('gives the policy defaults when nothing is raised', () => {
    expect(resolveThresholds()).toEqual({ cell: 5, sensitiveCell: 10, minCases: 5, minDurationCases: 5 });
  });

  test('applies raised values', () => {
    expect(resolveThresholds({ cell: 7, sensitiveCell: 12, minCases: 9 })).toEqual({
      cell: 7,
      sensitiveCell: 12,
      minCases: 9,
      minDurationCases: 7,
    });
  });

  test.each([
    [{ cell: 4 }],
    [{ sensitiveCell: 9 }],
    [{ minCases: 1 }],
    [{ minDurationCases: 0 }],
    [{ cell: 5.5 }],
    [{ cell: Number.NaN }],
  ])('refuses a lowered or malformed threshold %j', (raised) => {
    expect(codeOf(() => resolveThresholds(raised))).toBe('INVALID_INPUT');
  });

  test('raising the cell threshold raises the floor of the others', () => {
    expect(resolveThresholds({ cell: 12 })).toEqual({ cell: 12, sensitiveCell: 12, minCases: 12, minDurationCases: 12 });
    expect(resolveThresholds({ cell: 7 })).toEqual({ cell: 7, sensitiveCell: 10, minCases: 7, minDurationCases: 7 });
    expect(codeOf(() => resolveThresholds({ cell: 12, sensitiveCell: 11 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => resolveThresholds({ cell: 8, minCases: 6 }))).toBe('INVALID_INPUT');
  });

  test('the defaults cannot be changed at run time', () => {
    expect(Object.isFrozen(DEFAULT_THRESHOLDS)).toBe(true);
  });
});
