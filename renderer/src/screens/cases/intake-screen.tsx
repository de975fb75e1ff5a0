import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { caseCreateInputSchema } from '../../../../shared/domain/schemas/case';
import { useCreateCase } from '../../api/use-cases';
import { ErrorMessage } from '../../components/error-message';
import { todayIsoDate } from '../../components/formatting';
import { DraftRestoredNotice } from '../../drafts/draft-restored-notice';
import { useFormDraft } from '../../drafts/use-form-draft';
import { CaseFields } from './case-fields';

/** "Ny henvendelse": only when and how it came in are needed; the rest can wait. */
export function IntakeScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = useCreateCase();
  const form = useForm({
    resolver: zodResolver(caseCreateInputSchema),
    defaultValues: { receivedDate: todayIsoDate(), channel: 'in_person', reporterKind: null, category: null, context: null, summary: '' },
  });
  const draft = useFormDraft(form, { form: 'intake', caseId: null, target: null });
  const submit = form.handleSubmit(async (values) => {
    const created = await draft.saveWith(() => create.mutateAsync(values));
    navigate(`/cases/${created.id}/overview`);
  });
  return (
    <section aria-labelledby="intake-title" className="narrow">
      <nav aria-label={t('cases.case.breadcrumb')} className="breadcrumb">
        <Link href="/">{t('cases.case.backToList')}</Link>
      </nav>
      <h1 id="intake-title">{t('cases.intake.title')}</h1>
      <p className="lead">{t('cases.intake.intro')}</p>
      <form onSubmit={submit} noValidate className="card">
        <DraftRestoredNotice restored={draft.restored} />
        <CaseFields form={form} />
        <ErrorMessage error={create.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending ? t('actions.working') : t('cases.intake.save')}
          </button>
          <Link href="/" className="button" onClick={() => void draft.clear()}>
            {t('actions.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
