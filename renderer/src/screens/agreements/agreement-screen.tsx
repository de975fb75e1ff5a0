import { FileDown, PenLine, Printer } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AgreementCaseContext, AgreementDetail } from '../../../../shared/contract/agreements';
import {
  useAgreement,
  useAgreementCaseContext,
  useAgreementPrintDocument,
  useTransitionAgreement,
  useUpdateAgreement,
} from '../../api/use-agreements';
import { ErrorMessage } from '../../components/error-message';
import { MoreMenu } from '../../components/more-menu';
import { PageHeader } from '../../components/page-header';
import { formatDate, formatDateTime } from '../../components/formatting';
import { useLabels } from '../../components/use-labels';
import { contentFormValues, type AgreementContent as AgreementContentValues } from './agreement-content';
import { ExportDialog, ReviseDialog, WithdrawDialog } from './agreement-dialogs';
import { MissingParts } from './agreement-error';
import { agreementPath, agreementPrintPath, caseAgreementsPath } from './agreement-paths';
import { AgreementForm } from './agreement-form';
import { AgreementSheet } from './agreement-sheet';
import { AgreementStatusBadge } from './agreement-status-badge';
import { SignDialog } from './sign-dialog';
import { SignaturePanel } from './signature-panel';
import './agreements.css';

type OpenDialog = 'sign' | 'revise' | 'withdraw' | 'export' | null;

/** A draft is written in the form; any other version is shown as it reads on paper. */
function AgreementContent({ detail, context }: { detail: AgreementDetail; context: AgreementCaseContext }) {
  const { t } = useTranslation();
  const update = useUpdateAgreement();
  const transition = useTransitionAgreement();
  const preview = useAgreementPrintDocument(detail.agreement.id, 'da');
  const { agreement } = detail;

  if (detail.editable) {
    const save = async (content: AgreementContentValues) => {
      transition.reset();
      await update.mutateAsync({ id: agreement.id, ...content });
    };
    return (
      <AgreementForm
        key={agreement.id}
        draftKey={{ form: 'agreement', caseId: agreement.caseId, target: agreement.id }}
        context={context}
        defaultValues={contentFormValues(agreement)}
        submitLabel={t('agreements.editor.saveDraft')}
        onSave={save}
        extraAction={{
          label: t('agreements.actions.readyToSign'),
          hint: t('agreements.actions.readyToSignHint'),
          run: async (content) => {
            await save(content);
            await transition.mutateAsync({ id: agreement.id, to: 'ready_to_sign', reason: null });
          },
        }}
        error={update.error ?? transition.error}
      />
    );
  }
  return (
    <section aria-labelledby="agreement-preview-title">
      <h2 id="agreement-preview-title">{t('agreements.screen.preview')}</h2>
      <p className="hint">{t('agreements.screen.frozen')}</p>
      {preview.isPending && <p role="status">{t('agreements.screen.loading')}</p>}
      <ErrorMessage error={preview.error} />
      {preview.data && <AgreementSheet document={preview.data} titleLevel={2} label={t('agreements.print.sheet')} />}
    </section>
  );
}

function VersionHistory({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const words = useLabels();
  return (
    <section aria-labelledby="agreement-history-title">
      <h2 id="agreement-history-title">{t('agreements.screen.history')}</h2>
      <ol className="agreement-history" aria-label={t('agreements.screen.historyCaption')}>
        {detail.versions.map((version) => (
          <li key={version.id}>
            {version.id === detail.agreement.id ? (
              <span aria-current="page">
                {t('agreements.screen.version', { version: version.version })} {t('agreements.screen.current')}
              </span>
            ) : (
              <Link href={agreementPath(version.id)}>{t('agreements.screen.version', { version: version.version })}</Link>
            )}
            : {words.agreementStatus[version.status]}, {formatDate(version.date)}
          </li>
        ))}
      </ol>
      <h3>{t('agreements.screen.statusChanges')}</h3>
      <ul className="agreement-history">
        {detail.statusChanges.map((change) => (
          <li key={change.changedAt + change.to}>
            {formatDateTime(change.changedAt)}: {words.agreementStatus[change.to]}
            {change.reason !== null && <> — {t('agreements.screen.reason', { reason: change.reason })}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One version of a case's written agreement: write it, sign it, print it, export it. */
export function AgreementScreen({ id }: { id: number }) {
  const { t } = useTranslation();
  const detail = useAgreement(id);
  const caseId = detail.data?.agreement.caseId;
  const context = useAgreementCaseContext(caseId);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [exportedFile, setExportedFile] = useState<string | null>(null);

  if (detail.isError || context.isError) {
    return (
      <section aria-labelledby="agreement-missing-title">
        <h1 id="agreement-missing-title">{t('agreements.screen.missingTitle')}</h1>
        <ErrorMessage error={detail.error ?? context.error} />
        <Link href="/">{t('nav.home')}</Link>
      </section>
    );
  }
  if (detail.isPending || context.isPending) return <p role="status">{t('agreements.screen.loading')}</p>;
  const data = detail.data;
  const { agreement } = data;
  const close = () => setDialog(null);
  const showMissing = agreement.status !== 'superseded' && agreement.status !== 'withdrawn';

  // Withdrawing is for an agreement that was offered for signing or signed; a draft is simply not used.
  const canWithdraw = agreement.status !== 'draft' && data.allowedTransitions.includes('withdrawn');

  return (
    <article aria-labelledby="agreement-title">
      <PageHeader
        id="agreement-title"
        title={t('agreements.screen.title', { version: agreement.version })}
        back={{
          href: caseAgreementsPath(agreement.caseId),
          label: t('agreements.screen.backToCase', { reference: data.caseReference }),
          navLabel: t('agreements.screen.breadcrumb'),
        }}
        badge={<AgreementStatusBadge status={agreement.status} />}
        meta={agreement.status === 'signed' ? t('agreements.screen.inForce') : undefined}
        actions={
          // Every action on the agreement as a whole in one place; a draft's form keeps its own save buttons.
          <div className="agreement-actions" role="group" aria-label={t('agreements.screen.actions')}>
            {data.canSign && (
              <button type="button" className="primary" onClick={() => setDialog('sign')}>
                <PenLine size={18} aria-hidden="true" />
                {agreement.status === 'signed' ? t('agreements.actions.completeSignature') : t('agreements.actions.sign')}
              </button>
            )}
            {data.canRevise && (
              <button type="button" onClick={() => setDialog('revise')}>
                {t('agreements.actions.revise')}
              </button>
            )}
            <Link href={agreementPrintPath(agreement.id, 'da')} className="button">
              <Printer size={18} aria-hidden="true" />
              {t('agreements.actions.printView')}
            </Link>
            <button type="button" onClick={() => setDialog('export')}>
              <FileDown size={18} aria-hidden="true" />
              {t('agreements.actions.exportDocx')}
            </button>
            {canWithdraw && (
              <MoreMenu
                label={t('cases.case.more')}
                items={[{ id: 'withdraw', label: t('agreements.actions.withdraw'), danger: true, onAction: () => setDialog('withdraw') }]}
              />
            )}
          </div>
        }
      />
      {showMissing && <MissingParts parts={data.missingParts} />}
      {exportedFile !== null && <p role="status">{t('agreements.export.done', { file: exportedFile })}</p>}
      <div className="agreement-layout">
        <div>
          <SignaturePanel detail={data} />
          <AgreementContent detail={data} context={context.data} />
        </div>
        <aside aria-label={t('agreements.screen.versionsAside')}>
          <VersionHistory detail={data} />
        </aside>
      </div>
      {dialog === 'sign' && <SignDialog detail={data} context={context.data} isOpen onClose={close} />}
      {dialog === 'revise' && <ReviseDialog detail={data} isOpen onClose={close} />}
      {dialog === 'withdraw' && <WithdrawDialog detail={data} isOpen onClose={close} />}
      {dialog === 'export' && <ExportDialog detail={data} isOpen onClose={close} onExported={setExportedFile} />}
    </article>
  );
}
