import type { AgreementStatus } from '../../../../shared/domain/vocabulary';
import { useLabels } from '../../components/use-labels';

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const words = useLabels();
  return <span className={`agreement-status agreement-status-${status}`}>{words.agreementStatus[status]}</span>;
}
