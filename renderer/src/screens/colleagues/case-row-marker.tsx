import { useTranslation } from 'react-i18next';
import { useCaseMarkers } from '../../api/use-colleagues';
import './colleagues.css';

/** "Delt af <kontakt>" or "Overdraget, afventer kvittering" on a case in the list. */
export function CaseRowMarker({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const marker = useCaseMarkers().get(caseId);
  if (marker === undefined) return null;
  return marker.kind === 'awaitingReceipt' ? (
    <span className="sharing-badge awaiting">{t('colleagues.markers.awaitingReceipt')}</span>
  ) : (
    <span className="sharing-badge">{t('colleagues.markers.sharedBy', { name: marker.contactName })}</span>
  );
}
