import type { CaseStatus } from '../../../../shared/domain/vocabulary';
import { useLabels } from '../../components/use-labels';

export function StatusBadge({ status, reopened }: { status: CaseStatus; reopened: boolean }) {
  const words = useLabels();
  return (
    <span className={`status-badge status-${status}`}>
      {words.caseStatus[status]}
      {reopened && status !== 'closed' && ` (${words.reopened})`}
    </span>
  );
}
