import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { CHANNELS, CONTEXTS, REPORTER_KINDS, type CaseContext, type Channel, type ReporterKind } from '../../../../shared/domain/vocabulary';
import { Field } from '../../components/field';
import { emptyAsNull, optionsOf, SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/textarea-field';
import { useErrorText } from '../../components/use-error-text';
import { useLabels, useLanguage } from '../../components/use-labels';
import { useCategories } from './category-label';

/** The fields of an inquiry, shared by the intake and by editing a case. */
export interface CaseFieldValues {
  receivedDate?: string;
  channel?: Channel;
  reporterKind?: ReporterKind | null;
  category?: string | null;
  context?: CaseContext | null;
  summary?: string | null;
}

export function CaseFields<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const { t } = useTranslation();
  const words = useLabels();
  const language = useLanguage();
  const categories = useCategories();
  const errorText = useErrorText();
  // Any form whose values include these fields; narrowed once here rather than at each caller.
  const { register, formState } = form as unknown as UseFormReturn<CaseFieldValues>;
  const errors = formState.errors;
  const unknown = t('cases.fields.notKnownYet');
  return (
    <>
      <div className="field-row">
        <Field
          label={t('cases.fields.receivedDate')}
          type="date"
          required
          {...register('receivedDate')}
          error={errorText(errors.receivedDate, 'date')}
        />
        <SelectField
          label={t('cases.fields.channel')}
          options={optionsOf(CHANNELS, words.channel)}
          required
          {...register('channel')}
          error={errorText(errors.channel, 'choice')}
        />
      </div>
      <SelectField
        label={t('cases.fields.reporterKind')}
        options={optionsOf(REPORTER_KINDS, words.reporterKind)}
        emptyLabel={unknown}
        {...register('reporterKind', emptyAsNull)}
      />
      <SelectField
        label={t('cases.fields.category')}
        options={categories.map((category) => ({ value: category.key, label: language === 'da' ? category.labelDa : category.labelEn }))}
        emptyLabel={unknown}
        {...register('category', emptyAsNull)}
      />
      <SelectField label={t('cases.fields.context')} options={optionsOf(CONTEXTS, words.context)} emptyLabel={unknown} {...register('context', emptyAsNull)} />
      <TextAreaField
        label={t('cases.fields.summary')}
        description={t('cases.fields.summaryHint')}
        maxLength={TEXT_LIMITS.medium}
        {...register('summary')}
        error={errorText(errors.summary)}
      />
    </>
  );
}
