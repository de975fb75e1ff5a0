import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Labels } from '../../../../../shared/domain/labels';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import {
  severityAssessmentInputSchema,
  type SeverityAssessmentInput,
} from '../../../../../shared/domain/schemas/severity-assessment';
import type { SeverityFactorSuggestion, SeveritySource } from '../../../../../shared/domain/severity-suggestions';
import { SEVERITY_FACTORS, type SeverityFactor } from '../../../../../shared/domain/vocabulary';
import { Choice } from '../../../components/choice-group';
import { TextAreaField } from '../../../components/textarea-field';
import { useLabels } from '../../../components/use-labels';
import { partyName } from '../party-name';
import '../checklist/case-page.css';

/*
 * Factors ticked in advance from the case's records (`severity-suggestions.ts`). Unticking
 * one asks why, and the reason is kept with the assessment's justification, so a later
 * reader sees that the record was looked at and set aside, not missed.
 */

/** Why a suggested factor was unticked, by factor; kept in the form (and its draft) until saved. */
export type SetAsideReasons = Partial<Record<SeverityFactor, string>>;

function hasReason(reasons: SetAsideReasons, factor: SeverityFactor): boolean {
  return (reasons[factor] ?? '').trim() !== '';
}

// A reason field not shown (its factor is ticked, or not suggested) holds undefined.
const setAsideReasonsSchema = z.partialRecord(z.enum(SEVERITY_FACTORS), z.string().max(TEXT_LIMITS.short).optional());

/** The assessment's schema plus a reason for every suggested factor left unticked. */
export function useSeverityFormSchema(suggestions: readonly SeverityFactorSuggestion[]) {
  const { t } = useTranslation();
  return useMemo(
    () =>
      severityAssessmentInputSchema
        .extend({ setAsideReasons: setAsideReasonsSchema })
        .superRefine((values, ctx) => {
          for (const { factor } of suggestions) {
            if (!values.factors.includes(factor) && !hasReason(values.setAsideReasons, factor)) {
              ctx.addIssue({ code: 'custom', path: ['setAsideReasons', factor], message: t('casePage.severity.setAsideReasonRequired') });
            }
          }
        }),
    [suggestions, t],
  );
}

/** The input the engine takes: the reasons for setting suggestions aside join the justification. */
export function assessmentInput(
  values: SeverityAssessmentInput & { setAsideReasons: SetAsideReasons },
  suggestions: readonly SeverityFactorSuggestion[],
  words: Labels,
  t: TFunction,
): SeverityAssessmentInput {
  const { setAsideReasons, ...input } = values;
  const setAside = suggestions
    .filter(({ factor }) => !input.factors.includes(factor) && hasReason(setAsideReasons, factor))
    .map(({ factor }) => t('casePage.severity.setAsideInRationale', { factor: words.severityFactor[factor], reason: (setAsideReasons[factor] ?? '').trim() }));
  const rationale = [input.rationale ?? '', ...setAside].map((part) => part.trim()).filter(Boolean).join('\n\n');
  return { ...input, rationale: rationale === '' ? null : rationale };
}

function useSourceText(parties: CaseDetail['parties']): (source: SeveritySource) => string {
  const { t } = useTranslation();
  const words = useLabels();
  const nameOf = (id: number) => {
    const party = parties.find((candidate) => candidate.id === id);
    return party ? partyName(party, words) : '';
  };
  return (source) =>
    source.kind === 'party_under_18'
      ? t('casePage.severity.source.party_under_18', { party: nameOf(source.partyId) })
      : t('casePage.severity.source.power_relation', { accused: nameOf(source.accusedPartyId), affected: nameOf(source.affectedPartyId) });
}

/**
 * One factor's checkbox. A suggested one says where the suggestion comes from and, once
 * unticked, asks why.
 */
export function FactorChoice({
  factor,
  suggestion,
  parties,
  ticked,
  factorsField,
  reasonField,
  reasonError,
}: {
  factor: SeverityFactor;
  suggestion: SeverityFactorSuggestion | undefined;
  parties: CaseDetail['parties'];
  ticked: boolean;
  factorsField: UseFormRegisterReturn;
  reasonField: UseFormRegisterReturn;
  reasonError: string | undefined;
}) {
  const { t } = useTranslation();
  const words = useLabels();
  const sourceText = useSourceText(parties);
  const sourcesId = `factor-${factor}-sources`;
  if (!suggestion) {
    return <Choice type="checkbox" value={factor} label={words.severityFactor[factor]} {...factorsField} />;
  }
  return (
    <div className="suggested-factor">
      <Choice
        type="checkbox"
        value={factor}
        aria-describedby={sourcesId}
        label={
          <>
            {words.severityFactor[factor]}
            <span className="suggested-badge">{t('casePage.severity.suggestedBadge')}</span>
          </>
        }
        {...factorsField}
      />
      <span id={sourcesId} className="severity-source">
        {/* Two warnings about the same pair read the same here; once is enough. */}
        {[...new Set(suggestion.sources.map(sourceText))].join(' · ')}
      </span>
      {!ticked && (
        <div className="set-aside-reason">
          <TextAreaField
            label={t('casePage.severity.setAsideReason', { factor: words.severityFactor[factor] })}
            rows={2}
            maxLength={TEXT_LIMITS.short}
            {...reasonField}
            error={reasonError}
          />
        </div>
      )}
    </div>
  );
}
