import { foldWord } from '../guard/normalise';
import type { CommonWordTest } from '../guard/stop-words-da';

/** A word that starts with a capital and goes on in lower case: "Silkeborg", "Bjarne", not "HB" or "iPhone". */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu;
/** What may stand between the end of a sentence and the capital of the next one. */
const SENTENCE_BREAK = /(?:^|[.!?:;\n…]["»”)\]\s]*)\s*$/u;

const MIN_LETTERS = 3;

/**
 * Initials as a contact person writes them in a note or a party's description ("LL",
 * "A.M.", "K.B.H."): two to four capitals standing alone, dotted or not. Kept as their
 * letters ("AM"); `isInitials` tells them apart from the proper nouns.
 */
const INITIALS = /(?<![\p{L}\p{N}.])(?:\p{Lu}{2,4}|(?:\p{Lu}\.\s?){2,4})(?![\p{L}\p{N}])/gu;
/** Capitals that are abbreviations in Danish case texts, never someone's initials. */
const NOT_INITIALS = new Set(
  'HB ÅU AU EU FN TV OK DR PR IT HR LM PS NB SF DF KL MF CV ID SMS MMS CPR PDF DM OBS USA DSB HF STX HTX VUC EUX SU FOA LO FH MR SR'.split(' '),
);

export function isInitials(word: string): boolean {
  return /^\p{Lu}{2,4}$/u.test(word);
}

function harvestInitials(text: string, into: Set<string>): void {
  for (const match of text.matchAll(INITIALS)) {
    const letters = match[0].replace(/[^\p{L}]/gu, '');
    if (!NOT_INITIALS.has(letters)) into.add(letters);
  }
}

/**
 * The proper nouns of case texts: capitalised words that do not start a sentence and are
 * not common words, and initials written in them. The records keep no place field, so places ("et møde i Silkeborg"),
 * events and people named only in a note reach the guard this way.
 */
export function properNouns(texts: Iterable<string>, isCommon: CommonWordTest): Set<string> {
  const found = new Set<string>();
  // Ten years of notes repeat the same few thousand capitalised words; decide each once.
  const common = new Map<string, boolean>();
  for (const text of texts) {
    for (const match of text.matchAll(CAPITALISED_WORD)) {
      const word = match[0];
      if (word.length < MIN_LETTERS || found.has(word)) continue;
      let isCommonWord = common.get(word);
      if (isCommonWord === undefined) {
        isCommonWord = isCommon(foldWord(word));
        common.set(word, isCommonWord);
      }
      if (isCommonWord) continue;
      if (startsSentence(text, match.index)) continue;
      found.add(word);
    }
    harvestInitials(text, found);
  }
  return found;
}

/**
 * The same words before the common-word test, which depends on settings (the
 * organisation's name) and so is applied when the words are used: what the vault keeps
 * per case (case-words.ts). `properNouns(t, c)` equals this set filtered by `c`.
 */
export function capitalisedInsideSentences(texts: Iterable<string>, into: Set<string> = new Set()): Set<string> {
  for (const text of texts) {
    for (const match of text.matchAll(CAPITALISED_WORD)) {
      const word = match[0];
      if (word.length < MIN_LETTERS || into.has(word)) continue;
      if (!startsSentence(text, match.index)) into.add(word);
    }
    harvestInitials(text, into);
  }
  return into;
}

function startsSentence(text: string, index: number): boolean {
  return SENTENCE_BREAK.test(text.slice(Math.max(0, index - 8), index));
}
