import {
  AGREEMENT_REQUESTABLE_STATUSES,
  type AgreementCaseContext,
  type AgreementDetail,
  type AgreementListItem,
} from '../../../shared/contract/agreements';
import { canTransitionAgreement, isAgreementEditable } from '../../../shared/domain/agreement-status';
import { currentConsents } from '../../../shared/domain/consents';
import type { SupportOffer } from '../../../shared/domain/vocabulary';
import type { Database } from '../db/database';
import { listAgreements } from '../records/agreements';
import { getAttachment } from '../records/attachments/attachments';
import { auditCase, inTransaction, requireCase } from '../records/case-access';
import { listActionsTaken, listConsents } from '../records/consents';
import { listConversations } from '../records/conversations';
import { listParties } from '../records/parties';
import { getVaultSettings } from '../records/vault-settings';
import { agreementDocumentInput, missingAgreementParts, versionHistory } from './agreement-document';
import { getSignature, listStatusChanges, openVersionOf, requireAgreement, signedVersionIds } from './agreement-rows';

/** What the agreement screens read. Opening one version is audited as a view of its case. */

export function listAgreementItems(db: Database, caseId: number): AgreementListItem[] {
  requireCase(db, caseId);
  const signatures = signedVersionIds(db, caseId);
  return listAgreements(db, caseId).map((agreement) => ({
    id: agreement.id,
    caseId: agreement.caseId,
    version: agreement.version,
    status: agreement.status,
    signedOn: agreement.signedOn,
    updatedAt: agreement.updatedAt,
    hasSignature: signatures.has(agreement.id),
    hasSignedCopy: agreement.signedCopyAttachmentId !== null,
  }));
}

export function getAgreementDetail(db: Database, id: number): AgreementDetail {
  return inTransaction(db, () => {
    const { agreement, head } = requireAgreement(db, id);
    const signature = getSignature(db, agreement);
    auditCase(db, 'agreement.view', head);
    return {
      agreement,
      caseReference: head.reference,
      signature,
      signedCopy: agreement.signedCopyAttachmentId === null ? null : getAttachment(db, agreement.signedCopyAttachmentId),
      statusChanges: listStatusChanges(db, agreement.id),
      versions: versionHistory(db, agreement.caseId),
      editable: isAgreementEditable(agreement.status),
      allowedTransitions: AGREEMENT_REQUESTABLE_STATUSES.filter((to) => canTransitionAgreement(agreement.status, to)),
      canSign: agreement.status === 'ready_to_sign' || (agreement.status === 'signed' && signature === null),
      canRevise: agreement.status === 'ready_to_sign' || agreement.status === 'signed',
      missingParts: missingAgreementParts(agreementDocumentInput(db, agreement, head, 'da')),
    };
  });
}

/**
 * Support the case already shows: a series of conversations offered or held, a support
 * person among the parties, and the help the person has consented to.
 */
function supportFromCase(db: Database, caseId: number): SupportOffer[] {
  const offers = new Set<SupportOffer>();
  if (listConversations(db, caseId).some((conversation) => conversation.status !== 'declined')) offers.add('conversation_series');
  if (listParties(db, caseId).some((party) => party.role === 'support_person')) offers.add('support_person');
  const consented = new Set(currentConsents(listConsents(db, caseId)).map((entry) => entry.action));
  for (const taken of listActionsTaken(db, caseId)) consented.add(taken.action);
  if (consented.has('external_psychologist')) offers.add('external_psychologist');
  if (consented.has('rape_victims_centre')) offers.add('rape_victims_centre');
  if (consented.has('police_report')) offers.add('police_report_guidance');
  return [...offers];
}

export function getAgreementCaseContext(db: Database, caseId: number): AgreementCaseContext {
  const head = requireCase(db, caseId);
  const settings = getVaultSettings(db);
  const affectedParties = listParties(db, head.id)
    .filter((party) => party.role === 'affected')
    .map(({ id, name, nickname }) => ({ id, name, nickname }));
  return {
    caseId: head.id,
    caseReference: head.reference,
    organisationName: settings.organisationName,
    affectedParties,
    contactPersonNames: settings.contactPersons,
    currentConsents: currentConsents(listConsents(db, head.id)),
    suggested: {
      affectedPartyId: affectedParties.length === 1 ? (affectedParties[0]?.id ?? null) : null,
      contactPersons: [settings.vaultOwner ?? 'secretariat_head'],
      supportOffered: supportFromCase(db, head.id),
    },
    openVersionId: openVersionOf(db, head.id)?.id ?? null,
  };
}
