import { parseIdentifierDate, type PartialDate } from './dates';
import { editLimitFor } from './edit-distance';
import type { IdentifierKind, VaultIdentifier } from './guard-types';
import { foldWord, isCapitalised, skeletonWord } from './normalise';
import type { CommonWordTest } from './stop-words-da';
import { NOT_WORD_AFTER, NOT_WORD_BEFORE, rawWords } from './tokenise';

/** How one word of an identifier may appear in text. */
export interface WordPattern {
  /** The word lower-cased as the vault has it. */
  exact: string;
  /** Folded forms that count as the word: the word itself and its inflections. */
  forms: ReadonlySet<string>;
  skeletons: ReadonlySet<string>;
  /** Folded forms compared within the edit-distance limit; empty for words too short for it. */
  fuzzyBases: readonly string[];
  /** Names of people and places are capitalised in Danish, so a fuzzy match on one needs a capitalised word. */
  fuzzyNeedsCapital: boolean;
  /** Very short identifiers ("Bo") match only exactly as written, never case-folded. */
  caseSensitive: string | null;
}

export interface WordVariant {
  identifier: VaultIdentifier;
  words: WordPattern[];
}

/** A number identifier (phone, CPR) as bare digits, without a +45/0045 prefix. */
export interface DigitVariant {
  identifier: VaultIdentifier;
  digits: string;
}

export interface DateVariant {
  identifier: VaultIdentifier;
  date: PartialDate;
}

/**
 * What a text must contain for an expression to have a chance: every lower-cased word
 * (letters and digits) of a literal, or every letter of initials. With thousands of
 * identifiers, running every expression on every text is what would take the time.
 */
export type ExpressionNeeds = { words: readonly string[] } | { characters: readonly string[] };

/**
 * An identifier found by a regular expression: an e-mail address or its local part as
 * written (case aside), or initials as a standalone upper-case token.
 */
export interface ExpressionVariant {
  identifier: VaultIdentifier;
  /** Compiled on first use: building thousands of Unicode expressions up front is itself slow. */
  pattern: () => RegExp;
  needs: ExpressionNeeds;
}

/** The runs of letters and digits of a text, lower-cased: the words `ExpressionNeeds` speaks of. */
export function wordsOfText(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface IdentifierVariants {
  words: WordVariant[];
  digits: DigitVariant[];
  dates: DateVariant[];
  expressions: ExpressionVariant[];
}

/** Genitive endings of names: Sørens, Hanses (Hans' is an apostrophe form, see tokenise). */
const NAME_ENDINGS = ['', 's', 'es'];
/** Definite, plural and genitive endings of nouns: sekretariatschefen, lokalforeningens, Odenses. */
const NOUN_ENDINGS = [
  ...['', 's', 'es', 'e', 'en', 'ens', 'et', 'ets', 'n', 'ns', 't', 'ts'],
  ...['r', 'rs', 'er', 'ers', 'erne', 'ernes', 'rne', 'rnes', 'ene', 'enes'],
];
const NAME_KINDS: ReadonlySet<IdentifierKind> = new Set(['name', 'nickname', 'email']);
/** Proper nouns: "til stede" is not a misspelt "Snede". Units and roles are often written in lower case. */
const CAPITALISED_KINDS: ReadonlySet<IdentifierKind> = new Set(['name', 'nickname', 'email', 'place']);

/** Two-letter abbreviations common in an organisation's texts, never taken as someone's initials. */
const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'HB ÅU AU EU FN TV OK DR PR IT HR LM PS NB SF DF KL MF CV ID'.split(' '),
);

const MIN_PART_LETTERS = 3;

/**
 * Equal patterns are built once and shared: the word index groups variants by their first
 * pattern, so "Jensen" in a thousand names is compared with each text word once.
 */
type PatternCache = Map<string, WordPattern>;

function sharedPattern(cache: PatternCache, key: string, build: () => WordPattern): WordPattern {
  let pattern = cache.get(key);
  if (pattern === undefined) {
    pattern = build();
    cache.set(key, pattern);
  }
  return pattern;
}

function wordPattern(cache: PatternCache, word: string, kind: IdentifierKind, inflect: boolean): WordPattern {
  // The pattern depends on the word only through its lower-case and folded forms.
  const key = `${word.toLowerCase()}\u0000${NAME_KINDS.has(kind)}\u0000${CAPITALISED_KINDS.has(kind)}\u0000${inflect}`;
  return sharedPattern(cache, key, () => buildWordPattern(word, kind, inflect));
}

function buildWordPattern(word: string, kind: IdentifierKind, inflect: boolean): WordPattern {
  const folded = foldWord(word);
  const endings = NAME_KINDS.has(kind) ? NAME_ENDINGS : NOUN_ENDINGS;
  const forms = inflect ? endings.map((ending) => folded + ending) : [folded];
  return {
    exact: word.toLowerCase(),
    forms: new Set(forms),
    skeletons: new Set(forms.map(skeletonWord)),
    fuzzyBases: editLimitFor(folded.length) > 0 ? NAME_ENDINGS.map((ending) => folded + ending) : [],
    fuzzyNeedsCapital: CAPITALISED_KINDS.has(kind),
    caseSensitive: null,
  };
}

const letterCount = (word: string): number => word.replace(/[^\p{L}]/gu, '').length;
const wordsOf = rawWords;

/**
 * The full value as a word sequence. Names take the genitive on their last word only;
 * nouns (places, units, roles, addresses) may be inflected in every word ("politiske
 * leder", "lokalforeningens").
 */
function sequenceVariant(cache: PatternCache, identifier: VaultIdentifier, words: readonly string[]): WordVariant | null {
  if (words.length === 0) return null;
  const isName = NAME_KINDS.has(identifier.kind);
  const patterns = words.map((word, index) =>
    wordPattern(cache, word, identifier.kind, !isName || index === words.length - 1),
  );
  const [only] = words;
  if (words.length === 1 && only !== undefined && letterCount(only) < MIN_PART_LETTERS) {
    patterns[0] = sharedPattern(cache, `${only}\u0000case-sensitive`, () => ({
      ...buildWordPattern(only, identifier.kind, false),
      fuzzyBases: [],
      caseSensitive: only,
    }));
  }
  return { identifier, words: patterns };
}

/**
 * Single words that identify on their own: for names every part of three letters or
 * more (first name, surname, hyphen parts); for places, units and addresses only proper
 * nouns: capitalised and not ordinary Danish ("Nørre" and "Lokalforeningen" alone say
 * nothing, nor does "udvalg" in "Det politiske udvalg for klima").
 */
function partVariants(
  cache: PatternCache,
  identifier: VaultIdentifier,
  words: readonly string[],
  isCommon: CommonWordTest,
): WordVariant[] {
  if (words.length < 2) return [];
  const isName = NAME_KINDS.has(identifier.kind);
  return words
    .filter((word) => letterCount(word) >= MIN_PART_LETTERS && !/^\d+$/u.test(word))
    .filter((word) => isName || (isCapitalised(word) && !isCommon(foldWord(word))))
    .map((word) => ({ identifier, words: [wordPattern(cache, word, identifier.kind, true)] }));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function lazyPattern(source: string, flags: string): () => RegExp {
  let compiled: RegExp | undefined;
  return () => (compiled ??= new RegExp(source, flags));
}

function literalVariant(identifier: VaultIdentifier, literal: string): ExpressionVariant {
  return {
    identifier,
    pattern: lazyPattern(`${NOT_WORD_BEFORE}${escapeRegExp(literal)}${NOT_WORD_AFTER}`, 'giu'),
    needs: { words: wordsOfText(literal) },
  };
}

/**
 * Initials count only as a standalone upper-case token: "HJ", "H.J.", "H. J." but not
 * "hj" or "HJK". A closing dot belongs to dotted initials only ("og HJ." ends a sentence).
 */
function initialsVariant(identifier: VaultIdentifier, letters: string): ExpressionVariant {
  const characters = [...letters].map(escapeRegExp);
  // "A.M.", "A. M.", and the hyphen of a double first name: "A-M", "A.-M."
  const dotted = `${characters.join('(?:\\.\\s?|\\.?-)')}\\.?`;
  return {
    identifier,
    pattern: lazyPattern(`${NOT_WORD_BEFORE}(?:${characters.join('')}|${dotted})${NOT_WORD_AFTER}`, 'gu'),
    needs: { characters: [...new Set(letters)] },
  };
}

function derivedInitials(identifier: VaultIdentifier, words: readonly string[]): ExpressionVariant[] {
  if (words.length < 2) return [];
  const firstLetters = words.map((word) => word.charAt(0).toUpperCase());
  const firstAndLast = `${firstLetters[0] ?? ''}${firstLetters.at(-1) ?? ''}`;
  // A double or hyphenated first name ("Anne-Marie Holm", "Mette Kirstine Larsen") is
  // also written by its first-name initials alone: "AM", "A.M.", "A-M".
  const firstNames = words.length > 2 ? [firstLetters.slice(0, -1).join('')] : [];
  return [...new Set([firstLetters.join(''), firstAndLast, ...firstNames])]
    .filter((letters) => !COMMON_ABBREVIATIONS.has(letters))
    .map((letters) => initialsVariant(identifier, letters));
}

/** Digits of a Danish number without the country prefix, so "+45 12 34 56 78" and "12345678" agree. */
export function nationalDigits(text: string): string {
  const digits = text.replace(/\D/gu, '');
  if (digits.length === 12 && digits.startsWith('0045')) return digits.slice(4);
  if (digits.length === 10 && digits.startsWith('45')) return digits.slice(2);
  return digits;
}

function emptyVariants(): IdentifierVariants {
  return { words: [], digits: [], dates: [], expressions: [] };
}

function variantsOf(identifier: VaultIdentifier, isCommon: CommonWordTest, cache: PatternCache): IdentifierVariants {
  const variants = emptyVariants();
  const value = identifier.value.trim();
  const addWords = (words: readonly string[], withParts: boolean): void => {
    const whole = sequenceVariant(cache, identifier, words);
    if (whole !== null) variants.words.push(whole);
    if (withParts) variants.words.push(...partVariants(cache, identifier, words, isCommon));
  };

  switch (identifier.kind) {
    case 'name':
      addWords(wordsOf(value), true);
      variants.expressions.push(...derivedInitials(identifier, value.split(/[\s-]+/u).filter((word) => word !== '')));
      break;
    case 'nickname':
    case 'place':
    case 'unit':
      addWords(wordsOf(value), true);
      break;
    case 'role':
      addWords(wordsOf(value), false);
      break;
    case 'address':
      addWords(wordsOf(value), true);
      for (const part of value.split(',')) {
        const words = wordsOf(part);
        // "2. th." alone is no address; a part counts when it has a real word ("Nørregade 12", "8000 Aarhus C").
        if (part.trim() !== value && words.some((word) => letterCount(word) >= MIN_PART_LETTERS)) addWords(words, false);
      }
      break;
    case 'initials': {
      const letters = value.replace(/[^\p{L}]/gu, '').toUpperCase();
      if (letters.length >= 2) variants.expressions.push(initialsVariant(identifier, letters));
      break;
    }
    case 'email': {
      const local = value.split('@')[0] ?? '';
      variants.expressions.push(literalVariant(identifier, value));
      if (letterCount(local) >= MIN_PART_LETTERS) variants.expressions.push(literalVariant(identifier, local));
      variants.words.push(
        ...wordsOf(local)
          .flatMap((word) => [word, word.replace(/\d+/gu, '')])
          .filter((word, index, all) => letterCount(word) >= MIN_PART_LETTERS && all.indexOf(word) === index)
          .map((word) => ({ identifier, words: [wordPattern(cache, word, identifier.kind, true)] })),
      );
      break;
    }
    case 'phone':
    case 'cpr':
      variants.digits.push({ identifier, digits: nationalDigits(value) });
      break;
    case 'date': {
      const date = parseIdentifierDate(value);
      if (date !== null) variants.dates.push({ identifier, date });
      break;
    }
  }
  return variants;
}

/** Every form in which the dictionary's identifiers are looked for. Blank values are skipped. */
export function buildVariants(dictionary: readonly VaultIdentifier[], isCommon: CommonWordTest): IdentifierVariants {
  const all = emptyVariants();
  const cache: PatternCache = new Map();
  for (const identifier of dictionary) {
    if (identifier.value.trim() === '') continue;
    const variants = variantsOf(identifier, isCommon, cache);
    all.words.push(...variants.words);
    all.digits.push(...variants.digits);
    all.dates.push(...variants.dates);
    all.expressions.push(...variants.expressions);
  }
  // Where the vault lists initials itself, a hit on them names that entry rather than the name they were derived from.
  all.expressions.sort((a, b) => Number(b.identifier.kind === 'initials') - Number(a.identifier.kind === 'initials'));
  return all;
}
