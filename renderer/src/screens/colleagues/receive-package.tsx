import { Inbox } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PackageInspection, ReceiveResult } from '../../../../shared/contract/colleagues';
import { useAcceptPackage, useInspectPackage, useSaveReceipt } from '../../api/use-colleagues';
import { AppDialog } from '../../components/app-dialog';
import { ErrorMessage } from '../../components/error-message';
import { formatDate, formatDateTime } from '../../components/formatting';
import { useLabels } from '../../components/use-labels';
import { useCategoryLabel } from '../cases/category-label';
import { EncryptedFileDialog } from './encrypted-file-dialog';
import { Fingerprint } from './fingerprint';
import { PackageContentsList } from './package-contents';

/**
 * "Modtag en sag": open the file, see who sent it, why and what it holds, then take it in.
 * A handover is answered with a receipt, without which the sender keeps the cases.
 */
export function ReceivePackage() {
  const { t } = useTranslation();
  const inspect = useInspectPackage();
  const accept = useAcceptPackage();
  const [inspection, setInspection] = useState<PackageInspection | null>(null);
  const [received, setReceived] = useState<{ result: ReceiveResult; senderName: string } | null>(null);
  const isReceipt = inspect.data?.kind === 'receipt';
  return (
    <section aria-labelledby="receive-title" className="card">
      <h2 id="receive-title">{t('colleagues.receive.title')}</h2>
      <p>{t('colleagues.receive.intro')}</p>
      <ErrorMessage error={inspect.error} />
      {isReceipt && <p role="status">{t('colleagues.receive.isReceipt')}</p>}
      {received && <Received result={received.result} senderName={received.senderName} />}
      <div className="actions">
        <button
          type="button"
          className={received ? undefined : 'primary'}
          disabled={inspect.isPending}
          onClick={() => {
            setReceived(null);
            accept.reset();
            inspect.mutate(undefined, { onSuccess: (opened) => setInspection(opened !== null && opened.kind !== 'receipt' ? opened : null) });
          }}
        >
          <Inbox aria-hidden="true" size={18} /> {inspect.isPending ? t('actions.working') : t('colleagues.receive.open')}
        </button>
      </div>
      <AppDialog isOpen={inspection !== null} onClose={() => setInspection(null)} title={t('colleagues.receive.inspectTitle', { name: inspection?.sender.name ?? '' })}>
        {inspection && (
          <>
            <Inspection inspection={inspection} />
            <ErrorMessage error={accept.error} />
            <div className="actions">
              <button type="button" onClick={() => setInspection(null)}>
                {t('actions.cancel')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={accept.isPending}
                onClick={() =>
                  accept.mutate(
                    { token: inspection.token },
                    {
                      onSuccess: (result) => {
                        setReceived({ result, senderName: inspection.sender.name });
                        setInspection(null);
                      },
                    },
                  )
                }
              >
                {accept.isPending ? t('actions.working') : t('colleagues.receive.accept')}
              </button>
            </div>
          </>
        )}
      </AppDialog>
    </section>
  );
}

function Inspection({ inspection }: { inspection: PackageInspection }) {
  const { t } = useTranslation();
  const words = useLabels();
  const categoryLabel = useCategoryLabel();
  return (
    <>
      <dl className="facts">
        <dt>{t('colleagues.receive.from')}</dt>
        <dd>{inspection.sender.name}</dd>
        <dt>{t('colleagues.receive.fingerprint')}</dt>
        <dd>
          <Fingerprint value={inspection.sender.fingerprint} />
        </dd>
        <dt>{t('colleagues.receive.purpose')}</dt>
        <dd>{inspection.kind === 'consultation' ? t('colleagues.receive.purposeConsultation') : t('colleagues.receive.purposeHandover')}</dd>
        <dt>{t('colleagues.receive.created')}</dt>
        <dd>{formatDateTime(inspection.createdAt)}</dd>
        {inspection.scope && (
          <>
            <dt>{t('colleagues.receive.scope')}</dt>
            <dd>{words.consultationScope[inspection.scope]}</dd>
          </>
        )}
      </dl>
      {inspection.replacesCopy && <p className="notice">{t('colleagues.receive.replaces', { reference: inspection.replacesCopy.reference })}</p>}
      <h3>{t('colleagues.receive.cases')}</h3>
      <ul className="plain-list inspected-cases">
        {inspection.cases.map((item) => (
          <li key={item.reference} className="inspected-case">
            <p>
              <strong>{t('cases.case.title', { reference: item.reference })}</strong> · {words.caseStatus[item.status]} ·{' '}
              {t('colleagues.receive.caseReceived', { date: formatDate(item.receivedDate) })}
              {item.category !== null && <> · {categoryLabel(item.category)}</>}
            </p>
            <PackageContentsList contents={item.contents} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Received({ result, senderName }: { result: ReceiveResult; senderName: string }) {
  const { t } = useTranslation();
  const saveReceipt = useSaveReceipt();
  const [asking, setAsking] = useState(false);
  const references = result.cases.map((item) => item.reference).join(', ');
  return (
    <div className="notice">
      <p role="status">{result.updated ? t('colleagues.receive.updated', { references }) : t('colleagues.receive.received', { count: result.cases.length, references })}</p>
      <ul className="plain-list">
        {result.cases.map((item) => (
          <li key={item.caseId}>
            <Link href={`/cases/${item.caseId}`}>{t('cases.case.title', { reference: item.reference })}</Link>
          </li>
        ))}
      </ul>
      {result.kind === 'handover' && (
        <>
          <p>{t('colleagues.receive.receiptNeeded', { name: senderName })}</p>
          <ErrorMessage error={saveReceipt.error} />
          {saveReceipt.data && <p>{t('colleagues.receive.receiptSaved', { file: saveReceipt.data.file, name: senderName })}</p>}
          <div className="actions">
            <button type="button" className={saveReceipt.data ? undefined : 'primary'} disabled={saveReceipt.isPending} onClick={() => setAsking(true)}>
              {t('colleagues.receive.saveReceipt')}
            </button>
          </div>
          <EncryptedFileDialog
            isOpen={asking}
            recipientName={senderName}
            what={t('colleagues.receive.receiptWhat')}
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              setAsking(false);
              saveReceipt.mutate({ packageId: result.packageId });
            }}
          />
        </>
      )}
    </div>
  );
}
