import { z } from 'zod';
import { isoDateSchema } from '../../../../shared/domain/schemas/common';
import {
  AGREEMENT_STATUSES,
  CONSENT_ACTIONS,
  CONSENT_DECISIONS,
  CONSENT_FORMS,
  LANGUAGES,
  SUPPORT_OFFERS,
} from '../../../../shared/domain/vocabulary';
import { isBlank } from '../common/input-schema';

/** Free text the contact person writes; null or blank means nothing written yet. */
const writtenText = z.string().nullable();

const consentSchema = z.object({
  action: z.enum(CONSENT_ACTIONS),
  /** The action in words when `action` is `other`. */
  otherAction: z.string().nullable().optional(),
  decision: z.enum(CONSENT_DECISIONS),
  form: z.enum(CONSENT_FORMS),
  decidedOn: isoDateSchema,
  /** Limits the person set, in their own words. */
  scope: z.string().nullable(),
});

const signatureRecordSchema = z.object({
  signedOn: isoDateSchema,
  signedBy: z.array(z.string().trim().min(1)).min(1),
  /** Whether the affected person confirmed the agreement orally or by signing it. */
  form: z.enum(CONSENT_FORMS),
  /** SHA-256 (hex) of the scanned signed copy kept in the vault, or null when none is attached. */
  scannedCopySha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/i)
    .nullable(),
});

const standardTextSchema = z.string().trim().min(1);

/**
 * What the written agreement shows. Field names follow the vault's agreement and consent
 * records so the caller maps them directly; names and the organisation come from the
 * case's parties and the settings.
 */
export const agreementDocumentInputSchema = z.object({
  language: z.enum(LANGUAGES),
  organisationName: z.string(),
  caseReference: z.string(),
  affectedPersonName: z.string(),
  contactPersonNames: z.array(z.string()),
  version: z.int().positive(),
  status: z.enum(AGREEMENT_STATUSES),
  /** The day this version was written or last changed. */
  versionDate: isoDateSchema,
  /** What the person wants to happen. A blank line starts a new paragraph, in every text. */
  wishes: writtenText,
  /** Who may be told what, in the person's own words. */
  disclosure: writtenText,
  /** The consents recorded in the case, listed under the person's own words. */
  consents: z.array(consentSchema),
  otherPartyInvolvement: writtenText,
  supportOffered: z.array(z.enum(SUPPORT_OFFERS)),
  nextSteps: z.array(z.object({ description: z.string(), dueDate: isoDateSchema.nullable() })),
  /** The organisation's own wording of the standard texts; the templates when absent. */
  standardTexts: z
    .object({
      rights: standardTextSchema,
      confidentiality: standardTextSchema,
      supportOffers: z.record(z.enum(SUPPORT_OFFERS), standardTextSchema),
    })
    .optional(),
  /** Present once the agreement has been signed. */
  signed: z
    .object({
      record: signatureRecordSchema,
      versionHistory: z
        .array(z.object({ version: z.int().positive(), status: z.enum(AGREEMENT_STATUSES), date: isoDateSchema }))
        .min(1),
    })
    .optional(),
});

export type AgreementDocumentInput = z.input<typeof agreementDocumentInputSchema>;
export type AgreementDocumentConsent = z.input<typeof consentSchema>;

/** The parts of an agreement that must have content before it can be exported. */
export type RequiredAgreementPart =
  | 'organisationName'
  | 'caseReference'
  | 'affectedPersonName'
  | 'contactPersonNames'
  | 'wishes'
  | 'disclosure'
  | 'otherPartyInvolvement'
  | 'supportOffered'
  | 'nextSteps'
  | 'signatureRecord';

/**
 * The required parts that are still empty, in document order; an empty list means the
 * agreement may be exported. Consents are not required: the person may have agreed to
 * nothing yet. A signed agreement must carry its signature record.
 */
export function validateAgreementForExport(input: AgreementDocumentInput): RequiredAgreementPart[] {
  const checks: [RequiredAgreementPart, boolean][] = [
    ['organisationName', isBlank(input.organisationName)],
    ['caseReference', isBlank(input.caseReference)],
    ['affectedPersonName', isBlank(input.affectedPersonName)],
    ['contactPersonNames', input.contactPersonNames.every(isBlank)],
    ['wishes', isBlank(input.wishes)],
    ['disclosure', isBlank(input.disclosure)],
    ['otherPartyInvolvement', isBlank(input.otherPartyInvolvement)],
    ['supportOffered', input.supportOffered.length === 0],
    ['nextSteps', input.nextSteps.every((step) => isBlank(step.description))],
    ['signatureRecord', input.status === 'signed' && input.signed === undefined],
  ];
  return checks.filter(([, missing]) => missing).map(([part]) => part);
}
