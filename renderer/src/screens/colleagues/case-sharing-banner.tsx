import { Hourglass, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelHandover, useCaseSharing } from '../../api/use-colleagues';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime } from '../../components/formatting';
import { useLabels } from '../../components/use-labels';
import './colleagues.css';

/**
 * How the case stands between the two vaults, at the top of the case page: a consultation
 * copy ("delt af"), a case handed over to this vault, or one waiting for its receipt.
 */
export function CaseSharingBanner({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const words = useLabels();
  const sharing = useCaseSharing(caseId);
  const cancel = useCancelHandover();
  const [cancelling, setCancelling] = useState(false);
  const data = sharing.data;
  if (!data) return null;
  const { sharedBy, awaitingReceipt } = data;
  return (
    <>
      {sharedBy && (
        <div className="sharing-banner" role="note">
          <p className="sharing-marker">
            <Users aria-hidden="true" size={18} />{' '}
            {sharedBy.purpose === 'consultation' ? t('colleagues.markers.sharedBy', { name: sharedBy.contactName }) : t('colleagues.markers.handedOverFrom', { name: sharedBy.contactName })}
          </p>
          <p>
            {sharedBy.purpose === 'consultation'
              ? t('colleagues.markers.sharedByBody', { name: sharedBy.contactName, scope: sharedBy.scope ? words.consultationScope[sharedBy.scope].toLowerCase() : '—' })
              : t('colleagues.markers.handedOverBody', { name: sharedBy.contactName })}
          </p>
        </div>
      )}
      {awaitingReceipt && (
        <div className="sharing-banner awaiting" role="note">
          <p className="sharing-marker">
            <Hourglass aria-hidden="true" size={18} /> {t('colleagues.markers.awaitingReceipt')}
          </p>
          <p>{t('colleagues.markers.awaitingBody', { name: awaitingReceipt.contactName, date: formatDateTime(awaitingReceipt.sentAt) })}</p>
          {cancel.isSuccess && <p role="status">{t('colleagues.handover.cancelled')}</p>}
          <div className="row-actions">
            <button type="button" onClick={() => setCancelling(true)}>
              {t('colleagues.handover.cancel')}
            </button>
          </div>
          <ConfirmDialog
            isOpen={cancelling}
            title={t('colleagues.handover.cancelTitle')}
            confirmLabel={t('colleagues.handover.cancel')}
            pending={cancel.isPending}
            error={cancel.error}
            onCancel={() => setCancelling(false)}
            onConfirm={() => cancel.mutate({ packageId: awaitingReceipt.packageId }, { onSuccess: () => setCancelling(false) })}
          >
            <p>{t('colleagues.handover.cancelBody')}</p>
          </ConfirmDialog>
        </div>
      )}
    </>
  );
}
