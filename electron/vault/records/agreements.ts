import type { AgreementRecord } from '../../../shared/domain/schemas/agreement';
import type { Database } from '../db/database';
import { queryAll } from '../db/sql';

/*
 * Reading written agreements for the case screen and the export. Drafting, signing and
 * the DOCX belong to the agreement services; they write the `agreements` table of
 * migration 0002, whose search index and deletion are kept by the database itself.
 */

export const AGREEMENT_COLUMNS = `id, case_id AS caseId, version, status, affected_party_id AS affectedPartyId,
  contact_persons AS contactPersons, wishes, disclosure, other_party_involvement AS otherPartyInvolvement,
  support_offered AS supportOffered, next_steps AS nextSteps, signed_on AS signedOn,
  signed_copy_attachment_id AS signedCopyAttachmentId, created_at AS createdAt, updated_at AS updatedAt`;

export type AgreementRow = Omit<AgreementRecord, 'contactPersons' | 'supportOffered' | 'nextSteps'> & {
  contactPersons: string;
  supportOffered: string;
  nextSteps: string;
};

export function toAgreement(row: AgreementRow): AgreementRecord {
  return {
    ...row,
    contactPersons: JSON.parse(row.contactPersons),
    supportOffered: JSON.parse(row.supportOffered),
    nextSteps: JSON.parse(row.nextSteps),
  };
}

export function listAgreements(db: Database, caseId: number): AgreementRecord[] {
  return queryAll<AgreementRow>(db, `SELECT ${AGREEMENT_COLUMNS} FROM agreements WHERE case_id = ? ORDER BY version`, caseId).map(
    toAgreement,
  );
}
