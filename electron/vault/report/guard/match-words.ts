import { boundedEditDistance, editLimitFor } from './edit-distance';
import type { FindingRule, VaultIdentifier } from './guard-types';
import type { WordPattern, WordVariant } from './identifier-variants';
import type { CommonWordTest } from './stop-words-da';
import { gluedCompoundHits, markedAsName, type HeadLookup } from './glued-names';
import { areJoined, type TextToken } from './tokenise';

export interface WordHit {
  identifier: VaultIdentifier;
  start: number;
  end: number;
  rule: FindingRule;
}

/** Lower is stronger; a multi-word hit is as weak as its weakest word. */
export const RULE_STRENGTH: Readonly<Record<FindingRule, number>> = { exact: 0, normalised: 1, fuzzy: 2, pattern: 3 };

function isWithinEdits(pattern: WordPattern, folded: string): boolean {
  return pattern.fuzzyBases.some((base) => {
    const limit = editLimitFor(Math.min(base.length, folded.length));
    if (limit === 0 || Math.abs(base.length - folded.length) > limit) return false;
    return boundedEditDistance(folded, base, limit) <= limit;
  });
}

function isFuzzyMatch(pattern: WordPattern, token: TextToken): boolean {
  if (pattern.fuzzyNeedsCapital && !token.capitalised) return false;
  return isWithinEdits(pattern, token.folded);
}

/**
 * How one text word matches one identifier word, if at all. Common Danish words never
 * match fuzzily, and on their own only when capitalised as a name would be; inside a
 * longer identifier ("lokalforeningen Aarhus Øst") the other words vouch for them.
 */
function compareWord(
  pattern: WordPattern,
  token: TextToken,
  common: boolean,
  inSequence: boolean,
): FindingRule | null {
  if (pattern.caseSensitive !== null) return token.raw === pattern.caseSensitive ? 'exact' : null;
  if (common && !inSequence && !token.capitalised) return null;
  if (token.lower === pattern.exact) return 'exact';
  if (pattern.forms.has(token.folded) || pattern.skeletons.has(token.skeleton)) return 'normalised';
  if (common) return null;
  return isFuzzyMatch(pattern, token) ? 'fuzzy' : null;
}

/** The rest of a variant's words after a first word that matched by `firstRule`. */
function matchRest(
  text: string,
  tokens: readonly TextToken[],
  common: readonly boolean[],
  first: number,
  variant: WordVariant,
  firstRule: FindingRule,
): WordHit | null {
  let weakest = firstRule;
  for (let offset = 1; offset < variant.words.length; offset += 1) {
    const pattern = variant.words[offset];
    const token = tokens[first + offset];
    const previous = tokens[first + offset - 1];
    if (pattern === undefined || token === undefined || previous === undefined) return null;
    if (!areJoined(text, previous, token)) return null;
    const rule = compareWord(pattern, token, common[first + offset] ?? false, true);
    if (rule === null) return null;
    if (RULE_STRENGTH[rule] > RULE_STRENGTH[weakest]) weakest = rule;
  }
  const last = tokens[first + variant.words.length - 1];
  const start = tokens[first]?.start;
  if (last === undefined || start === undefined) return null;
  return { identifier: variant.identifier, start, end: last.end, rule: weakest };
}

/** The variants whose first word is one pattern, so each text word meets each distinct identifier word once. */
interface FirstWordGroup {
  pattern: WordPattern;
  /**
   * Variants with their place in the dictionary's order, which decides which identifier a
   * tied hit names; one-word variants apart, since a lone common word needs a capital.
   */
  single: OrderedVariant[];
  sequences: OrderedVariant[];
}

interface OrderedVariant {
  variant: WordVariant;
  order: number;
}

/**
 * The word variants looked up by the forms a text word can take, instead of compared
 * with every text word: a vault of 10,000 cases has tens of thousands of variants.
 */
export interface WordIndex {
  byCaseSensitive: Map<string, FirstWordGroup[]>;
  byExact: Map<string, FirstWordGroup[]>;
  byForm: Map<string, FirstWordGroup[]>;
  bySkeleton: Map<string, FirstWordGroup[]>;
  /**
   * Groups with fuzzy bases, by the length of each base; those that a word must be
   * capitalised to match fuzzily (names, places) apart, since most words are in lower case.
   */
  fuzzyByLength: Map<number, FirstWordGroup[]>;
  capitalisedFuzzyByLength: Map<number, FirstWordGroup[]>;
  /**
   * The groups within edit distance of a text word, worked out once per distinct word and
   * capitalisation: a document repeats its words, and edit distances are the costly part.
   */
  fuzzyNeighbours: Map<string, FirstWordGroup[]>;
}

function addTo<K>(map: Map<K, FirstWordGroup[]>, key: K, group: FirstWordGroup): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [group]);
  else if (list.at(-1) !== group) list.push(group);
}

/** Variants sharing a first pattern object share a group; identifier-variants reuses equal patterns. */
export function indexWordVariants(variants: readonly WordVariant[]): WordIndex {
  const groups = new Map<WordPattern, FirstWordGroup>();
  variants.forEach((variant, order) => {
    const [first] = variant.words;
    if (first === undefined) return;
    const group = groups.get(first) ?? { pattern: first, single: [], sequences: [] };
    (variant.words.length > 1 ? group.sequences : group.single).push({ variant, order });
    groups.set(first, group);
  });
  const index: WordIndex = {
    byCaseSensitive: new Map(),
    byExact: new Map(),
    byForm: new Map(),
    bySkeleton: new Map(),
    fuzzyByLength: new Map(),
    capitalisedFuzzyByLength: new Map(),
    fuzzyNeighbours: new Map(),
  };
  for (const group of groups.values()) {
    const { pattern } = group;
    if (pattern.caseSensitive !== null) {
      addTo(index.byCaseSensitive, pattern.caseSensitive, group);
      continue;
    }
    addTo(index.byExact, pattern.exact, group);
    for (const form of pattern.forms) addTo(index.byForm, form, group);
    for (const skeleton of pattern.skeletons) addTo(index.bySkeleton, skeleton, group);
    const fuzzy = pattern.fuzzyNeedsCapital ? index.capitalisedFuzzyByLength : index.fuzzyByLength;
    for (const base of pattern.fuzzyBases) addTo(fuzzy, base.length, group);
  }
  return index;
}

/** The longest edit limit, so fuzzy candidates are at most this many letters longer or shorter. */
const MAX_EDITS = editLimitFor(Number.MAX_SAFE_INTEGER);

/** Every group whose first pattern could match this token; compareWord decides. */
function candidateGroups(index: WordIndex, token: TextToken): Set<FirstWordGroup> {
  const candidates = new Set<FirstWordGroup>();
  const add = (groups: FirstWordGroup[] | undefined) => groups?.forEach((group) => candidates.add(group));
  add(index.byCaseSensitive.get(token.raw));
  add(index.byExact.get(token.lower));
  add(index.byForm.get(token.folded));
  add(index.bySkeleton.get(token.skeleton));
  add(fuzzyNeighbours(index, token));
  return candidates;
}

function fuzzyNeighbours(index: WordIndex, token: TextToken): FirstWordGroup[] {
  const key = `${token.capitalised ? 'A' : 'a'}${token.folded}`;
  const known = index.fuzzyNeighbours.get(key);
  if (known !== undefined) return known;
  const neighbours = new Set<FirstWordGroup>();
  const lengthMaps = token.capitalised ? [index.fuzzyByLength, index.capitalisedFuzzyByLength] : [index.fuzzyByLength];
  if (editLimitFor(token.folded.length) > 0) {
    for (let length = token.folded.length - MAX_EDITS; length <= token.folded.length + MAX_EDITS; length += 1) {
      for (const group of lengthMaps.flatMap((map) => map.get(length) ?? [])) {
        if (!neighbours.has(group) && isWithinEdits(group.pattern, token.folded)) neighbours.add(group);
      }
    }
  }
  const list = [...neighbours];
  index.fuzzyNeighbours.set(key, list);
  return list;
}

/** Every place where a word identifier, whole or as one of its parts, appears in the text. */
export function findWordHits(
  text: string,
  tokens: readonly TextToken[],
  index: WordIndex,
  isCommon: CommonWordTest,
): WordHit[] {
  // A lower-case ordinary word that the sentence marks as a name ("det var per, der …")
  // is weighed like an uncommon one; see glued-names.ts.
  const common = tokens.map((token, position) => isCommon(token.folded) && !(!token.capitalised && markedAsName(text, tokens, position)));
  const found: { hit: WordHit; order: number }[] = [];
  tokens.forEach((token, first) => {
    for (const group of candidateGroups(index, token)) {
      for (const [variants, inSequence] of [[group.single, false], [group.sequences, true]] as const) {
        if (variants.length === 0) continue;
        const firstRule = compareWord(group.pattern, token, common[first] ?? false, inSequence);
        if (firstRule === null) continue;
        for (const { variant, order } of variants) {
          const hit = matchRest(text, tokens, common, first, variant, firstRule);
          if (hit !== null) found.push({ hit, order });
        }
      }
    }
  });
  const heads: HeadLookup = (folded) =>
    (index.byForm.get(folded) ?? []).flatMap((group) =>
      group.single.slice(0, 1).map(({ variant, order }) => ({ pattern: group.pattern, identifier: variant.identifier, order })),
    );
  for (const hit of gluedCompoundHits(tokens, heads, isCommon)) found.push({ hit, order: Number.MAX_SAFE_INTEGER });
  // In dictionary order, then text order: of two hits on one span, the earlier identifier is named.
  return found.sort((a, b) => a.order - b.order || a.hit.start - b.hit.start).map(({ hit }) => hit);
}
