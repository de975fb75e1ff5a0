import { boundedEditDistance, editLimitFor } from './edit-distance';
import type { FindingRule, VaultIdentifier } from './guard-types';
import type { WordPattern, WordVariant } from './identifier-variants';
import type { CommonWordTest } from './stop-words-da';
import { areJoined, type TextToken } from './tokenise';

export interface WordHit {
  identifier: VaultIdentifier;
  start: number;
  end: number;
  rule: FindingRule;
}

/** Lower is stronger; a multi-word hit is as weak as its weakest word. */
export const RULE_STRENGTH: Readonly<Record<FindingRule, number>> = { exact: 0, normalised: 1, fuzzy: 2, pattern: 3 };

function isFuzzyMatch(pattern: WordPattern, token: TextToken): boolean {
  if (pattern.fuzzyNeedsCapital && !token.capitalised) return false;
  return pattern.fuzzyBases.some((base) => {
    const limit = editLimitFor(Math.min(base.length, token.folded.length));
    if (limit === 0 || Math.abs(base.length - token.folded.length) > limit) return false;
    return boundedEditDistance(token.folded, base, limit) <= limit;
  });
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

function matchAt(
  text: string,
  tokens: readonly TextToken[],
  common: readonly boolean[],
  first: number,
  variant: WordVariant,
): WordHit | null {
  let weakest: FindingRule = 'exact';
  for (const [offset, pattern] of variant.words.entries()) {
    const token = tokens[first + offset];
    if (token === undefined) return null;
    const previous = tokens[first + offset - 1];
    if (offset > 0 && previous !== undefined && !areJoined(text, previous, token)) return null;
    const rule = compareWord(pattern, token, common[first + offset] ?? false, variant.words.length > 1);
    if (rule === null) return null;
    if (RULE_STRENGTH[rule] > RULE_STRENGTH[weakest]) weakest = rule;
  }
  const last = tokens[first + variant.words.length - 1];
  const start = tokens[first]?.start;
  if (last === undefined || start === undefined) return null;
  return { identifier: variant.identifier, start, end: last.end, rule: weakest };
}

/** Every place where a word identifier, whole or as one of its parts, appears in the text. */
export function findWordHits(
  text: string,
  tokens: readonly TextToken[],
  variants: readonly WordVariant[],
  isCommon: CommonWordTest,
): WordHit[] {
  const common = tokens.map((token) => isCommon(token.folded));
  const found: WordHit[] = [];
  for (const variant of variants) {
    for (let first = 0; first + variant.words.length <= tokens.length; first += 1) {
      const hit = matchAt(text, tokens, common, first, variant);
      if (hit !== null) found.push(hit);
    }
  }
  return found;
}
