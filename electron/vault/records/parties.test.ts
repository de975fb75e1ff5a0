import { describe, expect, it } from 'vitest';
import { partyCreateInputSchema, partyUpdateInputSchema } from '../../../shared/domain/schemas/party';
import { addParty, removeParty, updateParty } from './parties';
import { appErrorOf } from './testing/app-error';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from './testing/records-vault';
import { updateVaultSettings } from './vault-settings';

const { db } = useRecordsVault();

const add = (fields: Record<string, unknown>) => addParty(db(), partyCreateInputSchema.parse(fields));

describe('parties', () => {
  it('adds a party with what is known and audits only the case reference', () => {
    const created = newCase(db());
    const before = lastAuditSeq(db());
    const change = add({ caseId: created.id, role: 'affected', name: 'Sofie Østergaard', under18: true });
    expect(change.party).toMatchObject({ caseId: created.id, role: 'affected', name: 'Sofie Østergaard', under18: true, email: null });
    expect(auditTrail(db(), before)).toEqual(['party.add 2026-001']);
  });

  it('returns the power-relation warnings of the shared rules as soon as they arise', () => {
    const created = newCase(db(), { context: 'campaign' });
    const affected = add({ caseId: created.id, role: 'affected', organisationalRole: 'youth_member', under18: true }).party;
    const change = add({ caseId: created.id, role: 'accused', organisationalRole: 'trust_elected' });
    expect(change.powerRelationWarnings).toEqual([
      { code: 'trust_elected_over_minor', accusedPartyId: change.party.id, affectedPartyId: affected.id },
      { code: 'adult_over_minor', accusedPartyId: change.party.id, affectedPartyId: affected.id },
    ]);
  });

  it('warns about a conflict of interest against the vault owner, and says who takes over', () => {
    const created = newCase(db());
    const unknownOwner = add({ caseId: created.id, role: 'witness', contactPerson: 'secretariat_head' });
    expect(unknownOwner.conflictOfInterest.warnings[0]).toMatchObject({ code: 'contact_person_is_party' });

    updateVaultSettings(db(), { vaultOwner: 'secretariat_head' });
    const change = updateParty(db(), partyUpdateInputSchema.parse({ id: unknownOwner.party.id, role: 'accused' }));
    expect(change.conflictOfInterest).toMatchObject({
      conflicted: ['secretariat_head'],
      handlers: ['trusted_person'],
      takenOverBy: ['board_chair', 'political_leader'],
    });
    expect(change.conflictOfInterest.warnings.map((warning) => warning.code)).toEqual([
      'vault_owner_is_party',
      'employer_role_taken_over',
    ]);
  });

  it('updates only the given fields', () => {
    const created = newCase(db());
    const party = add({ caseId: created.id, role: 'accused', name: 'Jens Å. Holm', phone: '12 34 56 78' }).party;
    const updated = updateParty(db(), partyUpdateInputSchema.parse({ id: party.id, under18: true, phone: null })).party;
    expect(updated).toMatchObject({ name: 'Jens Å. Holm', under18: true, phone: null, role: 'accused' });
  });

  it('removes a party, and refuses one named in a written agreement', () => {
    const created = newCase(db());
    const kept = add({ caseId: created.id, role: 'affected' }).party;
    const removed = add({ caseId: created.id, role: 'witness' }).party;
    removeParty(db(), removed.id);
    db()
      .prepare(
        `INSERT INTO agreements (case_id, version, status, affected_party_id, contact_persons, support_offered, next_steps, created_at, updated_at)
         VALUES (?, 1, 'draft', ?, '[]', '[]', '[]', 'now', 'now')`,
      )
      .run(created.id, kept.id);
    const error = appErrorOf(() => removeParty(db(), kept.id));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ issues: [{ path: 'id', code: 'party_in_agreement' }] });
    expect(appErrorOf(() => removeParty(db(), removed.id)).code).toBe('NOT_FOUND');
  });
});
