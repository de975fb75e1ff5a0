import { describe, expect, it } from 'vitest';
import { assessPassphrase, MIN_PASSPHRASE_SCORE } from './passphrase-strength';

describe('assessPassphrase', () => {
  it('requires score 3', () => {
    expect(MIN_PASSPHRASE_SCORE).toBe(3);
  });

  it.each(['', 'password1', 'kodeord123', 'sommer2024', 'Fortrolig2026', 'qwertyuiop', 'København1'])(
    'refuses the weak passphrase %j',
    (passphrase) => {
      const result = assessPassphrase(passphrase);
      expect(result.score).toBeLessThan(MIN_PASSPHRASE_SCORE);
      expect(result.acceptable).toBe(false);
    },
  );

  it.each(['hestebatteri-hæftning-kaffe-blå', 'Min cykel står altid ved den grønne dør', 'tre gule ænder svømmer i Gudenåen'])(
    'accepts the long passphrase %j',
    (passphrase) => {
      const result = assessPassphrase(passphrase);
      expect(result.acceptable).toBe(true);
      expect(result.score).toBeGreaterThanOrEqual(MIN_PASSPHRASE_SCORE);
    },
  );

  it('counts the organisation words passed as user inputs against the passphrase', () => {
    const passphrase = 'Rosenkildepartiet2026!';
    const without = assessPassphrase(passphrase);
    const withInputs = assessPassphrase(passphrase, ['Rosenkildepartiet']);
    expect(withInputs.score).toBeLessThan(without.score);
    expect(withInputs.acceptable).toBe(false);
  });

  it('gives feedback keys for the renderer to translate, not sentences', () => {
    const result = assessPassphrase('password1');
    expect(result.warning).toBe('common');
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const key of result.suggestions) expect(key).toMatch(/^[a-zA-Z]+$/);
  });

  it('omits the warning when there is none', () => {
    const result = assessPassphrase('tre gule ænder svømmer i Gudenåen');
    expect('warning' in result).toBe(false);
  });
});
