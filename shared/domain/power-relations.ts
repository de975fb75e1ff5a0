import type { CaseContext, OrganisationalRole, PartyRole } from './vocabulary';

/**
 * Warnings from "Magtstrukturer i Å". Each compares a party the case is about (accused)
 * with an affected party, because the policy's concern is someone using a position over
 * the person they approached. Witnesses and support persons are not part of that relation.
 * A warning asks the contact person to look; it decides nothing.
 */
export const POWER_RELATION_WARNING_CODES = [
  'leader_over_employee',
  'elected_over_campaign_worker',
  'trust_elected_over_minor',
  'adult_over_minor',
] as const;
export type PowerRelationWarningCode = (typeof POWER_RELATION_WARNING_CODES)[number];

export interface PowerRelationParty {
  id: number;
  role: PartyRole;
  organisationalRole: OrganisationalRole | null;
  under18: boolean;
}

export interface PowerRelationWarning {
  code: PowerRelationWarningCode;
  accusedPartyId: number;
  affectedPartyId: number;
}

/** Roles that may "arbejde direkte for dem i deres valgkampagner og politiske arbejde". */
const CAMPAIGN_WORKER_ROLES: readonly OrganisationalRole[] = ['member', 'youth_member', 'employee', 'volunteer'];

type PairRule = (accused: PowerRelationParty, affected: PowerRelationParty, context: CaseContext | null) => boolean;

const PAIR_RULES: Readonly<Record<PowerRelationWarningCode, PairRule>> = {
  // "Ingen ansatte i ledende stillinger i Alternativet må indgå i en seksuel relation til
  // medarbejdere på sekretariatet."
  leader_over_employee: (accused, affected) =>
    accused.organisationalRole === 'leader' && affected.organisationalRole === 'employee',

  // "Politiske valgte medlemmer må ikke udnytte deres magtposition til at opnå seksuel
  // relation med medlemmer, frivillige og ansatte, der arbejder direkte for dem i deres
  // valgkampagner og politiske arbejde i øvrigt."
  // Volunteers are assumed to work for the politician; members and staff only when the
  // case happened in a campaign, since the record cannot tell direct work otherwise.
  elected_over_campaign_worker: (accused, affected, context) =>
    accused.organisationalRole === 'elected_politician' &&
    (affected.organisationalRole === 'volunteer' ||
      (context === 'campaign' &&
        affected.organisationalRole !== null &&
        CAMPAIGN_WORKER_ROLES.includes(affected.organisationalRole))),

  // "Tillidsvalgte må ikke indgå i seksuelle relationer med medlemmer, der er under 18 år."
  trust_elected_over_minor: (accused, affected) => accused.organisationalRole === 'trust_elected' && affected.under18,

  // "Er man fysisk eller aldersmæssigt overlegen, har man et særligt ansvar for ikke at
  // agere intimiderende. Man har et særligt ansvar, når man som voksen og moden person
  // omgås unge." Shown alongside trust_elected_over_minor: that one is a prohibition on
  // the role, this one the general duty of any adult.
  adult_over_minor: (accused, affected) => !accused.under18 && affected.under18,
};

/** Every power-relation warning for the case, in a stable order (pair, then rule). */
export function powerRelationWarnings(
  parties: readonly PowerRelationParty[],
  context: CaseContext | null,
): PowerRelationWarning[] {
  const accusedParties = parties.filter((party) => party.role === 'accused');
  const affectedParties = parties.filter((party) => party.role === 'affected');
  const warnings: PowerRelationWarning[] = [];
  for (const accused of accusedParties) {
    for (const affected of affectedParties) {
      for (const code of POWER_RELATION_WARNING_CODES) {
        if (PAIR_RULES[code](accused, affected, context)) {
          warnings.push({ code, accusedPartyId: accused.id, affectedPartyId: affected.id });
        }
      }
    }
  }
  return warnings;
}
