import { z } from 'zod';
import type { IsoDate } from '../iso-date';
import {
  AGREEMENT_STATUSES,
  CONTACT_PERSON_ROLES,
  SUPPORT_OFFERS,
  type AgreementStatus,
  type ContactPersonRole,
  type SupportOffer,
} from '../vocabulary';
import { TEXT_LIMITS, hasChanges, idSchema, isoDateSchema, optionalText, requiredText, uniqueList } from './common';

export const MAX_NEXT_STEPS = 30;

const nextStepSchema = z.strictObject({
  description: requiredText(TEXT_LIMITS.medium),
  dueDate: isoDateSchema.nullable(),
});
export type AgreementNextStep = z.output<typeof nextStepSchema>;

/**
 * The parts of the written agreement the contact person writes. The right to withdraw,
 * the right to bring a person of one's own choice and confidentiality are fixed text in
 * the document, not input. A draft may be incomplete; it is completed before it is made
 * ready to sign.
 */
const agreementContentFields = {
  /** The party the agreement is made with (the affected person). */
  affectedPartyId: idSchema.nullable(),
  contactPersons: uniqueList(CONTACT_PERSON_ROLES),
  /** What the person wants to happen. */
  wishes: optionalText(TEXT_LIMITS.long),
  /** What may be told to whom, in the person's own words. */
  disclosure: optionalText(TEXT_LIMITS.long),
  /** Whether and how the other party is involved, e.g. mediation by the dialogue council. */
  otherPartyInvolvement: optionalText(TEXT_LIMITS.long),
  supportOffered: uniqueList(SUPPORT_OFFERS),
  nextSteps: z.array(nextStepSchema).max(MAX_NEXT_STEPS),
};

/** Starts a new version; an earlier signed version is superseded when this one is signed. */
export const agreementDraftInputSchema = z.strictObject({
  caseId: idSchema,
  affectedPartyId: agreementContentFields.affectedPartyId.default(null),
  contactPersons: agreementContentFields.contactPersons.min(1),
  wishes: agreementContentFields.wishes.default(null),
  disclosure: agreementContentFields.disclosure.default(null),
  otherPartyInvolvement: agreementContentFields.otherPartyInvolvement.default(null),
  supportOffered: agreementContentFields.supportOffered.default([]),
  nextSteps: agreementContentFields.nextSteps.default([]),
});
export type AgreementDraftInput = z.output<typeof agreementDraftInputSchema>;

/** Only drafts are edited (`isAgreementEditable`). */
export const agreementDraftUpdateInputSchema = z
  .strictObject({ id: idSchema, ...agreementContentFields, contactPersons: agreementContentFields.contactPersons.min(1) })
  .partial()
  .required({ id: true })
  .refine(hasChanges, { message: 'Nothing to update' });
export type AgreementDraftUpdateInput = z.output<typeof agreementDraftUpdateInputSchema>;

/** Field rules (a signing date when signing) live in `agreement-status.ts`. */
export const agreementTransitionInputSchema = z.strictObject({
  id: idSchema,
  to: z.enum(AGREEMENT_STATUSES),
  signedOn: isoDateSchema.nullable().optional(),
  reason: optionalText(TEXT_LIMITS.medium).optional(),
});
export type AgreementTransitionInput = z.output<typeof agreementTransitionInputSchema>;

export interface AgreementRecord {
  id: number;
  caseId: number;
  /** 1 for the first agreement in the case, one more for each new version. */
  version: number;
  status: AgreementStatus;
  affectedPartyId: number | null;
  contactPersons: ContactPersonRole[];
  wishes: string | null;
  disclosure: string | null;
  otherPartyInvolvement: string | null;
  supportOffered: SupportOffer[];
  nextSteps: AgreementNextStep[];
  signedOn: IsoDate | null;
  /** The scanned signed copy, stored encrypted as an attachment. */
  signedCopyAttachmentId: number | null;
  createdAt: string;
  updatedAt: string;
}
