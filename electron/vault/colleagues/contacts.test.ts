import { describe, expect, it } from 'vitest';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { appErrorOf, appErrorOfAsync } from '../records/testing/app-error';
import { auditTrail, lastAuditSeq, useRecordsVault } from '../records/testing/records-vault';
import { addContact, confirmContact, listContacts, removeContact, requireConfirmedContact } from './contacts';
import { sealPackage } from './envelope';
import { fingerprintOf } from './fingerprint';
import { identityCardText, parseIdentityCard } from './identity-card';
import { ensureIdentity, revealSecretKey } from './identity';

const { db, another } = useRecordsVault();

async function newRecipient(): Promise<string> {
  return identityToRecipient(await generateX25519Identity());
}

describe('vault identity', () => {
  it('is made once, on first use, kept inside the vault and audited without the key', async () => {
    const seq = lastAuditSeq(db());
    const [first, second] = await Promise.all([ensureIdentity(db()), ensureIdentity(db())]);
    expect(second).toEqual(first);
    expect(await ensureIdentity(db())).toEqual(first);
    expect(first.recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(first.secretKey).toMatch(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/);
    expect(await identityToRecipient(first.secretKey)).toBe(first.recipient);
    expect(first.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(auditTrail(db(), seq)).toEqual(['colleagues.identity_created']);
    // Another vault has another identity.
    expect((await ensureIdentity(another())).recipient).not.toBe(first.recipient);
    // The database refuses to replace it.
    expect(() => db().prepare("UPDATE vault_identity SET recipient = 'age1x'").run()).toThrow(/never replaced/);
  });

  it('reveals the secret key only with an audit row', async () => {
    const identity = await ensureIdentity(db());
    const seq = lastAuditSeq(db());
    expect(await revealSecretKey(db())).toBe(identity.secretKey);
    expect(auditTrail(db(), seq)).toEqual(['colleagues.identity_secret_shown']);
  });

  it('gives a fingerprint that depends on the key alone, the same in every vault', async () => {
    const recipient = await newRecipient();
    expect(fingerprintOf(recipient)).toBe(fingerprintOf(recipient));
    expect(fingerprintOf(await newRecipient())).not.toBe(fingerprintOf(recipient));
  });
});

describe('contacts', () => {
  it('are unusable until the compared fingerprint is confirmed', async () => {
    const own = await ensureIdentity(db());
    const recipient = await newRecipient();
    const seq = lastAuditSeq(db());
    const added = addContact(db(), { name: 'Tillidsperson Anna', recipient, replaceKey: false }, own.recipient);
    expect(added).toMatchObject({ name: 'Tillidsperson Anna', confirmedAt: null, previousFingerprint: null, fingerprint: fingerprintOf(recipient) });
    expect(appErrorOf(() => requireConfirmedContact(db(), added.id)).code).toBe('CONTACT_NOT_CONFIRMED');
    expect((await appErrorOfAsync(() => sealPackage(db(), { contactId: added.id, kind: 'consultation', body: {} }))).code).toBe('CONTACT_NOT_CONFIRMED');

    const wrong = appErrorOf(() => confirmContact(db(), added.id, '00000 00000 00000 00000 00000 00000'));
    expect(wrong.code).toBe('CONTACT_KEY_CHANGED');
    const confirmed = confirmContact(db(), added.id, added.fingerprint.replace(/ /g, ''));
    expect(confirmed.confirmedAt).not.toBeNull();
    expect(auditTrail(db(), seq)).toEqual([`colleagues.contact_add contact=${added.id}`, `colleagues.contact_confirm contact=${added.id}`]);
    expect(auditTrail(db(), seq).join(' ')).not.toContain('Anna');
  });

  it('warn loudly about a changed key for a known name and never take it silently', async () => {
    const own = await ensureIdentity(db());
    const oldKey = await newRecipient();
    const newKey = await newRecipient();
    const added = addContact(db(), { name: 'Anna', recipient: oldKey, replaceKey: false }, own.recipient);
    confirmContact(db(), added.id, added.fingerprint);

    const changed = appErrorOf(() => addContact(db(), { name: 'Anna', recipient: newKey, replaceKey: false }, own.recipient));
    expect(changed).toMatchObject({ code: 'CONTACT_KEY_CHANGED', details: { previousFingerprint: fingerprintOf(oldKey), newFingerprint: fingerprintOf(newKey) } });
    expect(listContacts(db())[0]).toMatchObject({ recipient: oldKey, confirmedAt: expect.any(String) });

    const replaced = addContact(db(), { name: 'Anna', recipient: newKey, replaceKey: true }, own.recipient);
    expect(replaced).toMatchObject({ recipient: newKey, confirmedAt: null, previousFingerprint: fingerprintOf(oldKey) });
    expect(appErrorOf(() => requireConfirmedContact(db(), added.id)).code).toBe('CONTACT_KEY_CHANGED');
    expect(confirmContact(db(), added.id, fingerprintOf(newKey))).toMatchObject({ previousFingerprint: null });
  });

  it('refuses this vault’s own key and a key another contact has, and can be removed', async () => {
    const own = await ensureIdentity(db());
    expect(appErrorOf(() => addContact(db(), { name: 'Mig', recipient: own.recipient, replaceKey: false }, own.recipient)).code).toBe('INVALID_INPUT');
    const recipient = await newRecipient();
    const added = addContact(db(), { name: 'Anna', recipient, replaceKey: false }, own.recipient);
    expect(addContact(db(), { name: 'Anna', recipient, replaceKey: false }, own.recipient).id).toBe(added.id);
    expect(appErrorOf(() => addContact(db(), { name: 'Bente', recipient, replaceKey: false }, own.recipient)).code).toBe('CONTACT_EXISTS');
    removeContact(db(), added.id);
    expect(listContacts(db())).toEqual([]);
    expect(appErrorOf(() => removeContact(db(), added.id)).code).toBe('NOT_FOUND');
  });
});

describe('identity cards', () => {
  it('carry name, recipient and fingerprint, and a card whose fingerprint does not fit its key is refused', async () => {
    const recipient = await newRecipient();
    const text = identityCardText({ name: 'Sekretariatschef Bo', recipient });
    expect(text).not.toContain('SECRET');
    expect(parseIdentityCard(text)).toEqual({ name: 'Sekretariatschef Bo', recipient });
    const tampered = JSON.stringify({ ...JSON.parse(text), recipient: await newRecipient() });
    expect(appErrorOf(() => parseIdentityCard(tampered)).details).toEqual({ issues: [{ path: 'fingerprint', code: 'fingerprint_mismatch' }] });
    expect(appErrorOf(() => parseIdentityCard('not json')).code).toBe('INVALID_INPUT');
    expect(appErrorOf(() => parseIdentityCard(JSON.stringify({ format: 'fortrolig-identity-card', version: 2 }))).code).toBe('INVALID_INPUT');
  });
});
