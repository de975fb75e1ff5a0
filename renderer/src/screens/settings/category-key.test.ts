import { describe, expect, it } from 'vitest';
import { categoryKeySchema } from '../../../../shared/domain/schemas/category';
import { newCategoryKey } from './category-key';

describe('newCategoryKey', () => {
  it('writes Danish names as valid keys', () => {
    expect(newCategoryKey('Mobning på arbejdspladsen', [])).toBe('mobning_paa_arbejdspladsen');
    expect(newCategoryKey('Grænseoverskridende adfærd', [])).toBe('graenseoverskridende_adfaerd');
    expect(newCategoryKey('  3. Øvrige!  ', [])).toBe('oevrige');
  });

  it('falls back to a word when the name has no letters, and never repeats a taken key', () => {
    expect(newCategoryKey('§ 42', [])).toBe('kategori');
    expect(newCategoryKey('Mobning', ['mobning', 'mobning_2'])).toBe('mobning_3');
  });

  it('always produces a key the settings schema accepts', () => {
    for (const name of ['', 'x'.repeat(300), 'Æ', '___', 'Chikane (online)', 'ÅÅÅ ååå']) {
      expect(categoryKeySchema.safeParse(newCategoryKey(name, ['kategori'])).success, name).toBe(true);
    }
  });
});
