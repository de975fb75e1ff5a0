import { describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES, categoryLabel, findCategory, isSensitiveCategory } from './categories';
import { categoryListSchema } from './schemas/category';
import type { CategoryDefinition } from './vocabulary';

const custom: CategoryDefinition[] = [
  { key: 'bullying', labelDa: 'Mobning', labelEn: 'Bullying', sensitive: false },
  { key: 'assault', labelDa: 'Overgreb', labelEn: 'Assault', sensitive: true },
];

describe('categories', () => {
  test('the defaults are the policy categories, with assault marked sensitive', () => {
    expect(DEFAULT_CATEGORIES.map(({ key, sensitive }) => [key, sensitive])).toEqual([
      ['sexism', false],
      ['harassment', false],
      ['assault', true],
      ['other', false],
    ]);
    expect(DEFAULT_CATEGORIES[2]?.labelDa).toBe('Seksuel tvang og overgreb');
  });

  test('the defaults are a valid categories setting', () => {
    expect(categoryListSchema.safeParse(DEFAULT_CATEGORIES).success).toBe(true);
  });

  test('labels come from the configured categories', () => {
    expect(categoryLabel(custom, 'bullying', 'da')).toBe('Mobning');
    expect(categoryLabel(custom, 'bullying', 'en')).toBe('Bullying');
    expect(findCategory(custom, 'sexism')).toBeUndefined();
  });

  test('a removed category still shows its key', () => {
    expect(categoryLabel(custom, 'sexism', 'da')).toBe('sexism');
  });

  test('an unknown category is treated as sensitive', () => {
    expect(isSensitiveCategory(custom, 'bullying')).toBe(false);
    expect(isSensitiveCategory(custom, 'assault')).toBe(true);
    expect(isSensitiveCategory(custom, 'gone')).toBe(true);
  });
});
