import type { Labels } from '../../../../shared/domain/labels';
import type { PartyRecord } from '../../../../shared/domain/schemas/party';

/** How a party is named on screen: what the contact person wrote, else their role in the case. */
export function partyName(party: PartyRecord, words: Labels): string {
  return party.name ?? party.nickname ?? words.partyRole[party.role];
}
