import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { suggestSeverity } from '../../../../../shared/domain/severity';
import { initialSeverityFactors, suggestSeverityFactors, type SeveritySuggestionInput } from '../../../../../shared/domain/severity-suggestions';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import {
  MAX_AFFECTED_COUNT,
  type SeverityAssessmentRecord,
} from '../../../../../shared/domain/schemas/severity-assessment';
import { EXTENTS, SEVERITY_FACTORS, SEVERITY_LEVELS, type SeverityLevel } from '../../../../../shared/domain/vocabulary';
import { useAssessSeverity } from '../../../api/use-consents';
import { Choice, ChoiceGroup } from '../../../components/choice-group';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { todayIsoDate } from '../../../components/formatting';
import { TextAreaField } from '../../../components/textarea-field';
import { useErrorText } from '../../../components/use-error-text';
import { useLabels } from '../../../components/use-labels';
import { DraftRestoredNotice } from '../../../drafts/draft-restored-notice';
import { useFormDraft } from '../../../drafts/use-form-draft';
import { StepList } from './step-list';
import { assessmentInput, FactorChoice, useSeverityFormSchema, type SetAsideReasons } from './suggested-factors';

/**
 * A new assessment, starting from the last one. The suggestion and the policy's steps are
 * worked out as the factors are ticked (the same shared rules the engine stores); the
 * level stays the contact person's choice, following the suggestion until they pick one.
 */
export function SeverityForm({
  caseId,
  detail,
  latest,
  onDone,
}: {
  caseId: number;
  /** The records the factors are suggested from. */
  detail: SeveritySuggestionInput;
  latest: SeverityAssessmentRecord | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const words = useLabels();
  const errorText = useErrorText();
  const assess = useAssessSeverity();
  const suggestions = useMemo(() => suggestSeverityFactors(detail), [detail]);
  const form = useForm({
    resolver: zodResolver(useSeverityFormSchema(suggestions)),
    defaultValues: {
      caseId,
      assessedOn: todayIsoDate(),
      extent: latest?.extent ?? 'single',
      affectedCount: latest?.affectedCount ?? 1,
      factors: initialSeverityFactors(detail, latest),
      chosenLevel: latest?.chosenLevel ?? (1 as SeverityLevel),
      rationale: '',
      setAsideReasons: {} as SetAsideReasons,
    },
  });
  const { register, control, formState, setValue, getFieldState } = form;
  const errors = formState.errors;
  const [extent, affectedCount, factors] = useWatch({ control, name: ['extent', 'affectedCount', 'factors'] });
  const suggestion = suggestSeverity({
    extent,
    affectedCount: Number.isInteger(affectedCount) && affectedCount > 0 ? affectedCount : 1,
    factors: Array.isArray(factors) ? factors : [],
  });

  useEffect(() => {
    if (!getFieldState('chosenLevel').isDirty) setValue('chosenLevel', suggestion.level);
  }, [suggestion.level, getFieldState, setValue]);

  const draft = useFormDraft(form, { form: 'severity', caseId, target: null });
  const submit = form.handleSubmit(async (values) => {
    await draft.saveWith(() => assess.mutateAsync(assessmentInput(values, suggestions, words, t)));
    onDone();
  });
  return (
    <form noValidate onSubmit={submit} className="card" aria-labelledby="severity-form-title">
      <h3 id="severity-form-title">{t('consents.severity.formTitle')}</h3>
      <DraftRestoredNotice restored={draft.restored} />
      <Field label={t('consents.severity.assessedOn')} type="date" {...register('assessedOn')} error={errorText(errors.assessedOn, 'date')} />
      <ChoiceGroup legend={t('consents.severity.extent')}>
        {EXTENTS.map((value) => (
          <Choice key={value} type="radio" value={value} label={words.extent[value]} {...register('extent')} />
        ))}
      </ChoiceGroup>
      <Field
        label={t('consents.severity.affectedCount')}
        type="number"
        min={1}
        max={MAX_AFFECTED_COUNT}
        inputMode="numeric"
        {...register('affectedCount', { valueAsNumber: true })}
        error={errorText(errors.affectedCount, 'number')}
      />
      <ChoiceGroup
        legend={t('consents.severity.factors')}
        description={
          <>
            {t('consents.severity.factorsHint')}
            {suggestions.length > 0 && <> {t('casePage.severity.suggestedIntro')}</>}
          </>
        }
      >
        {SEVERITY_FACTORS.map((value) => (
          <FactorChoice
            key={value}
            factor={value}
            suggestion={suggestions.find((candidate) => candidate.factor === value)}
            parties={detail.parties}
            ticked={Array.isArray(factors) && factors.includes(value)}
            factorsField={register('factors')}
            reasonField={register(`setAsideReasons.${value}`)}
            reasonError={errors.setAsideReasons?.[value]?.message}
          />
        ))}
      </ChoiceGroup>
      <div className="suggestion">
        <p aria-live="polite">
          {t('consents.severity.suggestion')} <strong>{words.severityLevel[suggestion.level]}</strong>
        </p>
        <p className="hint">{t('consents.severity.stepsPreview')}</p>
        <StepList steps={suggestion.steps} />
      </div>
      <Controller
        control={control}
        name="chosenLevel"
        render={({ field }) => (
          <ChoiceGroup legend={t('consents.severity.chosenLevel')} description={t('consents.severity.chosenLevelHint')}>
            {SEVERITY_LEVELS.map((level) => (
              <Choice
                key={level}
                type="radio"
                name={field.name}
                value={String(level)}
                checked={field.value === level}
                onChange={() => field.onChange(level)}
                onBlur={field.onBlur}
                label={words.severityLevel[level]}
              />
            ))}
          </ChoiceGroup>
        )}
      />
      <TextAreaField
        label={t('consents.severity.rationale')}
        rows={3}
        maxLength={TEXT_LIMITS.medium}
        {...register('rationale')}
        error={errorText(errors.rationale)}
      />
      <ErrorMessage error={assess.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={assess.isPending}>
          {t('consents.severity.save')}
        </button>
        {latest && (
          <button type="button" onClick={() => void draft.clear().then(onDone)}>
            {t('actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
