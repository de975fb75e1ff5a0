import { insertSignature } from '../../agreements/agreement-rows';
import type { Database } from '../../db/database';
import { auditCase } from '../case-access';
import { claimCaseReference } from '../case-references';
import { execute } from '../../db/sql';
import type { ExportedCase, ExportedLearningPoint } from './export-format';

/*
 * Writes a whole case in the export shape, with its own timestamps, through prepared
 * statements: the import writes checked files this way, and the demo generator writes
 * its synthetic cases the same way. It checks nothing itself and must run inside the
 * caller's transaction.
 */

function insertCase(db: Database, record: ExportedCase, reference: string): number {
  return execute(
    db,
    `INSERT INTO cases (reference, received_date, channel, reporter_kind, category, context, summary, status,
                        closed_date, outcome, created_at, updated_at)
     VALUES (@reference, @receivedDate, @channel, @reporterKind, @category, @context, @summary, @status,
             @closedDate, @outcome, @createdAt, @updatedAt)`,
    {
      reference,
      receivedDate: record.receivedDate,
      channel: record.channel,
      reporterKind: record.reporterKind,
      category: record.category,
      context: record.context,
      summary: record.summary,
      status: record.status,
      closedDate: record.closedDate,
      outcome: record.outcome,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    },
  ).lastId;
}

function insertParties(db: Database, caseId: number, record: ExportedCase): Map<number, number> {
  const ids = new Map<number, number>();
  for (const { id, ...party } of record.parties) {
    const { lastId } = execute(
      db,
      `INSERT INTO parties (case_id, role, under18, name, nickname, organisational_role, unit, email, phone,
                            contact_person, description, created_at, updated_at)
       VALUES (@caseId, @role, @under18, @name, @nickname, @organisationalRole, @unit, @email, @phone,
               @contactPerson, @description, @createdAt, @updatedAt)`,
      { ...party, caseId, under18: party.under18 ? 1 : 0 },
    );
    ids.set(id, lastId);
  }
  return ids;
}

function insertNotes(db: Database, caseId: number, record: ExportedCase): void {
  for (const { earlierVersions, ...note } of record.notes) {
    const { lastId } = execute(
      db,
      `INSERT INTO notes (case_id, kind, note_date, title, body, version, edit_reason, created_at, updated_at)
       VALUES (@caseId, @kind, @noteDate, @title, @body, @version, @editReason, @createdAt, @updatedAt)`,
      { ...note, caseId },
    );
    for (const version of earlierVersions) {
      execute(
        db,
        `INSERT INTO note_versions (note_id, version, kind, note_date, title, body, edit_reason, written_at)
         VALUES (@noteId, @version, @kind, @noteDate, @title, @body, @editReason, @writtenAt)`,
        { ...version, noteId: lastId },
      );
    }
  }
}

function insertLedgers(db: Database, caseId: number, record: ExportedCase): void {
  for (const change of record.statusHistory) {
    execute(
      db,
      `INSERT INTO case_status_changes (case_id, from_status, to_status, reason, closed_date, outcome, changed_at)
       VALUES (@caseId, @from, @to, @reason, @closedDate, @outcome, @changedAt)`,
      { ...change, caseId },
    );
  }
  for (const conversation of record.conversations) {
    execute(
      db,
      `INSERT INTO conversations (case_id, status, date, note, created_at, updated_at)
       VALUES (@caseId, @status, @date, @note, @createdAt, @updatedAt)`,
      { ...conversation, caseId },
    );
  }
  for (const consent of record.consents) {
    execute(
      db,
      `INSERT INTO consents (case_id, action, other_action, decision, form, decided_on, scope, consultation_scope, recorded_at)
       VALUES (@caseId, @action, @otherAction, @decision, @form, @decidedOn, @scope, @consultationScope, @recordedAt)`,
      { ...consent, caseId },
    );
  }
  for (const action of record.actionsTaken) {
    execute(
      db,
      `INSERT INTO actions_taken (case_id, action, other_action, taken_on, override_reason, recorded_at)
       VALUES (@caseId, @action, @otherAction, @takenOn, @overrideReason, @recordedAt)`,
      { ...action, caseId },
    );
  }
  for (const assessment of record.severityAssessments) {
    execute(
      db,
      `INSERT INTO severity_assessments (case_id, assessed_on, extent, affected_count, factors, suggested_level,
                                         chosen_level, steps, rationale, created_at)
       VALUES (@caseId, @assessedOn, @extent, @affectedCount, @factors, @suggestedLevel, @chosenLevel, @steps,
               @rationale, @createdAt)`,
      { ...assessment, caseId, factors: JSON.stringify(assessment.factors), steps: JSON.stringify(assessment.steps) },
    );
  }
  for (const task of record.tasks) {
    execute(
      db,
      `INSERT INTO tasks (case_id, title, due_date, done_on, created_at, updated_at)
       VALUES (@caseId, @title, @dueDate, @doneOn, @createdAt, @updatedAt)`,
      { ...task, caseId },
    );
  }
}

function insertAttachments(db: Database, caseId: number, record: ExportedCase): Map<number, number> {
  const ids = new Map<number, number>();
  for (const { id, contentBase64, ...attachment } of record.attachments) {
    const { lastId } = execute(
      db,
      `INSERT INTO attachments (case_id, file_name, media_type, size, sha256, description, content, added_at)
       VALUES (@caseId, @fileName, @mediaType, @size, @sha256, @description, @content, @addedAt)`,
      { ...attachment, caseId, content: Buffer.from(contentBase64, 'base64') },
    );
    ids.set(id, lastId);
  }
  return ids;
}

type AgreementLedgers = Pick<ExportedCase['agreements'][number], 'statusHistory' | 'signature'>;

/** The version's status history and signature record, under the version's new id. */
function insertAgreementLedgers(db: Database, agreementId: number, { statusHistory, signature }: AgreementLedgers): void {
  for (const change of statusHistory) {
    execute(
      db,
      `INSERT INTO agreement_status_changes (agreement_id, from_status, to_status, reason, changed_at)
       VALUES (@agreementId, @from, @to, @reason, @changedAt)`,
      { ...change, agreementId },
    );
  }
  if (signature !== null) insertSignature(db, agreementId, signature, signature.recordedAt);
}

function insertAgreements(db: Database, caseId: number, record: ExportedCase, parties: Map<number, number>, attachments: Map<number, number>): void {
  for (const { statusHistory, signature, ...agreement } of record.agreements) {
    const { lastId } = execute(
      db,
      `INSERT INTO agreements (case_id, version, status, affected_party_id, contact_persons, wishes, disclosure,
                               other_party_involvement, support_offered, next_steps, signed_on,
                               signed_copy_attachment_id, created_at, updated_at)
       VALUES (@caseId, @version, @status, @affectedPartyId, @contactPersons, @wishes, @disclosure,
               @otherPartyInvolvement, @supportOffered, @nextSteps, @signedOn, @signedCopyAttachmentId,
               @createdAt, @updatedAt)`,
      {
        ...agreement,
        caseId,
        affectedPartyId: agreement.affectedPartyId === null ? null : parties.get(agreement.affectedPartyId),
        signedCopyAttachmentId:
          agreement.signedCopyAttachmentId === null ? null : attachments.get(agreement.signedCopyAttachmentId),
        contactPersons: JSON.stringify(agreement.contactPersons),
        supportOffered: JSON.stringify(agreement.supportOffered),
        nextSteps: JSON.stringify(agreement.nextSteps),
      },
    );
    insertAgreementLedgers(db, lastId, { statusHistory, signature });
  }
}

export function insertLearningPoint(db: Database, caseId: number | null, point: ExportedLearningPoint): void {
  execute(
    db,
    `INSERT INTO learning_points (case_id, report_year, text, created_at, updated_at)
     VALUES (@caseId, @reportYear, @text, @createdAt, @updatedAt)`,
    { ...point, caseId },
  );
}

/**
 * Writes the case under its own reference when this vault never gave that number out,
 * otherwise under the next free one, and returns the reference used. `audit` is off only
 * for the demo generator, which logs one row for the whole demo instead.
 */
export function writeCase(db: Database, record: ExportedCase, options: { audit: boolean }): string {
  const reference = claimCaseReference(db, record.reference);
  const caseId = insertCase(db, record, reference);
  const parties = insertParties(db, caseId, record);
  insertNotes(db, caseId, record);
  insertLedgers(db, caseId, record);
  const attachments = insertAttachments(db, caseId, record);
  insertAgreements(db, caseId, record, parties, attachments);
  for (const point of record.learningPoints) insertLearningPoint(db, caseId, point);
  if (options.audit) auditCase(db, 'case.import', { reference });
  return reference;
}
