import { CONTACT_PERSON_ROLES, type ContactPersonRole, type TakeoverRole } from './vocabulary';

/**
 * Inhabilitet. The policy: "Hvis sekretariatschefen er part i en krænkelsessag inddrages
 * Hovedbestyrelsens forperson og partiets politiske leder som ansættelsesmyndighed." It
 * names only the secretariat head; the design requires the same for the trusted person,
 * so the board chair and the political leader are brought in whichever contact person is
 * involved.
 *
 * A contact person who appears in the case in any role (also as witness or support
 * person) is treated as conflicted: independent handling is impossible either way. The
 * conflicted person must not see or handle the case, and may not be consulted about it.
 * Nothing here blocks anything; the result is shown as warnings.
 */

export interface ConflictParty {
  id: number;
  /** Set when this party is one of the two contact persons. */
  contactPerson: ContactPersonRole | null;
}

export type ConflictWarning =
  /** "Du er inhabil i denne sag": the owner of this vault is in the case. */
  | { code: 'vault_owner_is_party'; contactPerson: ContactPersonRole; partyIds: number[] }
  /** The other contact person is in the case: do not consult them or share with them. */
  | { code: 'other_contact_person_is_party'; contactPerson: ContactPersonRole; partyIds: number[] }
  /**
   * A contact person is in the case, and the vault's settings do not yet say whose vault
   * this is; the warning must still be shown rather than left out.
   */
  | { code: 'contact_person_is_party'; contactPerson: ContactPersonRole; partyIds: number[] }
  /** The secretariat head's employer role passes to the board chair and political leader. */
  | { code: 'employer_role_taken_over'; takenOverBy: TakeoverRole[] }
  /** Neither contact person may handle the case; only those taking over remain. */
  | { code: 'no_independent_contact_person'; takenOverBy: TakeoverRole[] };

export interface ConflictOfInterestAssessment {
  /** Contact persons who must not see or handle the case. */
  conflicted: ContactPersonRole[];
  /** Contact persons who may handle it. */
  handlers: ContactPersonRole[];
  /** Who is brought in; empty when no contact person is conflicted. */
  takenOverBy: TakeoverRole[];
  warnings: ConflictWarning[];
}

const TAKEOVER: TakeoverRole[] = ['board_chair', 'political_leader'];

type PartyWarningCode = 'vault_owner_is_party' | 'other_contact_person_is_party' | 'contact_person_is_party';

function partyWarningCode(contactPerson: ContactPersonRole, vaultOwner: ContactPersonRole | null): PartyWarningCode {
  if (vaultOwner === null) return 'contact_person_is_party';
  return contactPerson === vaultOwner ? 'vault_owner_is_party' : 'other_contact_person_is_party';
}

/**
 * @param vaultOwner the contact person whose vault holds the case (each has their own),
 * or null while the vault's settings do not say.
 */
export function assessConflictOfInterest(
  parties: readonly ConflictParty[],
  vaultOwner: ContactPersonRole | null,
): ConflictOfInterestAssessment {
  const partyIdsOf = (role: ContactPersonRole): number[] =>
    parties.filter((party) => party.contactPerson === role).map((party) => party.id);

  const conflicted = CONTACT_PERSON_ROLES.filter((role) => partyIdsOf(role).length > 0);
  const handlers = CONTACT_PERSON_ROLES.filter((role) => !conflicted.includes(role));
  const takenOverBy = conflicted.length > 0 ? [...TAKEOVER] : [];

  const warnings: ConflictWarning[] = conflicted.map((contactPerson) => ({
    code: partyWarningCode(contactPerson, vaultOwner),
    contactPerson,
    partyIds: partyIdsOf(contactPerson),
  }));
  if (conflicted.includes('secretariat_head')) {
    warnings.push({ code: 'employer_role_taken_over', takenOverBy: [...TAKEOVER] });
  }
  if (handlers.length === 0) {
    warnings.push({ code: 'no_independent_contact_person', takenOverBy: [...TAKEOVER] });
  }
  return { conflicted, handlers, takenOverBy, warnings };
}
