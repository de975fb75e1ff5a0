import type { AgreementRecord } from '../../../../shared/domain/schemas/agreement';
import { AppError } from '../../../../shared/errors';
import { getSignature, listStatusChanges } from '../../agreements/agreement-rows';
import { appendAudit } from '../../audit/audit-log';
import type { Database } from '../../db/database';
import { listAgreements } from '../agreements';
import { listAttachmentsWithContent } from '../attachments/attachments';
import { auditCase, inTransaction, requireCase } from '../case-access';
import { getCaseRecord, listStatusHistory } from '../cases';
import { nowInstant } from '../clock';
import { listActionsTaken, listConsents } from '../consents';
import { listConversations } from '../conversations';
import { listCaseLearningPoints, listLearningPoints } from '../learning-points';
import { listEarlierNoteVersions, listNotes } from '../notes';
import { listParties } from '../parties';
import { listSeverityAssessments } from '../severity-assessments';
import { queryAll } from '../../db/sql';
import { listTasks } from '../tasks';
import { getVaultSettings } from '../vault-settings';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportDocument, type ExportedCase } from './export-format';

/** Numbers records 1, 2, 3 … within a case, so the file does not carry database ids. */
function localIds(ids: readonly number[]): Map<number, number> {
  return new Map(ids.map((id, index) => [id, index + 1]));
}

/**
 * The local id of a record the agreement refers to. The database only knows the row
 * exists; one of another case cannot be written to the file, and dropping the reference
 * silently would lose it, so the export stops instead.
 */
function localIdOf(ids: Map<number, number>, id: number | null): number | null {
  if (id === null) return null;
  const local = ids.get(id);
  if (local === undefined) throw new AppError('INTERNAL', 'An agreement refers to a party or bilag of another case.');
  return local;
}

/** The signing date is the version's own `signedOn`; the record carries the rest. */
function exportedSignature(db: Database, agreement: AgreementRecord): ExportedCase['agreements'][number]['signature'] {
  const signature = getSignature(db, agreement);
  if (signature === null) return null;
  const { signedOn: _signedOn, ...record } = signature;
  return record;
}

const stripIds = <T extends { id: number; caseId: number | null }>({ id: _id, caseId: _caseId, ...rest }: T) => rest;

/** One case in the export shape, without an audit row: callers audit what they do with it. */
export function exportCase(db: Database, caseId: number): ExportedCase {
  const { id: _id, ...record } = getCaseRecord(db, caseId);
  const parties = listParties(db, caseId);
  const attachments = listAttachmentsWithContent(db, caseId);
  const partyIds = localIds(parties.map((party) => party.id));
  const attachmentIds = localIds(attachments.map((attachment) => attachment.id));
  return {
    ...record,
    statusHistory: listStatusHistory(db, caseId).map(({ id: _changeId, caseId: _case, ...change }) => change),
    parties: parties.map(({ caseId: _case, ...party }) => ({ ...party, id: partyIds.get(party.id) as number })),
    notes: listNotes(db, caseId).map((note) => ({
      ...stripIds(note),
      earlierVersions: listEarlierNoteVersions(db, note.id).map(({ noteId: _note, ...version }) => version),
    })),
    conversations: listConversations(db, caseId).map(stripIds),
    consents: listConsents(db, caseId).map(stripIds),
    actionsTaken: listActionsTaken(db, caseId).map(stripIds),
    severityAssessments: listSeverityAssessments(db, caseId).map(stripIds),
    tasks: listTasks(db, caseId).map(stripIds),
    attachments: attachments.map(({ content, ...attachment }) => ({
      ...stripIds(attachment),
      id: attachmentIds.get(attachment.id) as number,
      contentBase64: content.toString('base64'),
    })),
    agreements: listAgreements(db, caseId).map((agreement) => ({
      ...stripIds(agreement),
      affectedPartyId: localIdOf(partyIds, agreement.affectedPartyId),
      signedCopyAttachmentId: localIdOf(attachmentIds, agreement.signedCopyAttachmentId),
      statusHistory: listStatusChanges(db, agreement.id),
      signature: exportedSignature(db, agreement),
    })),
    learningPoints: listCaseLearningPoints(db, caseId).map(stripIds),
  };
}

/**
 * One case, or with `caseId` null the whole vault with its settings and the learning
 * points written for a year. Audited as an export: the file leaves the encryption.
 */
export function exportRecords(db: Database, caseId: number | null): ExportDocument {
  return inTransaction(db, () => {
    const exportedAt = nowInstant();
    if (caseId !== null) {
      const head = requireCase(db, caseId);
      auditCase(db, 'case.export', head);
      return {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt,
        scope: 'case',
        settings: null,
        cases: [exportCase(db, head.id)],
        learningPoints: [],
      };
    }
    const caseIds = queryAll<{ id: number }>(db, 'SELECT id FROM cases ORDER BY id').map((row) => row.id);
    appendAudit(db, { action: 'vault.export', subject: `cases=${caseIds.length}` });
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt,
      scope: 'vault',
      settings: getVaultSettings(db),
      cases: caseIds.map((id) => exportCase(db, id)),
      learningPoints: listLearningPoints(db, { reportYear: null })
        .filter((point) => point.caseId === null)
        .map(stripIds),
    };
  });
}

export function serializeExport(document: ExportDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
