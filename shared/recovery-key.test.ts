import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_BYTES } from './recovery-key';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const keyBytes = fc.uint8Array({ minLength: RECOVERY_KEY_BYTES, maxLength: RECOVERY_KEY_BYTES });

function symbolsOf(formatted: string): string[] {
  return [...formatted.replaceAll('-', '')];
}

function expectParsedBytes(text: string, expected: Uint8Array): void {
  const parsed = parseRecoveryKey(text);
  expect(parsed.ok).toBe(true);
  if (parsed.ok) expect([...parsed.bytes]).toEqual([...expected]);
}

describe('formatRecoveryKey', () => {
  it('prints 9 dash-separated groups of 4 unambiguous characters', () => {
    const formatted = formatRecoveryKey(crypto.getRandomValues(new Uint8Array(RECOVERY_KEY_BYTES)));
    expect(formatted).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$/);
  });

  it('refuses a key of the wrong length', () => {
    expect(() => formatRecoveryKey(new Uint8Array(16))).toThrow(AppError);
  });

  it('round-trips every key', () => {
    fc.assert(
      fc.property(keyBytes, (bytes) => {
        expectParsedBytes(formatRecoveryKey(bytes), bytes);
      }),
    );
  });
});

describe('parseRecoveryKey', () => {
  const bytes = Uint8Array.from({ length: RECOVERY_KEY_BYTES }, (_, i) => (i * 37 + 11) & 0xff);
  const formatted = formatRecoveryKey(bytes);

  it('accepts lower case, spaces instead of dashes and no separators at all', () => {
    expectParsedBytes(formatted.toLowerCase(), bytes);
    expectParsedBytes(formatted.replaceAll('-', ' '), bytes);
    expectParsedBytes(`  ${formatted.replaceAll('-', '')}\n`, bytes);
  });

  it('reads O as 0 and I or L as 1', () => {
    const withZeroAndOne = formatRecoveryKey(new Uint8Array(RECOVERY_KEY_BYTES));
    expect(withZeroAndOne.startsWith('0000')).toBe(true);
    const typed = withZeroAndOne.replace('0000', 'OoO0');
    expectParsedBytes(typed, new Uint8Array(RECOVERY_KEY_BYTES));

    const ones = Uint8Array.from({ length: RECOVERY_KEY_BYTES }, () => 0x08);
    const onesFormatted = formatRecoveryKey(ones);
    expect(onesFormatted).toContain('1');
    expectParsedBytes(onesFormatted.replaceAll('1', 'l').replace('l', 'I'), ones);
  });

  it('reports a wrong length or a foreign character as a format error', () => {
    expect(parseRecoveryKey('')).toEqual({ ok: false, reason: 'format' });
    expect(parseRecoveryKey(formatted.slice(0, -1))).toEqual({ ok: false, reason: 'format' });
    expect(parseRecoveryKey(`${formatted}-0`)).toEqual({ ok: false, reason: 'format' });
    expect(parseRecoveryKey(`U${formatted.slice(1)}`)).toEqual({ ok: false, reason: 'format' });
    expect(parseRecoveryKey(`æ${formatted.slice(1)}`)).toEqual({ ok: false, reason: 'format' });
  });

  it('catches every single-character typo, at every position', () => {
    const symbols = symbolsOf(formatted);
    let typos = 0;
    symbols.forEach((original, position) => {
      for (const replacement of ALPHABET) {
        if (replacement === original) continue;
        const typed = symbols.with(position, replacement).join('');
        expect(parseRecoveryKey(typed)).toEqual({ ok: false, reason: 'checksum' });
        typos++;
      }
    });
    expect(typos).toBe(36 * 31);
  });

  it('catches every swap of two neighbouring characters', () => {
    fc.assert(
      fc.property(keyBytes, (randomBytes) => {
        const symbols = symbolsOf(formatRecoveryKey(randomBytes));
        for (let i = 0; i + 1 < symbols.length; i++) {
          const [a, b] = [symbols[i], symbols[i + 1]];
          if (a === b || a === undefined || b === undefined) continue;
          const swapped = symbols.with(i, b).with(i + 1, a).join('');
          expect(parseRecoveryKey(swapped)).toEqual({ ok: false, reason: 'checksum' });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('catches every pair of typos in the key part (CRC is linear, so one key covers all)', () => {
    const symbols = symbolsOf(formatted);
    let missed = 0;
    for (let i = 0; i < 32; i++) {
      for (let j = i + 1; j < 32; j++) {
        for (const x of ALPHABET) {
          if (x === symbols[i]) continue;
          for (const y of ALPHABET) {
            if (y === symbols[j]) continue;
            if (parseRecoveryKey(symbols.with(i, x).with(j, y).join('')).ok) missed++;
          }
        }
      }
    }
    expect(missed).toBe(0);
  });
});
