import { canBeSameDate } from './dates';
import { parseGuardSetup, parseGuardTexts } from './guard-input';
import type { ReportFindingKind } from '../../../../shared/contract/reports';
import type { FindingRule, GuardFinding, GuardOptions, ReportText, VaultIdentifier } from './guard-types';
import { buildVariants, nationalDigits, wordsOfText, type DigitVariant, type IdentifierVariants } from './identifier-variants';
import { findWordHits, indexWordVariants, RULE_STRENGTH, type WordIndex } from './match-words';
import { findPatterns, type PatternHit } from './patterns';
import { commonWordTest, type CommonWordTest } from './stop-words-da';
import { tokenise } from './tokenise';

interface Hit {
  start: number;
  end: number;
  kind: ReportFindingKind;
  matched: string;
  rule: FindingRule;
}

function expressionHits(text: string, variants: IdentifierVariants): Hit[] {
  const words = new Set(wordsOfText(text));
  const characters = new Set(text);
  const runnable = variants.expressions.filter(({ needs }) =>
    'words' in needs ? needs.words.every((word) => words.has(word)) : needs.characters.every((letter) => characters.has(letter)),
  );
  return runnable.flatMap(({ identifier, pattern }) =>
    [...text.matchAll(pattern())].map(
      (match): Hit => ({
        start: match.index,
        end: match.index + match[0].length,
        kind: identifier.kind,
        matched: identifier.value,
        rule: 'exact',
      }),
    ),
  );
}

interface GuardIndex {
  variants: IdentifierVariants;
  words: WordIndex;
  /** Number identifiers by their national digits. */
  digits: Map<string, DigitVariant[]>;
}

function indexDigits(variants: readonly DigitVariant[]): Map<string, DigitVariant[]> {
  const index = new Map<string, DigitVariant[]>();
  for (const variant of variants) index.set(variant.digits, [...(index.get(variant.digits) ?? []), variant]);
  return index;
}

/** Number identifiers in whatever grouping the text uses; "+45 12 34 56 78" is the same phone as "12345678". */
function digitHits(text: string, digitIndex: ReadonlyMap<string, DigitVariant[]>): Hit[] {
  if (digitIndex.size === 0) return [];
  return [...text.matchAll(/\+?\d+(?:[ .-]?\d+)*/gu)].flatMap((match) => {
    const digits = nationalDigits(match[0]);
    return (digitIndex.get(digits) ?? [])
      .map(
        ({ identifier }): Hit => ({
          start: match.index,
          end: match.index + match[0].length,
          kind: identifier.kind,
          matched: identifier.value,
          rule: match[0] === identifier.value ? 'exact' : 'normalised',
        }),
      );
  });
}

/** A pattern hit, named after the vault's incident date when it can be that date. */
function patternHit(hit: PatternHit, variants: IdentifierVariants): Hit {
  const found = hit.date;
  const incident = found === undefined ? undefined : variants.dates.find((variant) => canBeSameDate(found, variant.date));
  if (incident !== undefined) {
    return { start: hit.start, end: hit.end, kind: 'date', matched: incident.identifier.value, rule: 'normalised' };
  }
  return { start: hit.start, end: hit.end, kind: hit.kind, matched: hit.text, rule: 'pattern' };
}

/**
 * One finding per place: a hit inside a longer one (a surname inside the full name, a
 * local part inside the e-mail address) is dropped, and of two hits on the same span the
 * dictionary's, and the stronger rule, is kept.
 */
function outermost(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort(
    (a, b) => a.start - b.start || b.end - a.end || RULE_STRENGTH[a.rule] - RULE_STRENGTH[b.rule],
  );
  const kept: Hit[] = [];
  let reach = -1;
  for (const hit of sorted) {
    if (hit.end <= reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}

function excerpt(text: string, start: number, end: number, radius: number): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const body = text.slice(from, to).replace(/\s+/gu, ' ');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

function scanText(text: ReportText, index: GuardIndex, isCommon: CommonWordTest, excerptRadius: number): GuardFinding[] {
  const { variants } = index;
  const hits = [
    ...findWordHits(text.text, tokenise(text.text), index.words, isCommon).map(
      ({ identifier, start, end, rule }): Hit => ({ start, end, kind: identifier.kind, matched: identifier.value, rule }),
    ),
    ...expressionHits(text.text, variants),
    ...digitHits(text.text, index.digits),
    ...findPatterns(text.text).map((hit) => patternHit(hit, variants)),
  ];
  return outermost(hits).map((hit) => ({
    textId: text.id,
    start: hit.start,
    end: hit.end,
    excerpt: excerpt(text.text, hit.start, hit.end, excerptRadius),
    kind: hit.kind,
    matched: hit.matched,
    rule: hit.rule,
  }));
}

/** The dictionary made ready for matching once, for scanning any number of texts. */
export interface Guard {
  /** Every finding in the texts, in the texts' order and then in text order. */
  texts(texts: readonly ReportText[]): GuardFinding[];
  /** The same over plain strings, such as the XML parts of a document; `textId` is the string's index. */
  strings(strings: readonly string[]): GuardFinding[];
}

/**
 * The re-identification guard (DESIGN.md §6, rule 6): every place in the report texts
 * where an identifier from the vault, or a Danish pattern that identifies on its own,
 * appears. Any finding should block the export until the text is rewritten. Building the
 * variants of a large dictionary is the slow part, so a guard is built once and reused.
 */
export function createGuard(dictionary: readonly VaultIdentifier[], options: GuardOptions = {}): Guard {
  const setup = parseGuardSetup(dictionary, options);
  const isCommon = commonWordTest(setup.commonWords);
  const variants = buildVariants(setup.dictionary, isCommon);
  const index: GuardIndex = { variants, words: indexWordVariants(variants.words), digits: indexDigits(variants.digits) };
  const texts = (list: readonly ReportText[]): GuardFinding[] =>
    parseGuardTexts(list).flatMap((text) => scanText(text, index, isCommon, setup.excerptRadius));
  return {
    texts,
    strings: (strings) => texts(strings.map((text, position) => ({ id: String(position), label: `string ${position}`, text }))),
  };
}

/** The guard over report texts with a dictionary used once; see `createGuard`. */
export function guardTexts(
  dictionary: readonly VaultIdentifier[],
  texts: readonly ReportText[],
  options: GuardOptions = {},
): GuardFinding[] {
  return createGuard(dictionary, options).texts(texts);
}

/** The guard over plain strings with a dictionary used once; see `createGuard`. */
export function scanStrings(
  dictionary: readonly VaultIdentifier[],
  strings: readonly string[],
  options: GuardOptions = {},
): GuardFinding[] {
  return createGuard(dictionary, options).strings(strings);
}
