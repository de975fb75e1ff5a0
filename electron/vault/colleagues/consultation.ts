import type { PackageWritten, SharePreview } from '../../../shared/contract/colleagues';
import { consentState } from '../../../shared/domain/consents';
import type { ConsultationScope } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase } from '../records/case-access';
import { todayIsoDate } from '../records/clock';
import { listConsents, recordAction } from '../records/consents';
import { exportCase } from '../records/exchange/export';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportDocument } from '../records/exchange/export-format';
import { nowInstant } from '../records/clock';
import { requireConfirmedContact } from './contacts';
import { packageHash, recordSent, sealPackage } from './envelope';
import { applyConsultationScope, contentsOf } from './consultation-scope';
import type { ConsultationBody } from './package-bodies';
import { assertCaseIsOwn } from './shared-cases';

/*
 * "Med den krænkedes accept kan de to personer sparre med hinanden": a case goes to the
 * other contact person only on a standing consent to tell them, and only as much of it
 * as the scope the person chose at that time. Without a chosen scope nothing goes.
 */

const CONSULT = { action: 'tell_other_contact_person', otherAction: null } as const;

function consultationConsent(db: Database, caseId: number): { state: SharePreview['consentState']; scope: ConsultationScope | null } {
  const ledger = listConsents(db, caseId);
  const state = consentState(ledger, CONSULT);
  const latest = ledger.findLast((entry) => entry.action === CONSULT.action);
  return { state, scope: state === 'granted' ? (latest?.consultationScope ?? null) : null };
}

export function previewShare(db: Database, caseId: number): SharePreview {
  const head = requireCase(db, caseId);
  const { state, scope } = consultationConsent(db, head.id);
  const record = exportCase(db, head.id);
  const scoped = scope === null ? record : applyConsultationScope(record, scope);
  return {
    caseId: head.id,
    reference: head.reference,
    consentState: state,
    scope,
    permitted: scope !== null,
    contents: contentsOf(scoped, scope === 'without_names'),
  };
}

function consultationDocument(db: Database, caseId: number, scope: ConsultationScope): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: nowInstant(),
    scope: 'case',
    settings: null,
    cases: [applyConsultationScope(exportCase(db, caseId), scope)],
    learningPoints: [],
  };
}

export interface PreparedPackage {
  bytes: Uint8Array;
  packageId: string;
  /** Records what was sent; call once the file is written, never before. */
  commit(file: string): PackageWritten;
}

/** The sealed consultation package of a case; CONSENT_REQUIRED without a consent and chosen scope. */
export async function prepareConsultation(db: Database, input: { caseId: number; contactId: number }): Promise<PreparedPackage> {
  const head = requireCase(db, input.caseId);
  assertCaseIsOwn(db, head.id);
  const contact = requireConfirmedContact(db, input.contactId);
  const { state, scope } = consultationConsent(db, head.id);
  if (scope === null) {
    throw new AppError('CONSENT_REQUIRED', 'No standing consent with a chosen scope to consult the other contact person.', {
      action: CONSULT.action,
      consentState: state,
      scopeMissing: state === 'granted',
    });
  }
  const body: ConsultationBody = { scope, originCaseId: head.id, document: consultationDocument(db, head.id, scope) };
  const { bytes, packageId } = await sealPackage(db, { contactId: contact.id, kind: 'consultation', body });
  return {
    bytes,
    packageId,
    commit: (file) =>
      inTransaction(db, () => {
        recordSent(db, { packageId, kind: 'consultation', contactId: contact.id, contactName: contact.name, sha256: packageHash(bytes), caseIds: [head.id] });
        recordAction(db, { caseId: head.id, ...CONSULT, takenOn: todayIsoDate(), overrideReason: null });
        auditCase(db, 'case.shared', head);
        return { file, packageId, bytes: bytes.byteLength };
      }),
  };
}
