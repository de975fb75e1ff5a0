import { canBeSameDate } from './dates';
import { parseGuardInput } from './guard-input';
import type { FindingKind, FindingRule, GuardFinding, GuardOptions, ReportText, VaultIdentifier } from './guard-types';
import { buildVariants, nationalDigits, type IdentifierVariants } from './identifier-variants';
import { findWordHits, RULE_STRENGTH } from './match-words';
import { findPatterns, type PatternHit } from './patterns';
import { commonWordTest, type CommonWordTest } from './stop-words-da';
import { tokenise } from './tokenise';

interface Hit {
  start: number;
  end: number;
  kind: FindingKind;
  matched: string;
  rule: FindingRule;
}

function expressionHits(text: string, variants: IdentifierVariants): Hit[] {
  return variants.expressions.flatMap(({ identifier, pattern }) =>
    [...text.matchAll(pattern)].map(
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

/** Number identifiers in whatever grouping the text uses; "+45 12 34 56 78" is the same phone as "12345678". */
function digitHits(text: string, variants: IdentifierVariants): Hit[] {
  if (variants.digits.length === 0) return [];
  return [...text.matchAll(/\+?\d+(?:[ .-]?\d+)*/gu)].flatMap((match) => {
    const digits = nationalDigits(match[0]);
    return variants.digits
      .filter((variant) => variant.digits === digits)
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

function scanText(
  text: ReportText,
  variants: IdentifierVariants,
  isCommon: CommonWordTest,
  excerptRadius: number,
): GuardFinding[] {
  const hits = [
    ...findWordHits(text.text, tokenise(text.text), variants.words, isCommon).map(
      ({ identifier, start, end, rule }): Hit => ({ start, end, kind: identifier.kind, matched: identifier.value, rule }),
    ),
    ...expressionHits(text.text, variants),
    ...digitHits(text.text, variants),
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

/**
 * The re-identification guard (DESIGN.md §6, rule 6): every place in the report texts
 * where an identifier from the vault, or a Danish pattern that identifies on its own,
 * appears. Any finding should block the export until the text is rewritten.
 */
export function guardTexts(
  dictionary: readonly VaultIdentifier[],
  texts: readonly ReportText[],
  options: GuardOptions = {},
): GuardFinding[] {
  const input = parseGuardInput(dictionary, texts, options);
  const isCommon = commonWordTest(input.commonWords);
  const variants = buildVariants(input.dictionary, isCommon);
  return input.texts.flatMap((text) => scanText(text, variants, isCommon, input.excerptRadius));
}

/**
 * The guard over plain strings, such as the XML parts of a finished document; each
 * finding's `textId` is the index of its string.
 */
export function scanStrings(
  dictionary: readonly VaultIdentifier[],
  strings: readonly string[],
  options: GuardOptions = {},
): GuardFinding[] {
  return guardTexts(
    dictionary,
    strings.map((text, index) => ({ id: String(index), label: `string ${index}`, text })),
    options,
  );
}
