import { REPORT_FINDING_KINDS, type ReportFindingKind } from '../../../../shared/contract/reports';

/** Ages are found by pattern only; the vault keeps no age identifiers. */
export type IdentifierKind = Exclude<ReportFindingKind, 'age'>;
export const IDENTIFIER_KINDS: readonly IdentifierKind[] = REPORT_FINDING_KINDS.filter((kind): kind is IdentifierKind => kind !== 'age');

/** One thing in the vault that could identify someone, e.g. `{ kind: 'name', value: 'Søren Mølgaard' }`. */
export interface VaultIdentifier {
  kind: IdentifierKind;
  value: string;
}

/** A piece of report text to check, e.g. one learning point. */
export interface ReportText {
  id: string;
  /** What the contact person calls it ("Læringspunkt 3"); carried for the caller, not matched. */
  label: string;
  text: string;
}

/**
 * How a hit was found: the identifier as written (case aside), after normalisation
 * (Danish letters, genitive, inflection), within the allowed edit distance, or by a
 * Danish pattern (CPR, phone, e-mail, date, age, street address) without any dictionary.
 */
export type FindingRule = 'exact' | 'normalised' | 'fuzzy' | 'pattern';

export interface GuardFinding {
  textId: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** The hit with some text on either side, for showing the contact person where to rewrite. */
  excerpt: string;
  kind: ReportFindingKind;
  /** The vault identifier that was hit, or for a pattern the text that fits the pattern. */
  matched: string;
  rule: FindingRule;
}

export interface GuardOptions {
  /** Characters of context on either side of a hit in `excerpt` (default 30). */
  excerptRadius?: number;
  /**
   * Words the organisation's texts use freely, above all its own name ("Alternativet"):
   * treated like common Danish words, so they never count alone as part of a unit or place.
   */
  commonWords?: readonly string[];
}
