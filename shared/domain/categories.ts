import { labels } from './labels';
import { DEFAULT_CATEGORY_KEYS, type CategoryDefinition, type Language } from './vocabulary';

/** Sexual coercion and assault gets the stricter thresholds ("skærpes tilgangen"). */
const SENSITIVE_DEFAULT_CATEGORIES: ReadonlySet<string> = new Set(['assault']);

/** The policy's categories, the starting value of the categories setting. */
export const DEFAULT_CATEGORIES: readonly CategoryDefinition[] = DEFAULT_CATEGORY_KEYS.map((key) => ({
  key,
  labelDa: labels.da.category[key],
  labelEn: labels.en.category[key],
  sensitive: SENSITIVE_DEFAULT_CATEGORIES.has(key),
}));

export function findCategory(categories: readonly CategoryDefinition[], key: string): CategoryDefinition | undefined {
  return categories.find((category) => category.key === key);
}

/**
 * The label of a stored category key. A key no longer in the settings (the category was
 * removed after cases used it) is shown as the key itself rather than hidden.
 */
export function categoryLabel(categories: readonly CategoryDefinition[], key: string, language: Language): string {
  const category = findCategory(categories, key);
  if (category === undefined) return key;
  return language === 'da' ? category.labelDa : category.labelEn;
}

/** Unknown keys count as sensitive: the stricter rule is the safe side for disclosure. */
export function isSensitiveCategory(categories: readonly CategoryDefinition[], key: string): boolean {
  return findCategory(categories, key)?.sensitive ?? true;
}
