import { useTranslation } from 'react-i18next';
import { Link, Redirect, useLocation } from 'wouter';
import { useAgreementCaseContext, useCreateAgreement } from '../../api/use-agreements';
import { ErrorMessage } from '../../components/error-message';
import { contentFormValues } from './agreement-content';
import { agreementPath, caseAgreementsPath } from './agreement-paths';
import { AgreementForm } from './agreement-form';
import './agreements.css';

/** Writing a case's agreement from scratch, pre-filled from the case; saving makes version 1 (or the next). */
export function NewAgreementScreen({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const context = useAgreementCaseContext(caseId);
  const create = useCreateAgreement();

  if (context.isPending) return <p role="status">{t('agreements.screen.loading')}</p>;
  if (context.isError) return <ErrorMessage error={context.error} />;
  // A case works on one version at a time: open that one rather than start another.
  if (context.data.openVersionId !== null) return <Redirect to={agreementPath(context.data.openVersionId)} replace />;

  return (
    <article aria-labelledby="new-agreement-title">
      <nav aria-label={t('agreements.screen.breadcrumb')} className="breadcrumb">
        <Link href={caseAgreementsPath(caseId)}>{t('agreements.screen.backToCase', { reference: context.data.caseReference })}</Link>
      </nav>
      <h1 id="new-agreement-title">{t('agreements.screen.newTitle')}</h1>
      <AgreementForm
        draftKey={{ form: 'agreement', caseId, target: null }}
        context={context.data}
        defaultValues={contentFormValues(context.data)}
        submitLabel={t('agreements.editor.create')}
        onSave={async (content) => {
          const created = await create.mutateAsync({ caseId, ...content });
          navigate(agreementPath(created.id), { replace: true });
        }}
        error={create.error}
      />
    </article>
  );
}
