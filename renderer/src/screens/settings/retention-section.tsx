import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from '../../../../shared/domain/retention';
import { vaultSettingsUpdateSchema } from '../../../../shared/domain/schemas/vault-settings';
import { usePastRetention } from '../../api/use-cases';
import { useUpdateVaultSettings, useVaultSettings } from '../../api/use-vault-settings';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { formatDate } from '../../components/formatting';
import { useErrorText } from '../../components/use-error-text';

/** Opbevaringsperiode: how long closed cases are kept, and which have passed it. */
export function RetentionSection() {
  const { t } = useTranslation();
  const settings = useVaultSettings();
  const past = usePastRetention();
  return (
    <section aria-labelledby="retention-title" className="card">
      <h2 id="retention-title">{t('organisation.retention.title')}</h2>
      <p className="hint">{t('organisation.retention.intro')}</p>
      {settings.data && <RetentionForm years={settings.data.retentionYears} />}
      <h3>{t('organisation.retention.pastTitle')}</h3>
      <ErrorMessage error={past.error ?? settings.error} />
      {past.data && past.data.length === 0 && <p>{t('organisation.retention.noneDue')}</p>}
      {past.data && past.data.length > 0 && (
        <>
          <p>{t('organisation.retention.dueIntro')}</p>
          <ul className="plain-list">
            {past.data.map((candidate) => (
              <li key={candidate.caseId}>
                <Link href={`/cases/${candidate.caseId}/overview`}>{t('cases.case.title', { reference: candidate.reference })}</Link>{' '}
                <span className="hint">
                  {t('organisation.retention.closedOn', { closed: formatDate(candidate.closedDate), from: formatDate(candidate.deletableFrom) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function RetentionForm({ years }: { years: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const update = useUpdateVaultSettings();
  const form = useForm({ resolver: zodResolver(vaultSettingsUpdateSchema), defaultValues: { retentionYears: years } });
  const submit = form.handleSubmit(async (values) => {
    const saved = await update.mutateAsync(values);
    form.reset({ retentionYears: saved.retentionYears });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Field
        label={t('organisation.retention.years')}
        type="number"
        inputMode="numeric"
        min={MIN_RETENTION_YEARS}
        max={MAX_RETENTION_YEARS}
        {...form.register('retentionYears', { valueAsNumber: true })}
        error={errorText(form.formState.errors.retentionYears, 'number')}
      />
      <ErrorMessage error={update.error} />
      {update.isSuccess && !form.formState.isDirty && <p role="status">{t('actions.saved')}</p>}
      <div className="actions">
        <button type="submit" disabled={update.isPending}>
          {t('actions.save')}
        </button>
      </div>
    </form>
  );
}
