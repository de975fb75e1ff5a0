import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseUpdateInputSchema } from '../../../shared/domain/schemas/case';
import { updateCase } from '../records/cases';
import { listActionsTaken } from '../records/consents';
import { appErrorOfAsync } from '../records/testing/app-error';
import { decryptedFileBytes, decryptedWalFrames, everyTableAsText } from '../records/testing/plaintext-copy';
import { caseFullOf } from '../records/testing/rich-case';
import { auditTrail, lastAuditSeq, newCase } from '../records/testing/records-vault';
import { cancelHandover, prepareHandover } from './handover';
import { listSentPackages } from './package-lists';
import { openReceipt, sealReceipt } from './receipts';
import { receivePackage } from './receive';
import { caseSharing, readOnlyCaseError } from './shared-cases';
import { caseCount, grant, useTwoVaults } from './testing/two-vaults';

const { pair, file, key } = useTwoVaults();

const HANDED = 'Hjkqz';
const KEPT = 'Wxcvb';

function holds(text: string, marker: string): boolean {
  return text.toLowerCase().includes(marker.toLowerCase());
}

describe('handing cases over to a colleague', () => {
  it('moves the whole case; the sender deletes it completely only when the receipt arrives', async () => {
    const { alice, bob } = await pair();
    const handedId = await caseFullOf(alice.db, HANDED);
    await caseFullOf(alice.db, KEPT);
    grant(alice.db, handedId, 'hand_over_case');

    const handover = await prepareHandover(alice.db, { caseIds: [handedId], contactId: alice.contactId, overrideReason: null });
    const written = handover.commit('/tmp/overdragelse.age');
    expect(written.cases).toEqual([{ caseId: handedId, reference: '2026-001' }]);
    expect(listActionsTaken(alice.db, handedId).at(-1)).toMatchObject({ action: 'hand_over_case', overrideReason: null });

    // "Overdraget, afventer kvittering": still here, read-only.
    expect(caseSharing(alice.db, handedId)).toMatchObject({ awaitingReceipt: { contactName: 'Bob' }, readOnly: true });
    let refusal: unknown;
    try {
      updateCase(alice.db, caseUpdateInputSchema.parse({ id: handedId, summary: 'ændret' }));
    } catch (error) {
      refusal = error;
    }
    expect(readOnlyCaseError(refusal)?.code).toBe('CASE_READ_ONLY');

    // The receiver imports the full case as its own, and writes the receipt.
    const bobSeq = lastAuditSeq(bob.db);
    const received = await receivePackage(bob.db, handover.bytes);
    expect(received.kind).toBe('handover');
    const bobCase = received.cases[0]?.caseId as number;
    expect(caseSharing(bob.db, bobCase)).toMatchObject({ sharedBy: { purpose: 'handover', contactName: 'Alice' }, readOnly: false });
    const bobTables = [...everyTableAsText(bob.db)].filter(([, text]) => holds(text, HANDED)).map(([name]) => name);
    expect(bobTables).toEqual(expect.arrayContaining(['cases', 'notes', 'note_versions', 'parties', 'attachments', 'agreements', 'consents', 'learning_points']));
    updateCase(bob.db, caseUpdateInputSchema.parse({ id: bobCase, summary: `${HANDED} videreført hos Bob` }));
    expect(auditTrail(bob.db, bobSeq)).toEqual([`case.received_handover ${received.cases[0]?.reference}`, `case.update ${received.cases[0]?.reference}`]);
    const receipt = await sealReceipt(bob.db, received.packageId);

    // Without the receipt nothing was deleted at the sender.
    expect(caseCount(alice.db)).toBe(2);
    const aliceSeq = lastAuditSeq(alice.db);
    const opened = await openReceipt(alice.db, receipt.bytes);
    expect(opened).toEqual({ contactName: 'Bob', packageIds: [handover.packageId], deleted: [{ reference: '2026-001' }] });
    expect(auditTrail(alice.db, aliceSeq)).toEqual(['case.delete 2026-001', `case.handed_over 2026-001/contact=${alice.contactId}`]);
    expect(listSentPackages(alice.db)[0]).toMatchObject({ kind: 'handover', cases: [] });
    expect(listSentPackages(alice.db)[0]?.receiptAt).not.toBeNull();

    // None of the case's text anywhere in the sender's decrypted database, its WAL or its free pages.
    expect([...everyTableAsText(alice.db)].filter(([, text]) => holds(text, HANDED)).map(([name]) => name)).toEqual([]);
    expect(decryptedWalFrames(`${file()}-wal`, key()).some((frame) => holds(frame.toString('latin1'), HANDED))).toBe(false);
    const plain = decryptedFileBytes(file(), key());
    expect(holds(plain.toString('latin1'), HANDED)).toBe(false);
    expect(holds(plain.toString('latin1'), KEPT)).toBe(true);
    expect(holds(fs.readFileSync(file()).toString('latin1'), HANDED)).toBe(false);

    // The same receipt again, or a second one the receiver wrote, deletes nothing more.
    expect((await appErrorOfAsync(() => openReceipt(alice.db, receipt.bytes))).code).toBe('PACKAGE_REPLAYED');
    const second = await sealReceipt(bob.db, received.packageId);
    expect((await appErrorOfAsync(() => openReceipt(alice.db, second.bytes))).code).toBe('PACKAGE_REPLAYED');
    expect(caseCount(alice.db)).toBe(1);
  });

  it('needs a consent to hand over or an override reason, recorded in each case’s ledger', async () => {
    const { alice } = await pair();
    const withConsent = newCase(alice.db).id;
    const without = newCase(alice.db).id;
    grant(alice.db, withConsent, 'hand_over_case');
    const refused = await appErrorOfAsync(() => prepareHandover(alice.db, { caseIds: 'all-open', contactId: alice.contactId, overrideReason: null }));
    expect(refused).toMatchObject({ code: 'CONSENT_REQUIRED', details: { caseIds: [without] } });
    expect(alice.db.prepare('SELECT count(*) AS n FROM sent_packages').get()).toEqual({ n: 0 });

    const reason = 'Ny tillidsperson efter landsmødet';
    const handover = await prepareHandover(alice.db, { caseIds: 'all-open', contactId: alice.contactId, overrideReason: reason });
    expect(handover.commit('/tmp/alle.age').cases.map((entry) => entry.caseId)).toEqual([withConsent, without]);
    expect(listActionsTaken(alice.db, withConsent).at(-1)?.overrideReason).toBeNull();
    expect(listActionsTaken(alice.db, without).at(-1)?.overrideReason).toBe(reason);
  });

  it('keeps the cases when the handover is taken back, and refuses a receipt for it afterwards', async () => {
    const { alice, bob } = await pair();
    const caseId = newCase(alice.db).id;
    grant(alice.db, caseId, 'hand_over_case');
    const handover = await prepareHandover(alice.db, { caseIds: [caseId], contactId: alice.contactId, overrideReason: null });
    handover.commit('/tmp/x.age');
    const received = await receivePackage(bob.db, handover.bytes);
    cancelHandover(alice.db, handover.packageId);
    expect(caseSharing(alice.db, caseId).readOnly).toBe(false);
    updateCase(alice.db, caseUpdateInputSchema.parse({ id: caseId, summary: 'Fortsat her' }));
    const late = await appErrorOfAsync(async () => openReceipt(alice.db, (await sealReceipt(bob.db, received.packageId)).bytes));
    expect(late.code).toBe('RECEIPT_UNKNOWN');
    expect(caseCount(alice.db)).toBe(1);
  });
});
