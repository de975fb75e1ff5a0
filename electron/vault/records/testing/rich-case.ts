import { caseTransitionInputSchema } from '../../../../shared/domain/schemas/case';
import { actionTakenInputSchema, consentEntryInputSchema } from '../../../../shared/domain/schemas/consent';
import { conversationCreateInputSchema } from '../../../../shared/domain/schemas/conversation';
import { noteCreateInputSchema, noteEditInputSchema } from '../../../../shared/domain/schemas/note';
import { partyCreateInputSchema } from '../../../../shared/domain/schemas/party';
import { severityAssessmentInputSchema } from '../../../../shared/domain/schemas/severity-assessment';
import type { Database } from '../../db/database';
import { addAttachment } from '../attachments/attachments';
import { transitionCase } from '../cases';
import { recordAction, recordConsent } from '../consents';
import { createConversation } from '../conversations';
import { createLearningPoint } from '../learning-points';
import { createNote, editNote } from '../notes';
import { addParty } from '../parties';
import { assessSeverity } from '../severity-assessments';
import { createTask } from '../tasks';
import { newCase } from './records-vault';

/**
 * A case with something in every section and `marker` in every text field, written
 * through the services: for tests that must find (or not find) a case's text anywhere.
 */
export async function caseFullOf(db: Database, marker: string): Promise<number> {
  const text = (words: string) => `${marker}ødelagt ${words} ${marker}æble`;
  const created = newCase(db, { summary: text('resumé'), category: 'harassment' });
  const party = addParty(
    db,
    partyCreateInputSchema.parse({
      caseId: created.id,
      role: 'affected',
      name: `${marker} Hansen`,
      nickname: marker,
      unit: `${marker}kredsen`,
      email: `${marker.toLowerCase()}@example.dk`,
      phone: '12345678',
      description: text('beskrivelse'),
    }),
  ).party;
  const note = createNote(db, noteCreateInputSchema.parse({ caseId: created.id, kind: 'conversation', noteDate: '2026-03-03', title: text('titel'), body: text('første') }));
  editNote(db, noteEditInputSchema.parse({ id: note.id, basedOnVersion: 1, kind: 'conversation', noteDate: '2026-03-03', body: text('anden'), editReason: text('grund') }));
  createConversation(db, conversationCreateInputSchema.parse({ caseId: created.id, status: 'held', date: '2026-03-04', note: text('samtale') }));
  recordConsent(db, consentEntryInputSchema.parse({ caseId: created.id, action: 'other', otherAction: text('handling'), decision: 'granted', form: 'written', decidedOn: '2026-03-04', scope: text('omfang') }));
  recordAction(db, actionTakenInputSchema.parse({ caseId: created.id, action: 'police_report', takenOn: '2026-03-05', overrideReason: text('tilsidesættelse') }));
  assessSeverity(db, severityAssessmentInputSchema.parse({ caseId: created.id, assessedOn: '2026-03-05', extent: 'single', affectedCount: 1, factors: [], chosenLevel: 1, rationale: text('begrundelse') }));
  createTask(db, { caseId: created.id, title: text('opgave'), dueDate: '2026-04-01' });
  const attachment = await addAttachment(db, { caseId: created.id, fileName: `${marker}.txt`, description: text('bilag'), content: Buffer.from(text('indhold')) });
  createLearningPoint(db, { caseId: created.id, reportYear: 2026, text: text('læring') });
  db.prepare(
    `INSERT INTO agreements (case_id, version, status, affected_party_id, contact_persons, wishes, disclosure,
       other_party_involvement, support_offered, next_steps, signed_on, signed_copy_attachment_id, created_at, updated_at)
     VALUES (?, 1, 'signed', ?, '["trusted_person"]', ?, ?, ?, '[]', ?, '2026-03-06', ?, '2026-03-06T10:00:00.000Z', '2026-03-06T10:05:00.000Z')`,
  ).run(created.id, party.id, text('ønsker'), text('hvem'), text('inddragelse'), JSON.stringify([{ description: text('skridt'), dueDate: null }]), attachment.id);
  transitionCase(db, caseTransitionInputSchema.parse({ caseId: created.id, to: 'closed', outcome: 'other', closedDate: '2026-03-08' }));
  transitionCase(db, caseTransitionInputSchema.parse({ caseId: created.id, to: 'in_dialogue', reason: text('genåbning') }));
  return created.id;
}
