import { signAgreement } from '../../../agreements/agreement-signing';
import { reviseAgreement, transitionAgreement } from '../../../agreements/agreement-versions';
import { completeDraft, type AgreementCase } from '../../../agreements/testing/agreement-case';
import type { Database } from '../../../db/database';
import { getCaseRecord } from '../../cases';
import { createLearningPoint } from '../../learning-points';
import { listParties } from '../../parties';
import { caseFullOf } from '../../testing/rich-case';
import { updateVaultSettings } from '../../vault-settings';

export const HEAD_NAME = 'Birgitte Ø. Lund';
export const WITHDRAWAL_REASON = 'Den berørte ønsker ikke længere aftalen.';

type SigningCase = AgreementCase & { affectedName: string };

function agreementTarget(db: Database, caseId: number): SigningCase {
  const affected = listParties(db, caseId).find((party) => party.role === 'affected');
  if (affected === undefined || affected.name === null) throw new Error('expected a named affected party');
  return { caseId, reference: getCaseRecord(db, caseId).reference, affectedPartyId: affected.id, affectedName: affected.name };
}

/** Signed by the affected person and the secretariat head, as the signature lines name them. */
function signedVersion(db: Database, target: SigningCase, form: 'oral' | 'written'): number {
  const { id } = completeDraft(db, target);
  transitionAgreement(db, { id, to: 'ready_to_sign', reason: null });
  signAgreement(db, { id, signedOn: '2026-03-10', signedBy: [target.affectedName, HEAD_NAME], form });
  return id;
}

/**
 * Agreements in every status, written through the agreement services so that each has its
 * status history and the signed ones their signature record. Version 1 of each case is
 * caseFullOf's signed version without either, like one imported from a format 1 file;
 * signing version 2 supersedes it.
 *
 * First case: v1 superseded, v2 signed orally and then withdrawn (with the reason), v3 a draft.
 * Second case: v1 superseded, v2 signed in writing, v3 a revision of v2 that is ready to sign.
 */
function agreementsInEveryStatus(db: Database, first: number, second: number): void {
  const firstTarget = agreementTarget(db, first);
  const withdrawn = signedVersion(db, firstTarget, 'oral');
  transitionAgreement(db, { id: withdrawn, to: 'withdrawn', reason: WITHDRAWAL_REASON });
  completeDraft(db, firstTarget);

  const signed = signedVersion(db, agreementTarget(db, second), 'written');
  const revision = reviseAgreement(db, signed);
  transitionAgreement(db, { id: revision.id, to: 'ready_to_sign', reason: null });
}

/** A vault with something in every section of two cases, its settings and a learning point for a year. */
export async function richVault(db: Database): Promise<void> {
  updateVaultSettings(db, {
    organisationName: 'Foreningen Åbent Fællesskab',
    contactPersons: { secretariat_head: HEAD_NAME, trusted_person: null },
    vaultOwner: 'secretariat_head',
    retentionYears: 7,
  });
  const first = await caseFullOf(db, 'Første');
  const second = await caseFullOf(db, 'Anden');
  agreementsInEveryStatus(db, first, second);
  createLearningPoint(db, { caseId: null, reportYear: 2026, text: 'Et læringspunkt for hele året.' });
}
