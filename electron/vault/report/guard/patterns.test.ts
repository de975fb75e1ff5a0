import { describe, expect, test } from 'vitest';
import { findPatterns } from './patterns';

const found = (text: string): string[][] =>
  findPatterns(text)
    .sort((a, b) => a.start - b.start)
    .map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('findPatterns', () => {
  test('tells dates from phone numbers', () => {
    expect(found('Mødet 24.12.2026 og telefon 24.12.20.26.')).toEqual([
      ['date', '24.12.2026'],
      ['phone', '24.12.20.26'],
    ]);
  });

  test('does not take periods, amounts or years for numbers that identify', () => {
    expect(found('I perioden 2025-2026 brugte vi 10.000.000 kr. og 2.500 timer.')).toEqual([]);
  });

  test('reads the date it finds', () => {
    expect(findPatterns('Den 3. februar 2026.')[0]?.date).toEqual({ day: 3, month: 2, year: 2026 });
    expect(findPatterns('Den 3/2.')[0]?.date).toEqual({ day: 3, month: 2, year: null });
    expect(findPatterns('I oktober.')[0]?.date).toEqual({ day: null, month: 10, year: null });
  });

  test('tells CPR numbers from phone numbers', () => {
    expect(found('Ring +45 22 33 44 55, ikke 120390-1234 eller 1203901234.')).toEqual([
      ['phone', '+45 22 33 44 55'],
      ['cpr', '120390-1234'],
      ['cpr', '1203901234'],
    ]);
  });

  test('refuses day-month combinations that do not exist', () => {
    expect(found('Den 31/4 og den 30.2. og 310490-1234.')).toEqual([]);
  });
});
