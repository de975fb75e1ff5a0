import { partyCreateInputSchema } from '../../../../../shared/domain/schemas/party';
import type { Database } from '../../../db/database';
import { createLearningPoint } from '../../../records/learning-points';
import { addParty } from '../../../records/parties';
import { newCase } from '../../../records/testing/records-vault';
import { addContact, confirmContact } from '../../contacts';
import { ensureIdentity } from '../../identity';

/** Each vault's contact for the other, confirmed as after comparing fingerprints on the phone. */
export async function pairVaults(a: Database, b: Database): Promise<{ bInA: number; aInB: number }> {
  const [idA, idB] = [await ensureIdentity(a), await ensureIdentity(b)];
  const bInA = addContact(a, { name: 'Birgit Holm', recipient: idB.recipient, replaceKey: false }, idA.recipient);
  confirmContact(a, bInA.id, idB.fingerprint);
  const aInB = addContact(b, { name: 'Anders Krogh', recipient: idA.recipient, replaceKey: false }, idB.recipient);
  confirmContact(b, aInB.id, idA.fingerprint);
  return { bInA: bInA.id, aInB: aInB.id };
}

/** Cases received in 2026 with the given number per category; every other field left unrecorded. */
export function casesByCategory(db: Database, counts: Readonly<Record<string, number>>): number[] {
  const ids: number[] = [];
  for (const [category, count] of Object.entries(counts)) {
    for (let index = 0; index < count; index += 1) ids.push(newCase(db, { category, receivedDate: '2026-03-02' }).id);
  }
  return ids;
}

export function partyNamed(db: Database, caseId: number, name: string): void {
  addParty(db, partyCreateInputSchema.parse({ caseId, role: 'accused', name }));
}

export function learningPoint(db: Database, text: string, reportYear = 2026): number {
  return createLearningPoint(db, { caseId: null, reportYear, text }).id;
}
