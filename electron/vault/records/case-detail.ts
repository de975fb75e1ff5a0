import { allowedTransitions } from '../../../shared/domain/case-status';
import { currentConsents } from '../../../shared/domain/consents';
import type { IsoDate } from '../../../shared/domain/iso-date';
import { isPastRetention, retentionEndsOn } from '../../../shared/domain/retention';
import type { CaseDetail } from '../../../shared/domain/schemas/case-view';
import type { Database } from '../db/database';
import { queryOne } from '../db/sql';
import { listAgreements } from './agreements';
import { listAttachments } from './attachments/attachments';
import { auditCase, inTransaction, requireCase } from './case-access';
import { getCaseRecord, listStatusHistory } from './cases';
import { listActionsTaken, listConsents } from './consents';
import { listConversations } from './conversations';
import { listCaseLearningPoints } from './learning-points';
import { listNotes } from './notes';
import { listParties, partyWarnings } from './parties';
import { listSeverityAssessments } from './severity-assessments';
import { listTasks } from './tasks';
import { getVaultSettings } from './vault-settings';

/**
 * Everything the case screen shows, one query per section, read in one transaction so
 * the sections agree with each other. Opening a case is audited as a view, unless the
 * newest audit row already is a view of this case (a refetch with nothing in between).
 */
export function getCaseDetail(db: Database, caseId: number, today: IsoDate): CaseDetail {
  return inTransaction(db, () => {
    const head = requireCase(db, caseId);
    const record = getCaseRecord(db, head.id);
    const statusHistory = listStatusHistory(db, head.id);
    const parties = listParties(db, head.id);
    const consents = listConsents(db, head.id);
    const retentionYears = getVaultSettings(db).retentionYears;
    // The screen re-reads the case after every change; one row per uninterrupted look is enough.
    const last = queryOne<{ action: string; subject: string | null }>(db, 'SELECT action, subject FROM audit_log ORDER BY seq DESC LIMIT 1');
    if (last?.action !== 'case.view' || last.subject !== head.reference) auditCase(db, 'case.view', head);
    return {
      case: record,
      reopened: statusHistory.some((change) => change.from === 'closed'),
      statusHistory,
      allowedTransitions: [...allowedTransitions(record.status)],
      parties,
      ...partyWarnings(db, head, parties),
      notes: listNotes(db, head.id),
      conversations: listConversations(db, head.id),
      consents,
      currentConsents: currentConsents(consents),
      actionsTaken: listActionsTaken(db, head.id),
      severityAssessments: listSeverityAssessments(db, head.id),
      agreements: listAgreements(db, head.id),
      tasks: listTasks(db, head.id),
      attachments: listAttachments(db, head.id),
      learningPoints: listCaseLearningPoints(db, head.id),
      retention:
        record.status === 'closed' && record.closedDate !== null
          ? {
              endsOn: retentionEndsOn(record.closedDate, retentionYears),
              pastRetention: isPastRetention(record.closedDate, retentionYears, today),
            }
          : null,
    };
  });
}
