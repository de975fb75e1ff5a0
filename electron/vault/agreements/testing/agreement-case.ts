import { agreementDraftInputSchema, type AgreementRecord } from '../../../../shared/domain/schemas/agreement';
import { consentEntryInputSchema } from '../../../../shared/domain/schemas/consent';
import { conversationCreateInputSchema } from '../../../../shared/domain/schemas/conversation';
import { partyCreateInputSchema } from '../../../../shared/domain/schemas/party';
import type { Database } from '../../db/database';
import { recordConsent } from '../../records/consents';
import { createConversation } from '../../records/conversations';
import { addParty } from '../../records/parties';
import { newCase } from '../../records/testing/records-vault';
import { writeVaultSettings } from '../../records/vault-settings';
import { createAgreement } from '../agreement-versions';

// A realistic case to write agreements in: Danish names with æ, ø and å throughout.

export const ORGANISATION = 'Alternativet Århus';
export const AFFECTED_NAME = 'Søren Æbelø';
export const HEAD_NAME = 'Åse Jørgensen';

export const COMPLETE_TEXTS = {
  wishes: 'Jeg ønsker, at kommentarerne om min krop stopper.\n\nJeg vil ikke have, at det kommer ud i lokalforeningen.',
  disclosure: 'Kun kontaktpersonerne må kende mit navn. Dialogrådet må få at vide, hvad der skete.',
  otherPartyInvolvement: 'Den påklagede inddrages gennem én samtale med Åse.',
};

export interface AgreementCase {
  caseId: number;
  reference: string;
  affectedPartyId: number;
}

/** A case with the affected person, a held conversation and a consent, in a vault whose settings name everyone. */
export function agreementCase(db: Database): AgreementCase {
  writeVaultSettings(db, {
    organisationName: ORGANISATION,
    contactPersons: { secretariat_head: HEAD_NAME, trusted_person: 'Birthe Møller-Østergård' },
    vaultOwner: 'secretariat_head',
  });
  const record = newCase(db);
  const { party } = addParty(db, partyCreateInputSchema.parse({ caseId: record.id, role: 'affected', name: AFFECTED_NAME }));
  createConversation(db, conversationCreateInputSchema.parse({ caseId: record.id, status: 'held', date: '2026-03-03' }));
  recordConsent(
    db,
    consentEntryInputSchema.parse({
      caseId: record.id,
      action: 'involve_accused',
      decision: 'granted',
      form: 'written',
      decidedOn: '2026-03-04',
      scope: 'Kun om kommentarerne, ikke om mit navn',
    }),
  );
  return { caseId: record.id, reference: record.reference, affectedPartyId: party.id };
}

/** A draft with every required part written. */
export function completeDraft(db: Database, target: AgreementCase): AgreementRecord {
  return createAgreement(
    db,
    agreementDraftInputSchema.parse({
      caseId: target.caseId,
      affectedPartyId: target.affectedPartyId,
      contactPersons: ['secretariat_head'],
      ...COMPLETE_TEXTS,
      supportOffered: ['conversation_series', 'external_psychologist'],
      nextSteps: [
        { description: 'Samtale med den påklagede', dueDate: '2026-04-01' },
        { description: 'Opfølgende samtale med Søren', dueDate: null },
      ],
    }),
  );
}
