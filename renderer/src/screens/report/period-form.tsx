import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { reportDraftUpdateSchema, type ReportDraft } from '../../../../shared/contract/reports';
import { LANGUAGES } from '../../../../shared/domain/vocabulary';
import { useUpdateReportDraft } from '../../api/use-report';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { formatDate } from '../../components/formatting';
import { SelectField } from '../../components/select-field';
import { useErrorText } from '../../components/use-error-text';

/** The period the document covers (cases received in it) and the language it is written in. */
export function PeriodForm({ draft }: { draft: ReportDraft }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const update = useUpdateReportDraft();
  const form = useForm({
    resolver: zodResolver(reportDraftUpdateSchema),
    values: { period: draft.period, language: draft.language },
  });
  const submit = form.handleSubmit((values) => update.mutateAsync(values));
  const errors = form.formState.errors.period;
  return (
    <form noValidate onSubmit={submit} className="card" aria-labelledby="report-period-title">
      <h2 id="report-period-title">{t('report.period.title')}</h2>
      <p role="status">
        {t('report.period.covers', { from: formatDate(draft.period.from), to: formatDate(draft.period.to) })}{' '}
        {draft.periodIsDefault && t('report.period.isDefault')}
      </p>
      <div className="report-period-fields">
        <Field label={t('report.period.from')} type="date" {...form.register('period.from')} error={errorText(errors?.from, 'date')} />
        <Field label={t('report.period.to')} type="date" {...form.register('period.to')} error={errorText(errors?.to, 'date')} />
        <SelectField
          label={t('report.period.language')}
          options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
          {...form.register('language')}
        />
      </div>
      <ErrorMessage error={update.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('report.period.save')}
        </button>
        {!draft.periodIsDefault && (
          <button type="button" disabled={update.isPending} onClick={() => update.mutate({ period: null })}>
            {t('report.period.useDefault')}
          </button>
        )}
      </div>
    </form>
  );
}
