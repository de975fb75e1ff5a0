/**
 * The spelling-independent form of a word: case-folded, Danish letters spelt out as they
 * are on keyboards without them (æ→ae, ø→oe, å→aa; likewise ä, ö, ü), other accents
 * dropped (é→e). "Søren" and "Soeren" both become "soeren".
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII, which the rest leaves as it is; a guard over ten thousand
  // identifiers folds hundreds of thousands of words. (No cache of folded words: it would
  // keep names in memory after the vault is locked.)
  if (PLAIN_ASCII.test(lower)) return lower;
  return lower
    .replaceAll('æ', 'ae')
    .replaceAll('ä', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('ö', 'oe')
    .replaceAll('å', 'aa')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const PLAIN_ASCII = /^[\x00-\x7f]*$/u;

/**
 * A coarser form that also equates the letters Danish writers drop when typing without
 * æ/ø/å ("Soren", "Arhus", "Maersk"): the folded pairs collapse to one letter.
 */
export function skeletonWord(word: string): string {
  return foldWord(word).replaceAll('aa', 'a').replaceAll('ae', 'a').replaceAll('oe', 'o');
}

const GENITIVE_APOSTROPHE = /['’´`]s?$/iu;

/** "Søren's" → "Søren", "Hans'" → "Hans"; the genitive -s without apostrophe is handled as an inflection. */
export function stripApostropheGenitive(word: string): string {
  return word.replace(GENITIVE_APOSTROPHE, '');
}

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
