import type { AgreementStatusChangeInput } from '../../../shared/contract/agreements';
import { agreementTransitionErrors, isAgreementEditable } from '../../../shared/domain/agreement-status';
import type {
  AgreementDraftInput,
  AgreementDraftUpdateInput,
  AgreementRecord,
} from '../../../shared/domain/schemas/agreement';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase, type CaseHead } from '../records/case-access';
import { nowInstant } from '../records/clock';
import { invalidInput } from '../records/input-issues';
import { execute, queryOne } from '../db/sql';
import { agreementDocumentInput, missingAgreementParts } from './agreement-document';
import {
  getAgreement,
  nextVersionNumber,
  openVersionOf,
  recordStatusChange,
  requireAgreement,
  setStatus,
} from './agreement-rows';

/*
 * Writing a written agreement. Each version is a row; only a draft is edited. A version
 * that is ready to sign or signed may already be on paper, so changing it makes a new
 * draft version with its text, and the old text stays as it was:
 *
 * - a signed version stays in force until the new version is signed, and is superseded
 *   then (agreement-signing.ts);
 * - a version ready to sign is never signed once a newer version replaces it, so it is
 *   superseded at once ("erstattet af en ny version"; withdrawn is the person's choice).
 *
 * A case works on one version at a time, so numbers run in the order things happened.
 */

type AgreementContent = Omit<AgreementDraftInput, 'caseId'>;

function assertAffectedParty(db: Database, caseId: number, partyId: number | null): void {
  if (partyId === null) return;
  const party = queryOne<{ role: string }>(db, 'SELECT role FROM parties WHERE id = ? AND case_id = ?', partyId, caseId);
  if (party === undefined) throw invalidInput('The party is not part of this case', [{ path: 'affectedPartyId', code: 'unknown_party' }]);
  if (party.role !== 'affected') {
    throw invalidInput('An agreement is made with the affected person', [{ path: 'affectedPartyId', code: 'party_not_affected' }]);
  }
}

function assertNoOpenVersion(db: Database, caseId: number): void {
  if (openVersionOf(db, caseId) !== null) {
    throw invalidInput('The case already has an agreement version in progress', [{ path: 'caseId', code: 'open_version_exists' }]);
  }
}

function insertVersion(db: Database, head: CaseHead, content: AgreementContent): AgreementRecord {
  const at = nowInstant();
  const { lastId } = execute(
    db,
    `INSERT INTO agreements (case_id, version, status, affected_party_id, contact_persons, wishes, disclosure,
                             other_party_involvement, support_offered, next_steps, created_at, updated_at)
     VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    head.id,
    nextVersionNumber(db, head.id),
    content.affectedPartyId,
    JSON.stringify(content.contactPersons),
    content.wishes,
    content.disclosure,
    content.otherPartyInvolvement,
    JSON.stringify(content.supportOffered),
    JSON.stringify(content.nextSteps),
    at,
    at,
  );
  recordStatusChange(db, lastId, { from: null, to: 'draft', reason: null });
  return getAgreement(db, lastId);
}

/** A new draft version; refused while another version of the case is in draft or ready to sign. */
export function createAgreement(db: Database, input: AgreementDraftInput): AgreementRecord {
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    assertNoOpenVersion(db, head.id);
    assertAffectedParty(db, head.id, input.affectedPartyId);
    const { caseId: _caseId, ...content } = input;
    const created = insertVersion(db, head, content);
    auditCase(db, 'agreement.create', head);
    return created;
  });
}

export function updateAgreement(db: Database, input: AgreementDraftUpdateInput): AgreementRecord {
  return inTransaction(db, () => {
    const { agreement, head } = requireAgreement(db, input.id);
    if (!isAgreementEditable(agreement.status)) {
      throw invalidInput('Only a draft agreement is edited; revise it instead', [{ path: 'id', code: 'agreement_not_editable' }]);
    }
    // A field left out of the update keeps its stored value; null clears it.
    const next = <K extends keyof AgreementContent>(key: K): AgreementContent[K] =>
      input[key] === undefined ? agreement[key] : (input[key] as AgreementContent[K]);
    assertAffectedParty(db, head.id, next('affectedPartyId'));
    execute(
      db,
      `UPDATE agreements SET affected_party_id = ?, contact_persons = ?, wishes = ?, disclosure = ?,
         other_party_involvement = ?, support_offered = ?, next_steps = ?, updated_at = ?
       WHERE id = ?`,
      next('affectedPartyId'),
      JSON.stringify(next('contactPersons')),
      next('wishes'),
      next('disclosure'),
      next('otherPartyInvolvement'),
      JSON.stringify(next('supportOffered')),
      JSON.stringify(next('nextSteps')),
      nowInstant(),
      agreement.id,
    );
    auditCase(db, 'agreement.update', head);
    return getAgreement(db, agreement.id);
  });
}

/** A new draft with the text of a version that is ready to sign or signed (see the note above). */
export function reviseAgreement(db: Database, id: number): AgreementRecord {
  return inTransaction(db, () => {
    const { agreement, head } = requireAgreement(db, id);
    if (agreement.status !== 'ready_to_sign' && agreement.status !== 'signed') {
      throw invalidInput('Only a version that is ready to sign or signed is revised', [{ path: 'id', code: 'agreement_not_revisable' }]);
    }
    if (agreement.status === 'ready_to_sign') {
      const at = recordStatusChange(db, agreement.id, { from: 'ready_to_sign', to: 'superseded', reason: null });
      setStatus(db, agreement.id, 'superseded', at);
    }
    assertNoOpenVersion(db, head.id);
    const { affectedPartyId, contactPersons, wishes, disclosure, otherPartyInvolvement, supportOffered, nextSteps } = agreement;
    const revised = insertVersion(db, head, {
      affectedPartyId,
      contactPersons,
      wishes,
      disclosure,
      otherPartyInvolvement,
      supportOffered,
      nextSteps,
    });
    auditCase(db, 'agreement.revise', head);
    return revised;
  });
}

const TRANSITION_AUDIT_ACTIONS = { ready_to_sign: 'agreement.ready', withdrawn: 'agreement.withdraw' } as const;

/**
 * Ready to sign (only when every required part is written; INVALID_INPUT with
 * `details.missing` otherwise) or withdrawn; INVALID_TRANSITION when the rules refuse.
 */
export function transitionAgreement(db: Database, input: AgreementStatusChangeInput): AgreementRecord {
  return inTransaction(db, () => {
    const { agreement, head } = requireAgreement(db, input.id);
    const reasons = agreementTransitionErrors(agreement.status, { to: input.to });
    if (reasons.length > 0) {
      throw new AppError('INVALID_TRANSITION', `Agreement status change ${agreement.status} -> ${input.to} refused`, { reasons });
    }
    if (input.to === 'ready_to_sign') {
      const missing = missingAgreementParts(agreementDocumentInput(db, agreement, head, 'da'));
      if (missing.length > 0) throw new AppError('INVALID_INPUT', 'Agreement has empty required parts', { missing });
    }
    const at = recordStatusChange(db, agreement.id, { from: agreement.status, to: input.to, reason: input.reason });
    setStatus(db, agreement.id, input.to, at);
    auditCase(db, TRANSITION_AUDIT_ACTIONS[input.to], head);
    return getAgreement(db, agreement.id);
  });
}
