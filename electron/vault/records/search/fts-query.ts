/*
 * Turns what the person typed into an FTS5 query. Only letters, digits and combining marks
 * are kept, each word quoted and marked as a prefix, so FTS5 syntax in the input (quotes,
 * AND/OR/NOT/NEAR, column filters, `*`, `^`) is plain text and can never make the query
 * fail or mean something else. Every word must occur (FTS5's implicit AND).
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MAX_WORDS = 16;

/** The FTS5 query for `text`, or null when it holds no word to search for. */
export function toPrefixQuery(text: string): string | null {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, MAX_WORDS)
    .map((word) => `"${word}"*`)
    .join(' ');
}
