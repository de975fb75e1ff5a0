import { FileCheck2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useOpenReceipt, useSentPackages } from '../../api/use-colleagues';
import { ErrorMessage } from '../../components/error-message';

/** The colleague's receipt: opening it deletes the cases it confirms arrived intact, and nothing else. */
export function OpenReceipt() {
  const { t } = useTranslation();
  const sent = useSentPackages();
  const open = useOpenReceipt();
  const awaiting = (sent.data ?? []).filter((item) => item.kind === 'handover' && item.receiptAt === null && item.cancelledAt === null).length;
  const done = open.data;
  return (
    <section aria-labelledby="open-receipt-title" className="card">
      <h2 id="open-receipt-title">{t('colleagues.receipt.title')}</h2>
      <p>{t('colleagues.receipt.intro')}</p>
      {awaiting > 0 && <p className="hint">{t('colleagues.receipt.awaiting', { count: awaiting })}</p>}
      <ErrorMessage error={open.error} />
      {done && (
        <p role="status" className="notice">
          {t('colleagues.receipt.done', { count: done.deleted.length, name: done.contactName, references: done.deleted.map((item) => item.reference).join(', ') })}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={open.isPending} onClick={() => open.mutate()}>
          <FileCheck2 aria-hidden="true" size={18} /> {open.isPending ? t('actions.working') : t('colleagues.receipt.button')}
        </button>
      </div>
    </section>
  );
}
