import { z } from 'zod';
import type { IsoDate } from '../iso-date';
import {
  CONSENT_ACTIONS,
  CONSENT_DECISIONS,
  CONSENT_FORMS,
  CONSULTATION_SCOPES,
  type ConsentAction,
  type ConsentDecision,
  type ConsentForm,
  type ConsultationScope,
} from '../vocabulary';
import { TEXT_LIMITS, idSchema, isoDateSchema, optionalText } from './common';

/** `otherAction` says what the action is when, and only when, it is `other`. */
function describesOtherExactly(input: { action: ConsentAction; otherAction: string | null }): boolean {
  return (input.action === 'other') === (input.otherAction !== null);
}

/** A consultation scope belongs to a grant of consulting the other contact person, and only there. */
function scopesConsultationOnly(input: { action: ConsentAction; decision: ConsentDecision; consultationScope: ConsultationScope | null }): boolean {
  return input.consultationScope === null || (input.action === 'tell_other_contact_person' && input.decision === 'granted');
}

/**
 * A consent entry is appended to the case's ledger and never edited: a changed mind or a
 * correction is a new entry, so the ledger shows what the person said and when. Ledger
 * rules (withdrawing needs a standing consent) live in `consents.ts`.
 */
export const consentEntryInputSchema = z
  .strictObject({
    caseId: idSchema,
    action: z.enum(CONSENT_ACTIONS),
    /** The action in words when `action` is `other`. */
    otherAction: optionalText(TEXT_LIMITS.short).default(null),
    decision: z.enum(CONSENT_DECISIONS),
    form: z.enum(CONSENT_FORMS),
    decidedOn: isoDateSchema,
    /** "Hvem må vide hvad", in the person's own words. */
    scope: optionalText(TEXT_LIMITS.medium).default(null),
    /** For `tell_other_contact_person` granted: what a consultation package may hold. */
    consultationScope: z.enum(CONSULTATION_SCOPES).nullable().default(null),
  })
  .refine(describesOtherExactly, { message: 'Describe the action exactly when it is "other"', path: ['otherAction'] })
  .refine(scopesConsultationOnly, {
    message: 'A consultation scope goes with a granted consent to consult the other contact person',
    path: ['consultationScope'],
  });
export type ConsentEntryInput = z.output<typeof consentEntryInputSchema>;

/** Recording that an action was taken, checked against the ledger by `checkActionConsent`. */
export const actionTakenInputSchema = z
  .strictObject({
    caseId: idSchema,
    action: z.enum(CONSENT_ACTIONS),
    otherAction: optionalText(TEXT_LIMITS.short).default(null),
    takenOn: isoDateSchema,
    /** Only when acting without consent; see OVERRIDE_REASON_MIN_LENGTH. */
    overrideReason: optionalText(TEXT_LIMITS.medium).default(null),
  })
  .refine(describesOtherExactly, { message: 'Describe the action exactly when it is "other"', path: ['otherAction'] });
export type ActionTakenInput = z.output<typeof actionTakenInputSchema>;

export interface ConsentEntryRecord {
  id: number;
  caseId: number;
  action: ConsentAction;
  otherAction: string | null;
  decision: ConsentDecision;
  form: ConsentForm;
  decidedOn: IsoDate;
  scope: string | null;
  /** What a consultation package may hold; null when none was chosen (nothing is shared then). */
  consultationScope: ConsultationScope | null;
  recordedAt: string;
}

export interface ActionTakenRecord {
  id: number;
  caseId: number;
  action: ConsentAction;
  otherAction: string | null;
  takenOn: IsoDate;
  /** Null when the action rested on the person's consent. */
  overrideReason: string | null;
  recordedAt: string;
}

/**
 * An action recorded as taken, with what allowed it: the person's consent (and the scope
 * they gave, to keep in view while acting) or the contact person's override reason.
 */
export interface ActionTakenResult {
  record: ActionTakenRecord;
  basis: 'consent' | 'override';
  scope: string | null;
}
