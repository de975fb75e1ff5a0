import { z } from 'zod';
import type { ConflictOfInterestAssessment } from '../conflict-of-interest';
import type { PowerRelationWarning } from '../power-relations';
import {
  CONTACT_PERSON_ROLES,
  ORGANISATIONAL_ROLES,
  PARTY_ROLES,
  type ContactPersonRole,
  type OrganisationalRole,
  type PartyRole,
} from '../vocabulary';
import { TEXT_LIMITS, hasChanges, idSchema, optionalText, withNullDefaults } from './common';

/** Loose on purpose: the contact person types what they were given, including æ, ø, å. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Danish 8-digit numbers and foreign numbers with +, spaces, dashes or brackets. */
const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,24}$/;

function optionalPattern(max: number, pattern: RegExp, message: string) {
  return optionalText(max).refine((value) => value === null || pattern.test(value), { message });
}

/**
 * Everything about a party may be unknown at first: an accused may be "a man from the
 * campaign". Names, nicknames, e-mails, phones and units are the identifiers the
 * learning document's re-identification guard matches against.
 */
const partyDetailFields = {
  name: optionalText(TEXT_LIMITS.short),
  nickname: optionalText(TEXT_LIMITS.short),
  organisationalRole: z.enum(ORGANISATIONAL_ROLES).nullable(),
  /** Organisational unit, e.g. a local branch. */
  unit: optionalText(TEXT_LIMITS.short),
  email: optionalPattern(254, EMAIL_PATTERN, 'Expected an e-mail address'),
  phone: optionalPattern(30, PHONE_PATTERN, 'Expected a phone number'),
  /** Set when the party is one of the two contact persons (conflict of interest). */
  contactPerson: z.enum(CONTACT_PERSON_ROLES).nullable(),
  /** How to recognise the party when no name is known or given. */
  description: optionalText(TEXT_LIMITS.medium),
};

export const partyCreateInputSchema = z.strictObject({
  caseId: idSchema,
  role: z.enum(PARTY_ROLES),
  under18: z.boolean().default(false),
  ...withNullDefaults(partyDetailFields),
});
export type PartyCreateInput = z.output<typeof partyCreateInputSchema>;

export const partyUpdateInputSchema = z
  .strictObject({ id: idSchema, role: z.enum(PARTY_ROLES), under18: z.boolean(), ...partyDetailFields })
  .partial()
  .required({ id: true })
  .refine(hasChanges, { message: 'Nothing to update' });
export type PartyUpdateInput = z.output<typeof partyUpdateInputSchema>;

export interface PartyRecord {
  id: number;
  caseId: number;
  role: PartyRole;
  under18: boolean;
  name: string | null;
  nickname: string | null;
  organisationalRole: OrganisationalRole | null;
  unit: string | null;
  email: string | null;
  phone: string | null;
  contactPerson: ContactPersonRole | null;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The warnings the parties of a case raise; they ask the contact person to look and block nothing. */
export interface PartyWarnings {
  powerRelationWarnings: PowerRelationWarning[];
  conflictOfInterest: ConflictOfInterestAssessment;
}

/** A changed party comes back with the case's warnings, so they show the moment they arise. */
export interface PartyChange extends PartyWarnings {
  party: PartyRecord;
}
