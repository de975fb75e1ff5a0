import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { CaseColleaguePanel } from '../../colleagues/case-colleague-panel';
import { CaseChecklistPanel } from '../checklist/case-checklist-panel';
import { WhoMayKnow } from '../consents/who-may-know';
import { CaseFacts } from './case-facts';
import { DeleteCase } from './delete-case';
import { NextStepsPanel } from './next-steps-panel';
import { PartiesPanel } from './parties-panel';
import { StatusPanel } from './status-panel';

/** What to do next first, then where the case stands, who may know what, its facts, and the policy's steps. */
export function OverviewSection({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <NextStepsPanel detail={detail} />
      <StatusPanel detail={detail} />
      <WhoMayKnow current={detail.currentConsents} />
      <CaseFacts record={detail.case} />
      <PartiesPanel caseId={detail.case.id} parties={detail.parties} />
      <CaseChecklistPanel detail={detail} />
      <CaseColleaguePanel detail={detail} />
      <DeleteCase record={detail.case} pastRetention={detail.retention?.pastRetention ?? false} />
    </>
  );
}
