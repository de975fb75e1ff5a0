import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { formatCount, formatDate, formatPercent, formatPeriod } from './format';

describe('formatDate', () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it('writes Danish long dates with lower-case month names', () => {
    expect(formatDate('2026-11-21', 'da')).toBe('21. november 2026');
    expect(formatDate('2028-02-29', 'da')).toBe('29. februar 2028');
  });

  it('writes English long dates for English documents', () => {
    expect(formatDate('2026-11-21', 'en')).toBe('21 November 2026');
  });

  it('keeps the calendar day in time zones far from UTC', () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Copenhagen']) {
      process.env.TZ = timeZone;
      expect(formatDate('2026-01-01', 'da')).toBe('1. januar 2026');
    }
  });

  it.each(['2026-02-30', '2026-13-01', '21-11-2026', '2026-11-21T10:00:00Z', ''])(
    'refuses %j with INVALID_INPUT',
    (value) => {
      expect(() => formatDate(value, 'da')).toThrowError(AppError);
      expect(() => formatDate(value, 'da')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    },
  );

  it('joins a period with an en dash', () => {
    expect(formatPeriod('2025-09-01', '2026-08-31', 'da')).toBe('1. september 2025 – 31. august 2026');
  });
});

describe('number formats', () => {
  it('uses Danish separators and a spaced percent sign in Danish', () => {
    expect(formatCount(1234, 'da')).toBe('1.234');
    expect(formatPercent(62.5, 'da')).toBe('62,5\u00a0%');
  });

  it('uses English separators in English', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatPercent(62.5, 'en')).toBe('62.5%');
  });
});
