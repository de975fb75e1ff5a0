import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../../shared/contract/agreements';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/domain/schemas/attachment';
import { useAttachSignedCopy } from '../../api/use-agreements';
import { formatBytes, formatDate } from '../../components/formatting';
import { useLabels } from '../../components/use-labels';
import { AgreementError } from './agreement-error';

/** Who signed, when and how, and the scanned signed copy kept encrypted in the vault. */
export function SignaturePanel({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const words = useLabels();
  const attach = useAttachSignedCopy();
  const { agreement, signature, signedCopy } = detail;
  if (agreement.signedOn === null) return null;
  const attachScan = () =>
    attach.mutate({ id: agreement.id, description: t('agreements.scan.description', { version: agreement.version }) });

  return (
    <section aria-labelledby="signature-title" className="card">
      <h2 id="signature-title">{t('agreements.signatureRecord.title')}</h2>
      {signature === null ? (
        <p className="notice">{t('agreements.signatureRecord.missing')}</p>
      ) : (
        <dl className="signature-record">
          <dt>{t('agreements.signatureRecord.signedOn')}</dt>
          <dd>{formatDate(signature.signedOn)}</dd>
          <dt>{t('agreements.signatureRecord.signedBy')}</dt>
          <dd>{signature.signedBy.join(', ')}</dd>
          <dt>{t('agreements.signatureRecord.form')}</dt>
          <dd>{words.consentForm[signature.form]}</dd>
        </dl>
      )}
      <p>
        {signedCopy === null
          ? t('agreements.scan.none')
          : t('agreements.scan.attached', { name: signedCopy.fileName, size: formatBytes(signedCopy.size) })}
      </p>
      {agreement.status === 'signed' && (
        <>
          <p className="hint">{t('agreements.scan.intro', { size: formatBytes(ATTACHMENT_MAX_BYTES) })}</p>
          <AgreementError error={attach.error} />
          <div className="actions">
            <button type="button" disabled={attach.isPending} onClick={attachScan}>
              {attach.isPending
                ? t('actions.working')
                : signedCopy === null
                  ? t('agreements.actions.attachScan')
                  : t('agreements.actions.replaceScan')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
