import type { AgreementSignInput } from '../../../shared/contract/agreements';
import { agreementTransitionErrors } from '../../../shared/domain/agreement-status';
import { compareIsoDates } from '../../../shared/domain/iso-date';
import type { AgreementRecord } from '../../../shared/domain/schemas/agreement';
import type { AttachmentMediaType } from '../../../shared/domain/schemas/attachment';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { addAttachment, assertAttachmentSize } from '../records/attachments/attachments';
import { detectMediaType } from '../records/attachments/media-type';
import { auditCase, inTransaction } from '../records/case-access';
import { nowInstant, todayIsoDate } from '../records/clock';
import { invalidInput } from '../records/input-issues';
import { execute, queryAll } from '../db/sql';
import { getAgreement, getSignature, insertSignature, recordStatusChange, requireAgreement, setStatus } from './agreement-rows';

/*
 * Signing: the date, who signed and whether orally or in writing, kept as the version's
 * signature record; signing a newer version supersedes the one signed before it. The
 * scanned signed copy is stored as a bilag of the case (encrypted in the vault, like every
 * bilag) and linked to the version.
 */

/** What a scanned signed copy may be, judged by its content. */
export const SIGNED_COPY_MEDIA_TYPES: readonly AttachmentMediaType[] = ['application/pdf', 'image/jpeg', 'image/png'];

function supersedeEarlierSigned(db: Database, signed: AgreementRecord): void {
  const earlier = queryAll<{ id: number }>(
    db,
    "SELECT id FROM agreements WHERE case_id = ? AND status = 'signed' AND version < ?",
    signed.caseId,
    signed.version,
  );
  for (const { id } of earlier) {
    const at = recordStatusChange(db, id, { from: 'signed', to: 'superseded', reason: null });
    setStatus(db, id, 'superseded', at);
  }
}

/**
 * Signs a version that is ready to sign, or records the signature of a signed version
 * that has none (e.g. one imported from an export); that version keeps its stored date.
 */
export function signAgreement(db: Database, input: AgreementSignInput): AgreementRecord {
  return inTransaction(db, () => {
    const { agreement, head } = requireAgreement(db, input.id);
    if (compareIsoDates(input.signedOn, todayIsoDate()) > 0) {
      throw invalidInput('The signing date is in the future', [{ path: 'signedOn', code: 'date_in_future' }]);
    }
    if (agreement.status === 'signed' && getSignature(db, agreement) === null) {
      if (agreement.signedOn !== input.signedOn) {
        throw invalidInput('The version was signed on another day', [{ path: 'signedOn', code: 'differs_from_signed_on' }]);
      }
      insertSignature(db, agreement.id, input, nowInstant());
      auditCase(db, 'agreement.sign', head);
      return getAgreement(db, agreement.id);
    }
    const reasons = agreementTransitionErrors(agreement.status, { to: 'signed', signedOn: input.signedOn });
    if (reasons.length > 0) {
      throw new AppError('INVALID_TRANSITION', `Agreement status change ${agreement.status} -> signed refused`, { reasons });
    }
    const at = recordStatusChange(db, agreement.id, { from: agreement.status, to: 'signed', reason: null });
    execute(db, "UPDATE agreements SET status = 'signed', signed_on = ?, updated_at = ? WHERE id = ?", input.signedOn, at, agreement.id);
    insertSignature(db, agreement.id, input, nowInstant());
    supersedeEarlierSigned(db, agreement);
    auditCase(db, 'agreement.sign', head);
    return getAgreement(db, agreement.id);
  });
}

/** A signed copy belongs to a signed version; asked before the file dialog opens, and again when storing. */
export function assertSignedAgreement(db: Database, id: number): AgreementRecord {
  const { agreement } = requireAgreement(db, id);
  if (agreement.status !== 'signed') {
    throw invalidInput('A signed copy belongs to a signed agreement', [{ path: 'id', code: 'agreement_not_signed' }]);
  }
  return agreement;
}

/**
 * Stores the scan of the signed paper (PDF, JPEG or PNG, within the bilag size limit) and
 * links it to the signed version. A scan attached before stays among the case's bilag.
 */
export async function attachSignedCopy(
  db: Database,
  input: { id: number; fileName: string; content: Uint8Array; description: string | null },
): Promise<AgreementRecord> {
  const agreement = assertSignedAgreement(db, input.id);
  assertAttachmentSize(input.content.length);
  const mediaType = await detectMediaType(input.content);
  if (mediaType === null || !SIGNED_COPY_MEDIA_TYPES.includes(mediaType)) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', 'A signed copy is a PDF, JPEG or PNG file', { allowed: SIGNED_COPY_MEDIA_TYPES });
  }
  const attachment = await addAttachment(db, {
    caseId: agreement.caseId,
    fileName: input.fileName,
    description: input.description,
    content: input.content,
  });
  return inTransaction(db, () => {
    const { head } = requireAgreement(db, agreement.id);
    execute(db, 'UPDATE agreements SET signed_copy_attachment_id = ?, updated_at = ? WHERE id = ?', attachment.id, nowInstant(), agreement.id);
    auditCase(db, 'agreement.signed_copy', head);
    return getAgreement(db, agreement.id);
  });
}
