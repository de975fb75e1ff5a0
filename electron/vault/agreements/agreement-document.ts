import type { AgreementPart, AgreementVersionEntry } from '../../../shared/contract/agreements';
import { isSameConsentTarget } from '../../../shared/domain/consents';
import type { AgreementRecord } from '../../../shared/domain/schemas/agreement';
import type { ConsentEntryRecord } from '../../../shared/domain/schemas/consent';
import type { Language } from '../../../shared/domain/vocabulary';
import type { Database } from '../db/database';
import {
  validateAgreementForExport,
  type AgreementDocumentInput,
  type RequiredAgreementPart,
} from '../documents/agreement/agreement-input';
import { listAgreements } from '../records/agreements';
import { getAttachment } from '../records/attachments/attachments';
import type { CaseHead } from '../records/case-access';
import { todayIsoDate } from '../records/clock';
import { listConsents } from '../records/consents';
import { listParties } from '../records/parties';
import { getVaultSettings } from '../records/vault-settings';
import { getSignature, lastStatusChangeByVersion } from './agreement-rows';
import { agreementTemplatesFor } from './agreement-templates';

/*
 * Everything the written agreement shows, gathered from the vault: the version itself,
 * names from the case's parties and the vault's settings, the consents recorded in the
 * case, the organisation's standard texts and, once signed, the signature record and
 * version history. The DOCX, the print view and the completeness check all start here,
 * so they cannot disagree.
 */

/** The calendar day (on this machine) of a stored instant. */
const localDay = (instant: string) => todayIsoDate(new Date(instant));

/** Each action the person was asked about, with their latest answer, in the order first asked. */
export function latestConsents(ledger: readonly ConsentEntryRecord[]): ConsentEntryRecord[] {
  return ledger.filter((entry, index) => !ledger.slice(index + 1).some((later) => isSameConsentTarget(later, entry)));
}

/** Every version of the case's agreement with the day it got its present status. */
export function versionHistory(db: Database, caseId: number): AgreementVersionEntry[] {
  const lastChanges = lastStatusChangeByVersion(db, caseId);
  return listAgreements(db, caseId).map((version) => ({
    id: version.id,
    version: version.version,
    status: version.status,
    date: version.status === 'signed' && version.signedOn !== null ? version.signedOn : localDay(lastChanges.get(version.id) ?? version.updatedAt),
  }));
}

function affectedPersonName(db: Database, agreement: AgreementRecord): string {
  if (agreement.affectedPartyId === null) return '';
  const party = listParties(db, agreement.caseId).find((candidate) => candidate.id === agreement.affectedPartyId);
  return party?.name ?? party?.nickname ?? '';
}

export function agreementDocumentInput(
  db: Database,
  agreement: AgreementRecord,
  head: Pick<CaseHead, 'reference'>,
  language: Language,
): AgreementDocumentInput {
  const settings = getVaultSettings(db);
  const signature = getSignature(db, agreement);
  const signedCopy = agreement.signedCopyAttachmentId === null ? null : getAttachment(db, agreement.signedCopyAttachmentId);
  return {
    language,
    organisationName: settings.organisationName ?? '',
    caseReference: head.reference,
    affectedPersonName: affectedPersonName(db, agreement),
    contactPersonNames: agreement.contactPersons.map((role) => settings.contactPersons[role] ?? ''),
    version: agreement.version,
    status: agreement.status,
    versionDate: localDay(agreement.updatedAt),
    wishes: agreement.wishes,
    disclosure: agreement.disclosure,
    consents: latestConsents(listConsents(db, agreement.caseId)),
    otherPartyInvolvement: agreement.otherPartyInvolvement,
    supportOffered: agreement.supportOffered,
    nextSteps: agreement.nextSteps,
    standardTexts: agreementTemplatesFor(db, language),
    ...(signature === null
      ? {}
      : {
          signed: {
            record: {
              signedOn: signature.signedOn,
              signedBy: signature.signedBy,
              form: signature.form,
              scannedCopySha256: signedCopy?.sha256 ?? null,
            },
            versionHistory: versionHistory(db, agreement.caseId).map(({ version, status, date }) => ({ version, status, date })),
          },
        }),
  };
}

/** The builder's names for the parts are the contract's; this fails to compile if they drift apart. */
const toAgreementPart = (part: RequiredAgreementPart): AgreementPart => part;

/** Required parts still empty, in document order. */
export function missingAgreementParts(input: AgreementDocumentInput): AgreementPart[] {
  return validateAgreementForExport(input).map(toAgreementPart);
}
