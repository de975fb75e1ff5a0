import { randomUUID } from 'node:crypto';
import { Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { appErrorOfAsync } from '../records/testing/app-error';
import { newCase } from '../records/testing/records-vault';
import { addContact, confirmContact } from './contacts';
import { prepareConsultation } from './consultation';
import { openPackage, sealPackage } from './envelope';
import { prepareHandover } from './handover';
import { ensureIdentity } from './identity';
import { openReceipt } from './receipts';
import { receivePackage } from './receive';
import { caseCount, grant, useTwoVaults } from './testing/two-vaults';

const { pair } = useTwoVaults();

async function consultationFromAlice(alice: Awaited<ReturnType<ReturnType<typeof useTwoVaults>['pair']>>['alice']): Promise<Uint8Array> {
  const caseId = newCase(alice.db, { summary: 'Et resumé til sparring' }).id;
  grant(alice.db, caseId, 'tell_other_contact_person', 'everything');
  return (await prepareConsultation(alice.db, { caseId, contactId: alice.contactId })).bytes;
}

/** An age file to `recipient` holding `text`, written without the engine (as an attacker could). */
async function rawAge(recipient: string, text: string): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return encrypter.encrypt(text);
}

describe('the package envelope', () => {
  it('round-trips a body from one confirmed contact to the other, naming the sender', async () => {
    const { alice, bob } = await pair();
    const { bytes, packageId } = await sealPackage(alice.db, { contactId: alice.contactId, kind: 'report-contribution', body: { figures: [1, 2, 3] } });
    const opened = await openPackage(bob.db, bytes, ['report-contribution']);
    expect(opened).toMatchObject({ kind: 'report-contribution', packageId, body: { figures: [1, 2, 3] } });
    expect(opened.sender).toEqual({ contactId: bob.contactId, name: 'Alice', fingerprint: alice.fingerprint });
  });

  it('refuses a package for another vault, also the sender’s own copy', async () => {
    const { alice, carol } = await pair();
    const bytes = await consultationFromAlice(alice);
    expect((await appErrorOfAsync(() => openPackage(carol, bytes, ['consultation']))).code).toBe('PACKAGE_NOT_FOR_THIS_VAULT');
    expect((await appErrorOfAsync(() => openPackage(alice.db, bytes, ['consultation']))).code).toBe('PACKAGE_NOT_FOR_THIS_VAULT');
  });

  it('refuses a tampered, truncated or foreign file, importing nothing', async () => {
    const { alice, bob } = await pair();
    const bytes = await consultationFromAlice(alice);
    const flipped = (index: number) => {
      const copy = Uint8Array.from(bytes);
      copy[index] = (copy[index] as number) ^ 0x01;
      return copy;
    };
    const bad = {
      payload: flipped(bytes.length - 20),
      header: flipped(40),
      truncated: bytes.subarray(0, bytes.length - 17),
      halved: bytes.subarray(0, Math.floor(bytes.length / 2)),
      notAge: new TextEncoder().encode('{"format":"fortrolig-package"}'),
      empty: new Uint8Array(0),
    };
    for (const [name, file] of Object.entries(bad)) {
      const error = await appErrorOfAsync(() => receivePackage(bob.db, file));
      expect(['PACKAGE_INVALID', 'PACKAGE_NOT_FOR_THIS_VAULT'], name).toContain(error.code);
      if (name !== 'header') expect(error.code, name).toBe('PACKAGE_INVALID');
    }
    expect(caseCount(bob.db)).toBe(0);
    // The untouched file is still fine.
    expect((await receivePackage(bob.db, bytes)).cases.length).toBe(1);
  });

  it('refuses an unknown sender and a sender whose fingerprint was not confirmed', async () => {
    const { bob, carol } = await pair();
    const bobIdentity = await ensureIdentity(bob.db);
    const carolIdentity = await ensureIdentity(carol);
    const bobAtCarol = addContact(carol, { name: 'Bob', recipient: bobIdentity.recipient, replaceKey: false }, carolIdentity.recipient);
    confirmContact(carol, bobAtCarol.id, bobIdentity.fingerprint);
    const caseId = newCase(carol).id;
    grant(carol, caseId, 'tell_other_contact_person', 'everything');
    const bytes = (await prepareConsultation(carol, { caseId, contactId: bobAtCarol.id })).bytes;

    expect((await appErrorOfAsync(() => receivePackage(bob.db, bytes))).code).toBe('SENDER_UNKNOWN');
    addContact(bob.db, { name: 'Carol', recipient: carolIdentity.recipient, replaceKey: false }, bobIdentity.recipient);
    expect((await appErrorOfAsync(() => receivePackage(bob.db, bytes))).code).toBe('SENDER_NOT_CONFIRMED');
    expect(caseCount(bob.db)).toBe(0);
  });

  it('refuses a package that names a contact as sender but was not written by that contact', async () => {
    const { alice, bob } = await pair();
    const forged = {
      format: 'fortrolig-package',
      formatVersion: 1,
      kind: 'consultation',
      packageId: randomUUID(),
      createdAt: new Date().toISOString(),
      sender: { recipient: alice.recipient, fingerprint: alice.fingerprint },
      recipient: bob.recipient,
      body: {},
      auth: 'ab'.repeat(32),
    };
    const error = await appErrorOfAsync(() => receivePackage(bob.db, Uint8Array.from([])));
    expect(error.code).toBe('PACKAGE_INVALID');
    const forgedError = await appErrorOfAsync(async () => receivePackage(bob.db, await rawAge(bob.recipient, JSON.stringify(forged))));
    expect(forgedError.code).toBe('PACKAGE_INVALID');
    expect(caseCount(bob.db)).toBe(0);
  });

  it('refuses a package from a newer format version', async () => {
    const { alice, bob } = await pair();
    const newer = { format: 'fortrolig-package', formatVersion: 2, kind: 'consultation', sender: { recipient: alice.recipient } };
    const error = await appErrorOfAsync(async () => receivePackage(bob.db, await rawAge(bob.recipient, JSON.stringify(newer))));
    expect(error).toMatchObject({ code: 'PACKAGE_TOO_NEW', details: { formatVersion: 2 } });
  });

  it('refuses a package of the wrong kind where another is expected', async () => {
    const { alice, bob } = await pair();
    const bytes = await consultationFromAlice(alice);
    expect((await appErrorOfAsync(() => openReceipt(bob.db, bytes))).code).toBe('PACKAGE_WRONG_KIND');
    expect(caseCount(bob.db)).toBe(0);
  });

  it('refuses a receipt for a package never sent, or not intact, deleting nothing', async () => {
    const { alice, bob } = await pair();
    const caseId = newCase(alice.db).id;
    grant(alice.db, caseId, 'hand_over_case');
    const handover = await prepareHandover(alice.db, { caseIds: [caseId], contactId: alice.contactId, overrideReason: null });
    handover.commit('/tmp/x.age');
    const receiptFor = async (packageId: string, sha256: string) =>
      (await sealPackage(bob.db, { contactId: bob.contactId, kind: 'receipt', body: { received: [{ packageId, sha256 }] } })).bytes;

    const neverSent = await appErrorOfAsync(async () => openReceipt(alice.db, await receiptFor(randomUUID(), '0'.repeat(64))));
    expect(neverSent.code).toBe('RECEIPT_UNKNOWN');
    const notIntact = await appErrorOfAsync(async () => openReceipt(alice.db, await receiptFor(handover.packageId, '0'.repeat(64))));
    expect(notIntact.code).toBe('RECEIPT_UNKNOWN');
    const badBody = await appErrorOfAsync(async () =>
      openReceipt(alice.db, (await sealPackage(bob.db, { contactId: bob.contactId, kind: 'receipt', body: { received: 'all' } })).bytes),
    );
    expect(badBody.code).toBe('PACKAGE_INVALID');
    expect(caseCount(alice.db)).toBe(1);
    expect(alice.db.prepare('SELECT receipt_at AS receiptAt FROM sent_packages').get()).toEqual({ receiptAt: null });
  });
});
