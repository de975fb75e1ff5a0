import { consentEntryInputSchema } from '../../../../shared/domain/schemas/consent';
import type { ConsentAction, ConsultationScope } from '../../../../shared/domain/vocabulary';
import type { Database } from '../../db/database';
import { recordConsent } from '../../records/consents';
import { useRecordsVault } from '../../records/testing/records-vault';
import { addContact, confirmContact } from '../contacts';
import { ensureIdentity } from '../identity';

export interface Colleague {
  db: Database;
  recipient: string;
  fingerprint: string;
  /** This colleague's contact id for the other one. */
  contactId: number;
}

/**
 * Two real encrypted vaults (copies of one test vault, each with its own age identity
 * made on first use) that know each other as confirmed contacts, and a third vault that
 * neither knows, for packages that must be refused.
 */
export function useTwoVaults(): { pair: () => Promise<{ alice: Colleague; bob: Colleague; carol: Database }>; file: () => string; key: () => Buffer } {
  const vaults = useRecordsVault();
  return {
    file: vaults.file,
    key: vaults.key,
    pair: async () => {
      const aliceDb = vaults.db();
      const bobDb = vaults.another();
      const carol = vaults.another();
      const a = await ensureIdentity(aliceDb);
      const b = await ensureIdentity(bobDb);
      await ensureIdentity(carol);
      const bobAtAlice = addContact(aliceDb, { name: 'Bob', recipient: b.recipient, replaceKey: false }, a.recipient);
      confirmContact(aliceDb, bobAtAlice.id, b.fingerprint);
      const aliceAtBob = addContact(bobDb, { name: 'Alice', recipient: a.recipient, replaceKey: false }, b.recipient);
      confirmContact(bobDb, aliceAtBob.id, a.fingerprint);
      return {
        alice: { db: aliceDb, recipient: a.recipient, fingerprint: a.fingerprint, contactId: bobAtAlice.id },
        bob: { db: bobDb, recipient: b.recipient, fingerprint: b.fingerprint, contactId: aliceAtBob.id },
        carol,
      };
    },
  };
}

export function grant(db: Database, caseId: number, action: ConsentAction, consultationScope: ConsultationScope | null = null): void {
  recordConsent(
    db,
    consentEntryInputSchema.parse({ caseId, action, decision: 'granted', form: 'written', decidedOn: '2026-03-05', consultationScope }),
  );
}

export function caseCount(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
}
