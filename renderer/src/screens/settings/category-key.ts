/** Danish letters written the way a lower-case key can hold them. */
const TRANSLITERATION: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', ü: 'u', ö: 'oe', ä: 'ae' };

const MAX_KEY_LENGTH = 40;

/**
 * A stable key for a new category, made from its Danish name, so nobody has to invent a
 * code: lower-case letters, digits and underscores, starting with a letter, and not one of
 * the keys already taken (those of removed categories included, since cases may use them).
 */
export function newCategoryKey(labelDa: string, taken: readonly string[]): string {
  const base =
    labelDa
      .toLocaleLowerCase('da')
      .replace(/[æøåéüöä]/g, (letter) => TRANSLITERATION[letter] ?? letter)
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+/, '')
      .replace(/_+$/, '')
      .slice(0, MAX_KEY_LENGTH - 3) || 'kategori';
  let key = base;
  for (let suffix = 2; taken.includes(key); suffix++) key = `${base}_${suffix}`;
  return key;
}
