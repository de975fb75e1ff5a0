import { describe, expect, it } from 'vitest';
import { caseUpdateInputSchema } from '../../../shared/domain/schemas/case';
import { noteCreateInputSchema, noteEditInputSchema } from '../../../shared/domain/schemas/note';
import { partyCreateInputSchema } from '../../../shared/domain/schemas/party';
import { updateCase } from '../records/cases';
import { createNote, editNote, listNotes } from '../records/notes';
import { addParty } from '../records/parties';
import { appErrorOfAsync } from '../records/testing/app-error';
import { caseFullOf } from '../records/testing/rich-case';
import { auditTrail, lastAuditSeq, newCase } from '../records/testing/records-vault';
import { previewShare, prepareConsultation } from './consultation';
import { REDACTED } from './consultation-scope';
import { openPackage } from './envelope';
import { receivePackage } from './receive';
import { readReportCaseFacts } from '../report/source/read-case-facts';
import { caseSharing, readOnlyCaseError } from './shared-cases';
import { caseCount, grant, useTwoVaults } from './testing/two-vaults';

const { pair } = useTwoVaults();

/** The refusal the database gives a change to a read-only case, as the router reports it. */
function readOnlyCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return readOnlyCaseError(error)?.code;
  }
  return undefined;
}

describe('consultation between two vaults', () => {
  it('sends the whole case under "everything", read-only at the receiver except the receiver’s own notes', async () => {
    const { alice, bob } = await pair();
    const caseId = await caseFullOf(alice.db, 'Qwzrt');
    grant(alice.db, caseId, 'tell_other_contact_person', 'everything');
    const aliceSeq = lastAuditSeq(alice.db);
    const prepared = await prepareConsultation(alice.db, { caseId, contactId: alice.contactId });
    prepared.commit('/tmp/unused.age');
    expect(auditTrail(alice.db, aliceSeq)).toEqual(expect.arrayContaining(['case.shared 2026-001']));
    expect(auditTrail(alice.db, aliceSeq).join('\n')).not.toMatch(/qwzrt/i);

    const bobSeq = lastAuditSeq(bob.db);
    const result = await receivePackage(bob.db, prepared.bytes);
    expect(result).toMatchObject({ kind: 'consultation', updated: false });
    const copyId = result.cases[0]?.caseId as number;
    expect(auditTrail(bob.db, bobSeq)).toEqual([`case.received ${result.cases[0]?.reference}`]);
    expect(caseSharing(bob.db, copyId)).toMatchObject({ sharedBy: { contactName: 'Alice', purpose: 'consultation', scope: 'everything' }, readOnly: true });
    const imported = listNotes(bob.db, copyId);
    expect(imported.length).toBe(1);
    expect(bob.db.prepare('SELECT count(*) AS n FROM attachments WHERE case_id = ?').get(copyId)).toEqual({ n: 1 });
    // Learning points are the sender's, for the sender's learning document: they stay home.
    expect(bob.db.prepare('SELECT count(*) AS n FROM learning_points').get()).toEqual({ n: 0 });

    // Every change but the receiver's own notes is refused by the database, with one code.
    expect(readOnlyCode(() => updateCase(bob.db, caseUpdateInputSchema.parse({ id: copyId, summary: 'ændret' })))).toBe('CASE_READ_ONLY');
    expect(readOnlyCode(() => addParty(bob.db, partyCreateInputSchema.parse({ caseId: copyId, role: 'witness' })))).toBe('CASE_READ_ONLY');
    const first = imported[0];
    if (first === undefined) throw new Error('expected a note');
    expect(
      readOnlyCode(() => editNote(bob.db, noteEditInputSchema.parse({ id: first.id, basedOnVersion: first.version, kind: first.kind, noteDate: first.noteDate, body: 'ændret' }))),
    ).toBe('CASE_READ_ONLY');
    const own = createNote(bob.db, noteCreateInputSchema.parse({ caseId: copyId, kind: 'observation', noteDate: '2026-03-09', body: 'Min egen sparring' }));
    editNote(bob.db, noteEditInputSchema.parse({ id: own.id, basedOnVersion: 1, kind: 'observation', noteDate: '2026-03-09', body: 'Min egen sparring, rettet' }));

    // The same package twice is refused; nothing changes.
    const again = await appErrorOfAsync(() => receivePackage(bob.db, prepared.bytes));
    expect(again.code).toBe('PACKAGE_REPLAYED');
    expect(caseCount(bob.db)).toBe(1);
  });

  it('replaces the copy with a newer package of the same case and keeps the receiver’s own notes', async () => {
    const { alice, bob } = await pair();
    const caseId = newCase(alice.db, { summary: 'Første resumé' }).id;
    grant(alice.db, caseId, 'tell_other_contact_person', 'everything');
    const first = await prepareConsultation(alice.db, { caseId, contactId: alice.contactId });
    const copy = (await receivePackage(bob.db, first.bytes)).cases[0]?.caseId as number;
    createNote(bob.db, noteCreateInputSchema.parse({ caseId: copy, kind: 'observation', noteDate: '2026-03-09', body: 'Bobs egen note' }));

    updateCase(alice.db, caseUpdateInputSchema.parse({ id: caseId, summary: 'Andet resumé' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await prepareConsultation(alice.db, { caseId, contactId: alice.contactId });
    const updated = await receivePackage(bob.db, second.bytes);
    expect(updated.updated).toBe(true);
    const newCopy = updated.cases[0]?.caseId as number;
    expect(caseCount(bob.db)).toBe(1);
    expect(bob.db.prepare('SELECT summary FROM cases WHERE id = ?').get(newCopy)).toEqual({ summary: 'Andet resumé' });
    expect(listNotes(bob.db, newCopy).map((note) => note.body)).toEqual(['Bobs egen note']);
    expect(caseSharing(bob.db, newCopy).readOnly).toBe(true);

    // The older package, arriving late, does not roll the copy back.
    const late = await appErrorOfAsync(() => receivePackage(bob.db, first.bytes));
    expect(late.code).toBe('PACKAGE_REPLAYED');
  });

  it('puts no party name, nickname, e-mail or phone anywhere in a package "without names"', async () => {
    const { alice, bob } = await pair();
    const caseId = await caseFullOf(alice.db, 'Vbnmk');
    grant(alice.db, caseId, 'tell_other_contact_person', 'without_names');
    expect(previewShare(alice.db, caseId)).toMatchObject({ permitted: true, scope: 'without_names', contents: { attachments: 0, namesRemoved: true } });
    const prepared = await prepareConsultation(alice.db, { caseId, contactId: alice.contactId });
    const opened = await openPackage(bob.db, prepared.bytes, ['consultation']);
    const body = JSON.stringify(opened.body).toLowerCase();
    for (const identifier of ['vbnmk', 'hansen', 'vbnmk@example.dk', '12345678']) expect(body).not.toContain(identifier);
    expect(body).toContain(REDACTED);
    // Still a case the receiver can import and read.
    const received = await receivePackage(bob.db, prepared.bytes);
    expect(listNotes(bob.db, received.cases[0]?.caseId as number)[0]?.body).toContain(REDACTED);
  });

  it('sends only the summary and assessments under "summary and assessment only"', async () => {
    const { alice, bob } = await pair();
    const caseId = await caseFullOf(alice.db, 'Plokm');
    grant(alice.db, caseId, 'tell_other_contact_person', 'summary_and_assessment');
    const prepared = await prepareConsultation(alice.db, { caseId, contactId: alice.contactId });
    const opened = await openPackage(bob.db, prepared.bytes, ['consultation']);
    const record = (opened.body as { document: { cases: Record<string, unknown[]>[] } }).document.cases[0] as Record<string, unknown[]>;
    for (const section of ['parties', 'notes', 'conversations', 'consents', 'actionsTaken', 'tasks', 'attachments', 'agreements', 'learningPoints']) {
      expect(record[section], section).toEqual([]);
    }
    expect(record.severityAssessments?.length).toBe(1);
    expect(JSON.stringify(opened.body)).not.toContain('Plokm Hansen');
  });

  it('refuses without a standing consent, and without a chosen scope, writing nothing', async () => {
    const { alice } = await pair();
    const caseId = newCase(alice.db).id;
    const seq = lastAuditSeq(alice.db);
    const none = await appErrorOfAsync(() => prepareConsultation(alice.db, { caseId, contactId: alice.contactId }));
    expect(none).toMatchObject({ code: 'CONSENT_REQUIRED', details: { consentState: 'never_asked', scopeMissing: false } });
    grant(alice.db, caseId, 'tell_other_contact_person', null);
    expect(previewShare(alice.db, caseId)).toMatchObject({ permitted: false, consentState: 'granted', scope: null });
    const noScope = await appErrorOfAsync(() => prepareConsultation(alice.db, { caseId, contactId: alice.contactId }));
    expect(noScope).toMatchObject({ code: 'CONSENT_REQUIRED', details: { scopeMissing: true } });
    expect(alice.db.prepare('SELECT count(*) AS n FROM sent_packages').get()).toEqual({ n: 0 });
    expect(auditTrail(alice.db, seq)).toEqual(['consent.grant 2026-001']);
  });

  it('leaves a consultation copy out of the receiver’s report figures: the case is counted in the sender’s vault', async () => {
    const { alice, bob } = await pair();
    const caseId = newCase(alice.db, { category: 'harassment' }).id;
    grant(alice.db, caseId, 'tell_other_contact_person', 'everything');
    await receivePackage(bob.db, (await prepareConsultation(alice.db, { caseId, contactId: alice.contactId })).bytes);
    newCase(bob.db, { category: 'sexism' });
    const period = { from: '2026-01-01', to: '2026-12-31' };
    expect(readReportCaseFacts(alice.db, period).map((facts) => facts.category)).toEqual(['harassment']);
    expect(readReportCaseFacts(bob.db, period).map((facts) => facts.category)).toEqual(['sexism']);
  });

  it('does not send a consultation copy on', async () => {
    const { alice, bob } = await pair();
    const caseId = newCase(alice.db).id;
    grant(alice.db, caseId, 'tell_other_contact_person', 'everything');
    const copy = (await receivePackage(bob.db, (await prepareConsultation(alice.db, { caseId, contactId: alice.contactId })).bytes)).cases[0]?.caseId as number;
    const error = await appErrorOfAsync(() => prepareConsultation(bob.db, { caseId: copy, contactId: bob.contactId }));
    expect(error.code).toBe('CASE_READ_ONLY');
    expect(readOnlyCaseError(new Error('another failure'))).toBeNull();
  });
});
