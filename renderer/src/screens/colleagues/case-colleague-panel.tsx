import type { CaseDetail } from '../../../../shared/domain/schemas/case-view';
import { useCaseSharing } from '../../api/use-colleagues';
import { HandoverCase } from './handover-case';
import { ShareCase } from './share-case';
import './colleagues.css';

/**
 * Sharing and handing over, on the case's own page. A consultation copy or a case waiting
 * for its receipt is not this vault's to pass on, so neither is offered then.
 */
export function CaseColleaguePanel({ detail }: { detail: CaseDetail }) {
  const sharing = useCaseSharing(detail.case.id);
  if (!sharing.data || sharing.data.readOnly) return null;
  return (
    <>
      <ShareCase caseId={detail.case.id} />
      <HandoverCase detail={detail} />
    </>
  );
}
