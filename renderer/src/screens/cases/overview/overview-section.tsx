import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { CaseColleaguePanel } from '../../colleagues/case-colleague-panel';
import { WhoMayKnow } from '../consents/who-may-know';
import { CaseFacts } from './case-facts';
import { DeleteCase } from './delete-case';
import { PartiesPanel } from './parties-panel';
import { StatusPanel } from './status-panel';

export function OverviewSection({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <StatusPanel detail={detail} />
      <WhoMayKnow current={detail.currentConsents} />
      <CaseFacts record={detail.case} />
      <PartiesPanel caseId={detail.case.id} parties={detail.parties} />
      <CaseColleaguePanel detail={detail} />
      <DeleteCase record={detail.case} pastRetention={detail.retention?.pastRetention ?? false} />
    </>
  );
}
