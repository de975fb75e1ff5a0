import { useTranslation } from 'react-i18next';
import { useReceivedPackages, useSentPackages } from '../../api/use-colleagues';
import './colleagues.css';

/**
 * "Delt af <kontakt>" or "Overdraget, afventer kvittering" on a case in the list, read
 * from the packages this vault sent and received (one query each for the whole list).
 */
export function CaseRowMarker({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const sent = useSentPackages();
  const received = useReceivedPackages();
  const awaiting = (sent.data ?? []).some(
    (item) => item.kind === 'handover' && item.receiptAt === null && item.cancelledAt === null && item.cases.some((c) => c.caseId === caseId),
  );
  if (awaiting) return <span className="sharing-badge awaiting">{t('colleagues.markers.awaitingReceipt')}</span>;
  const sharedBy = (received.data ?? []).find((item) => item.kind === 'consultation' && item.cases.some((c) => c.caseId === caseId));
  if (sharedBy) return <span className="sharing-badge">{t('colleagues.markers.sharedBy', { name: sharedBy.contactName })}</span>;
  return null;
}
