import { describe, expect, it } from 'vitest';
import { agreementDraftInputSchema, agreementDraftUpdateInputSchema } from '../../../shared/domain/schemas/agreement';
import { partyCreateInputSchema } from '../../../shared/domain/schemas/party';
import { addParty } from '../records/parties';
import { appErrorOf } from '../records/testing/app-error';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from '../records/testing/records-vault';
import { getAgreement, listStatusChanges } from './agreement-rows';
import { signAgreement } from './agreement-signing';
import { createAgreement, reviseAgreement, transitionAgreement, updateAgreement } from './agreement-versions';
import { getAgreementCaseContext, getAgreementDetail, listAgreementItems } from './agreement-views';
import { agreementCase, completeDraft, COMPLETE_TEXTS } from './testing/agreement-case';

const { db } = useRecordsVault();

const ready = (id: number) => transitionAgreement(db(), { id, to: 'ready_to_sign', reason: null });
const sign = (id: number, signedOn = '2026-03-10') =>
  signAgreement(db(), { id, signedOn, signedBy: ['Søren Æbelø', 'Åse Jørgensen'], form: 'written' });
const statuses = (caseId: number) => listAgreementItems(db(), caseId).map((item) => `${item.version}:${item.status}`);

describe('writing an agreement', () => {
  it('starts a draft pre-filled from the case: the affected person, the vault owner and the support already given', () => {
    const target = agreementCase(db());
    const context = getAgreementCaseContext(db(), target.caseId);
    expect(context.suggested).toEqual({
      affectedPartyId: target.affectedPartyId,
      contactPersons: ['secretariat_head'],
      supportOffered: ['conversation_series'],
    });
    expect(context.currentConsents.map((entry) => entry.scope)).toEqual(['Kun om kommentarerne, ikke om mit navn']);
    expect(context.openVersionId).toBeNull();

    const seq = lastAuditSeq(db());
    const draft = createAgreement(db(), agreementDraftInputSchema.parse({ caseId: target.caseId, ...context.suggested }));
    expect(draft).toMatchObject({ version: 1, status: 'draft', wishes: null, supportOffered: ['conversation_series'] });
    expect(auditTrail(db(), seq)).toEqual([`agreement.create ${target.reference}`]);
    expect(getAgreementCaseContext(db(), target.caseId).openVersionId).toBe(draft.id);
  });

  it('works on one version at a time', () => {
    const target = agreementCase(db());
    completeDraft(db(), target);
    const error = appErrorOf(() => completeDraft(db(), target));
    expect(error.details).toEqual({ issues: [{ path: 'caseId', code: 'open_version_exists' }] });
  });

  it('makes the agreement only with the affected person of this case', () => {
    const target = agreementCase(db());
    const { party: witness } = addParty(db(), partyCreateInputSchema.parse({ caseId: target.caseId, role: 'witness', name: 'Vidne' }));
    const other = newCase(db());
    const { party: stranger } = addParty(db(), partyCreateInputSchema.parse({ caseId: other.id, role: 'affected', name: 'Anden' }));
    const draft = (affectedPartyId: number) =>
      createAgreement(db(), agreementDraftInputSchema.parse({ caseId: target.caseId, affectedPartyId, contactPersons: ['trusted_person'] }));
    expect(appErrorOf(() => draft(witness.id)).details).toEqual({ issues: [{ path: 'affectedPartyId', code: 'party_not_affected' }] });
    expect(appErrorOf(() => draft(stranger.id)).details).toEqual({ issues: [{ path: 'affectedPartyId', code: 'unknown_party' }] });
  });

  it('edits a draft field by field and keeps the rest', () => {
    const target = agreementCase(db());
    const draft = completeDraft(db(), target);
    const updated = updateAgreement(db(), agreementDraftUpdateInputSchema.parse({ id: draft.id, wishes: 'Det skal stoppe nu.' }));
    expect(updated).toMatchObject({ wishes: 'Det skal stoppe nu.', disclosure: COMPLETE_TEXTS.disclosure, version: 1 });
  });

  it('makes a draft ready to sign only when every required part is written, naming the empty ones', () => {
    const target = agreementCase(db());
    const draft = createAgreement(
      db(),
      agreementDraftInputSchema.parse({ caseId: target.caseId, affectedPartyId: target.affectedPartyId, contactPersons: ['secretariat_head'], wishes: 'Stop' }),
    );
    const error = appErrorOf(() => ready(draft.id));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ missing: ['disclosure', 'otherPartyInvolvement', 'supportOffered', 'nextSteps'] });
    expect(getAgreementDetail(db(), draft.id).missingParts).toEqual(['disclosure', 'otherPartyInvolvement', 'supportOffered', 'nextSteps']);
    expect(JSON.stringify(error.toData())).not.toContain('Stop');
  });

  it('freezes a version once it is ready to sign: edits are refused', () => {
    const target = agreementCase(db());
    const draft = completeDraft(db(), target);
    ready(draft.id);
    const error = appErrorOf(() => updateAgreement(db(), agreementDraftUpdateInputSchema.parse({ id: draft.id, wishes: 'Ændret' })));
    expect(error.details).toEqual({ issues: [{ path: 'id', code: 'agreement_not_editable' }] });
    expect(getAgreementDetail(db(), draft.id)).toMatchObject({ editable: false, canRevise: true, canSign: true });
  });

  it('refuses a move the shared status rules do not allow', () => {
    const target = agreementCase(db());
    const draft = completeDraft(db(), target);
    transitionAgreement(db(), { id: draft.id, to: 'withdrawn', reason: 'Søren vil ikke mere' });
    const error = appErrorOf(() => ready(draft.id));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({ reasons: ['transition_not_allowed'] });
    expect(listStatusChanges(db(), draft.id).map((change) => [change.to, change.reason])).toEqual([
      ['draft', null],
      ['withdrawn', 'Søren vil ikke mere'],
    ]);
  });
});

describe('changing a signed or ready agreement makes a new version', () => {
  it('keeps the signed version in force until the new one is signed, then supersedes it', () => {
    const target = agreementCase(db());
    const first = completeDraft(db(), target);
    ready(first.id);
    sign(first.id);

    const seq = lastAuditSeq(db());
    const second = reviseAgreement(db(), first.id);
    expect(second).toMatchObject({ version: 2, status: 'draft', wishes: first.wishes, nextSteps: first.nextSteps });
    expect(statuses(target.caseId)).toEqual(['1:signed', '2:draft']);

    updateAgreement(db(), agreementDraftUpdateInputSchema.parse({ id: second.id, wishes: 'Nu også en undskyldning.' }));
    expect(getAgreement(db(), first.id).wishes).toBe(first.wishes);
    ready(second.id);
    sign(second.id, '2026-03-20');
    expect(statuses(target.caseId)).toEqual(['1:superseded', '2:signed']);
    expect(listStatusChanges(db(), first.id).map((change) => change.to)).toEqual(['draft', 'ready_to_sign', 'signed', 'superseded']);
    expect(auditTrail(db(), seq)).toEqual(
      ['agreement.revise', 'agreement.update', 'agreement.ready', 'agreement.sign'].map((action) => `${action} ${target.reference}`),
    );
  });

  it('supersedes a version that was ready to sign when it is changed, so the old paper cannot be signed', () => {
    const target = agreementCase(db());
    const first = completeDraft(db(), target);
    ready(first.id);
    const second = reviseAgreement(db(), first.id);
    expect(statuses(target.caseId)).toEqual(['1:superseded', '2:draft']);
    expect(second.wishes).toBe(first.wishes);
  });

  it('does not revise a draft (edit it) or a superseded version, nor while another version is in progress', () => {
    const target = agreementCase(db());
    const first = completeDraft(db(), target);
    expect(appErrorOf(() => reviseAgreement(db(), first.id)).details).toEqual({ issues: [{ path: 'id', code: 'agreement_not_revisable' }] });
    ready(first.id);
    sign(first.id);
    reviseAgreement(db(), first.id);
    expect(appErrorOf(() => reviseAgreement(db(), first.id)).details).toEqual({ issues: [{ path: 'caseId', code: 'open_version_exists' }] });
  });
});
