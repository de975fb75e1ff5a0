import type { PowerRelationWarningCode } from './power-relations';
import type { CaseDetail } from './schemas/case-view';
import type { SeverityAssessmentRecord } from './schemas/severity-assessment';
import type { SeverityFactor } from './vocabulary';

/**
 * Severity factors that follow from the case's structured records, each with the record
 * it comes from, so the form can tick them in advance and say why. Only fields the
 * contact person filled in count: free text (notes, summaries) is never read for
 * factors, since guessing "repeated" or "coercion" from words would put a judgement in
 * the person's mouth.
 */
export type SeveritySource =
  | { kind: 'party_under_18'; partyId: number }
  | { kind: 'power_relation'; code: PowerRelationWarningCode; accusedPartyId: number; affectedPartyId: number };

export interface SeverityFactorSuggestion {
  factor: SeverityFactor;
  /** Every record that points to the factor, in the case's order; never empty. */
  sources: SeveritySource[];
}

export type SeveritySuggestionInput = Pick<CaseDetail, 'parties' | 'powerRelationWarnings'>;

export function suggestSeverityFactors(detail: SeveritySuggestionInput): SeverityFactorSuggestion[] {
  const suggestions: SeverityFactorSuggestion[] = [];
  // "Et særligt ansvar, når man som voksen og moden person omgås unge": any party under
  // 18, whatever their role, makes the case one where a minor is involved.
  const minors = detail.parties.filter((party) => party.under18);
  if (minors.length > 0) {
    suggestions.push({
      factor: 'minor_involved',
      sources: minors.map((party): SeveritySource => ({ kind: 'party_under_18', partyId: party.id })),
    });
  }
  // A power-relation warning asks the contact person to look; as a factor it is only
  // suggested, and the form lets them untick it with a reason.
  if (detail.powerRelationWarnings.length > 0) {
    suggestions.push({
      factor: 'abuse_of_power',
      sources: detail.powerRelationWarnings.map(
        (warning): SeveritySource => ({
          kind: 'power_relation',
          code: warning.code,
          accusedPartyId: warning.accusedPartyId,
          affectedPartyId: warning.affectedPartyId,
        }),
      ),
    });
  }
  return suggestions;
}

function sourcePartyIds(source: SeveritySource): number[] {
  return source.kind === 'party_under_18' ? [source.partyId] : [source.accusedPartyId, source.affectedPartyId];
}

/**
 * The factors a new assessment starts with. The first assessment starts from every
 * suggestion. A later one starts from the latest assessment, plus a suggestion only when
 * one of its parties was added or changed after that assessment was saved: a suggestion
 * the person already left out is not ticked again behind their back.
 */
export function initialSeverityFactors(
  detail: SeveritySuggestionInput,
  latest: Pick<SeverityAssessmentRecord, 'factors' | 'createdAt'> | undefined,
): SeverityFactor[] {
  const suggestions = suggestSeverityFactors(detail);
  if (latest === undefined) return suggestions.map(({ factor }) => factor);
  const changedAt = new Map(detail.parties.map((party) => [party.id, party.updatedAt]));
  const start = new Set(latest.factors);
  for (const { factor, sources } of suggestions) {
    const isNews = sources.some((source) => sourcePartyIds(source).some((id) => (changedAt.get(id) ?? '') > latest.createdAt));
    if (isNews) start.add(factor);
  }
  return [...start];
}
