import { foldWord, isCapitalised, skeletonWord, stripApostropheGenitive } from './normalise';

/** A word of the text with its spelling-independent forms; offsets are UTF-16, end exclusive. */
export interface TextToken {
  raw: string;
  start: number;
  end: number;
  lower: string;
  capitalised: boolean;
  /** Folded, without an apostrophe genitive. */
  folded: string;
  skeleton: string;
  hadApostropheGenitive: boolean;
}

/**
 * Letters and digits, with a trailing genitive apostrophe ("Hans'", "Søren's") kept on the
 * word. Hyphens split words, so "Hans-Henrik" is two tokens and "Jensen-sagen" yields
 * "Jensen".
 */
const WORD = /[\p{L}\p{N}]+(?:['’´`][sS]?(?![\p{L}\p{N}]))?/gu;

type WordForms = Omit<TextToken, 'start' | 'end'>;

function wordForms(raw: string): WordForms {
  const bare = stripApostropheGenitive(raw);
  return {
    raw,
    lower: raw.toLowerCase(),
    capitalised: isCapitalised(raw),
    folded: foldWord(bare),
    skeleton: skeletonWord(bare),
    hadApostropheGenitive: bare !== raw,
  };
}

/** The words of a text as written, without their folded forms (building variants needs no more). */
export function rawWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0]);
}

export function tokenise(text: string): TextToken[] {
  // A long text (a document's XML) repeats its words; each distinct word is folded once.
  const forms = new Map<string, WordForms>();
  return [...text.matchAll(WORD)].map((match) => {
    const raw = match[0];
    let known = forms.get(raw);
    if (known === undefined) {
      known = wordForms(raw);
      forms.set(raw, known);
    }
    return { ...known, start: match.index, end: match.index + raw.length };
  });
}

/** Regular-expression guards that a match is not part of a longer word or number. */
export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Words of a multi-word identifier may be joined by spaces or hyphens only. */
const JOINER = /^[\s\-‐–]+$/u;

export function areJoined(text: string, left: TextToken, right: TextToken): boolean {
  return JOINER.test(text.slice(left.end, right.start));
}
