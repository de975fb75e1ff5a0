import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  ColleagueContact,
  HandoverWritten,
  PackageInspection,
  PackageWritten,
  ReceiptOpened,
  ReceiveResult,
  CaseSharing,
  SentPackageView,
  SharePreview,
  VaultIdentityView,
} from '../../../shared/contract/colleagues';
import { useTestRouter } from './testing/test-router';

/*
 * The whole two-person journey through the real contract and router, as the renderer
 * calls it: two vaults, each behind its own router, files only through the dialogs.
 */

let dialogAnswer: string | null;
const answer = async () => dialogAnswer;
const dialogs = { chooseFolder: answer, chooseSaveFile: answer, chooseOpenFile: answer };
const alice = useTestRouter({ dialogs });
const bob = useTestRouter({ dialogs });

beforeEach(() => {
  dialogAnswer = null;
});

async function meet(): Promise<{ bobAtAlice: ColleagueContact; aliceAtBob: ColleagueContact }> {
  const bobIdentity = await bob.value<VaultIdentityView>('colleagues.identity');
  const bobAtAlice = await alice.value<ColleagueContact>('colleagues.contacts.add', { source: 'recipient', name: 'Bob', recipient: bobIdentity.recipient });
  expect(bobAtAlice).toMatchObject({ fingerprint: bobIdentity.fingerprint, confirmedAt: null });
  await alice.value('colleagues.contacts.confirm', { contactId: bobAtAlice.id, fingerprint: bobIdentity.fingerprint });

  // Bob takes Alice's identity card file instead of pasting.
  dialogAnswer = path.join(alice.tempDir(), 'alice.fortrolig-id');
  await alice.value('colleagues.identityCard.export', { name: 'Alice Tillidsperson' });
  const aliceAtBob = await bob.value<ColleagueContact>('colleagues.contacts.add', { source: 'card' });
  expect(aliceAtBob.name).toBe('Alice Tillidsperson');
  await bob.value('colleagues.contacts.confirm', { contactId: aliceAtBob.id, fingerprint: aliceAtBob.fingerprint });
  return { bobAtAlice, aliceAtBob };
}

async function receive(file: string): Promise<ReceiveResult> {
  dialogAnswer = file;
  const inspection = await bob.value<PackageInspection>('colleagues.receive.inspect');
  return bob.value<ReceiveResult>('colleagues.receive.accept', { token: inspection.token });
}

describe('two vaults over the contract', () => {
  it('consults with consent, shows the package before importing, and keeps the copy read-only', async () => {
    const { bobAtAlice } = await meet();
    const created = await alice.value<{ id: number; reference: string }>('cases.create', { receivedDate: '2026-03-02', channel: 'phone', summary: 'Sparring ønskes' });
    expect((await alice.failure('colleagues.share', { caseId: created.id, contactId: bobAtAlice.id })).code).toBe('CONSENT_REQUIRED');
    await alice.value('consents.record', {
      caseId: created.id,
      action: 'tell_other_contact_person',
      decision: 'granted',
      form: 'oral',
      decidedOn: '2026-03-03',
      consultationScope: 'summary_and_assessment',
    });
    expect(await alice.value<SharePreview>('colleagues.share.preview', { caseId: created.id })).toMatchObject({ permitted: true, scope: 'summary_and_assessment' });

    // Cancelling the save dialog writes and records nothing.
    dialogAnswer = null;
    expect(await alice.value('colleagues.share', { caseId: created.id, contactId: bobAtAlice.id })).toBeNull();
    dialogAnswer = path.join(alice.tempDir(), 'sag.age');
    const written = await alice.value<PackageWritten>('colleagues.share', { caseId: created.id, contactId: bobAtAlice.id });
    expect(written.bytes).toBeGreaterThan(0);

    dialogAnswer = written.file;
    const inspection = await bob.value<PackageInspection>('colleagues.receive.inspect');
    expect(inspection).toMatchObject({ kind: 'consultation', scope: 'summary_and_assessment', sender: { name: 'Alice Tillidsperson' }, replacesCopy: null });
    expect(inspection.cases).toEqual([expect.objectContaining({ reference: created.reference, contents: expect.objectContaining({ notes: 0, parties: 0 }) })]);
    expect((await bob.value<{ total: number }>('cases.list', {})).total).toBe(0);
    const accepted = await bob.value<ReceiveResult>('colleagues.receive.accept', { token: inspection.token });
    expect(await alice.value<SentPackageView[]>('colleagues.packages.sent')).toHaveLength(1);
    expect((await bob.failure('colleagues.receive.accept', { token: inspection.token })).code).toBe('NOT_FOUND');
    const copyId = accepted.cases[0]?.caseId as number;
    expect(await bob.value<CaseSharing>('colleagues.caseSharing', { caseId: copyId })).toMatchObject({ sharedBy: { contactName: 'Alice Tillidsperson' }, readOnly: true });

    // The database's refusal reaches the renderer as its own code; own notes are fine.
    expect(await bob.failure('cases.update', { id: copyId, summary: 'ændret' })).toMatchObject({ code: 'CASE_READ_ONLY' });
    await bob.value('notes.create', { caseId: copyId, kind: 'observation', noteDate: '2026-03-04', body: 'Min sparring' });

    dialogAnswer = written.file;
    expect((await bob.failure('colleagues.receive.inspect')).code).toBe('PACKAGE_REPLAYED');
  });

  it('hands a case over and deletes it at the sender when the receipt is opened', async () => {
    const { bobAtAlice } = await meet();
    const created = await alice.value<{ id: number; reference: string }>('cases.create', { receivedDate: '2026-03-02', channel: 'phone', summary: 'Til overdragelse' });
    const tooShort = await alice.failure('colleagues.handover', { caseIds: 'all-open', contactId: bobAtAlice.id, overrideReason: 'kort' });
    expect(tooShort.code).toBe('INVALID_INPUT');
    expect((await alice.failure('colleagues.handover', { caseIds: 'all-open', contactId: bobAtAlice.id })).code).toBe('CONSENT_REQUIRED');

    dialogAnswer = path.join(alice.tempDir(), 'overdragelse.age');
    const handover = await alice.value<HandoverWritten>('colleagues.handover', { caseIds: 'all-open', contactId: bobAtAlice.id, overrideReason: 'Ny tillidsperson efter landsmødet' });
    expect(handover.cases).toEqual([{ caseId: created.id, reference: created.reference }]);
    const sent = await alice.value<SentPackageView[]>('colleagues.packages.sent');
    expect(sent).toEqual([expect.objectContaining({ kind: 'handover', contactName: 'Bob', receiptAt: null, cases: [{ caseId: created.id, reference: created.reference }] })]);
    expect((await alice.failure('cases.update', { id: created.id, summary: 'ændret' })).code).toBe('CASE_READ_ONLY');

    const received = await receive(handover.file);
    expect(received.kind).toBe('handover');
    dialogAnswer = path.join(bob.tempDir(), 'kvittering.age');
    const receipt = await bob.value<PackageWritten>('colleagues.receipt.save', { packageId: received.packageId });

    dialogAnswer = receipt.file;
    const opened = await alice.value<ReceiptOpened>('colleagues.receipt.open');
    expect(opened).toEqual({ contactName: 'Bob', packageIds: [handover.packageId], deleted: [{ reference: created.reference }] });
    expect((await alice.value<{ total: number }>('cases.list', {})).total).toBe(0);
    expect((await bob.value<{ total: number }>('cases.list', {})).total).toBe(1);
  });
});
