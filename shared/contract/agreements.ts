import { z } from 'zod';
import type { IsoDate } from '../domain/iso-date';
import {
  agreementDraftInputSchema,
  agreementDraftUpdateInputSchema,
  type AgreementRecord,
} from '../domain/schemas/agreement';
import type { AttachmentRecord } from '../domain/schemas/attachment';
import { caseIdInputSchema, idInputSchema, idSchema, isoDateSchema, optionalText, requiredText, TEXT_LIMITS } from '../domain/schemas/common';
import type { ConsentEntryRecord } from '../domain/schemas/consent';
import {
  CONSENT_FORMS,
  LANGUAGES,
  SUPPORT_OFFERS,
  type AgreementStatus,
  type ConsentForm,
  type ContactPersonRole,
  type Language,
  type SupportOffer,
} from '../domain/vocabulary';
import { method } from './define';

/**
 * Written agreements with the affected person: versions, signing, the DOCX, printing and
 * the organisation's own standard texts. Files are chosen in main; a cancelled dialog
 * answers null.
 */

/** The parts a written agreement must have before it is made ready to sign or exported, in document order. */
export const AGREEMENT_PARTS = [
  'organisationName',
  'caseReference',
  'affectedPersonName',
  'contactPersonNames',
  'wishes',
  'disclosure',
  'otherPartyInvolvement',
  'supportOffered',
  'nextSteps',
  'signatureRecord',
] as const;
export type AgreementPart = (typeof AGREEMENT_PARTS)[number];

/**
 * Moves a version makes on request. Signing has its own method, superseding happens on
 * signing, and a version that is ready to sign is changed by revising it (a new version),
 * so the text that may have been printed for signature stays as it was.
 */
export const AGREEMENT_REQUESTABLE_STATUSES = ['ready_to_sign', 'withdrawn'] as const;

export const agreementStatusChangeInputSchema = z.strictObject({
  id: idSchema,
  to: z.enum(AGREEMENT_REQUESTABLE_STATUSES),
  /** Why, e.g. why the person withdrew the agreement; kept with the status change. */
  reason: optionalText(TEXT_LIMITS.medium).default(null),
});
export type AgreementStatusChangeInput = z.output<typeof agreementStatusChangeInputSchema>;

/** Signers: the affected person and the contact person(s), as named on the signature lines. */
export const MAX_SIGNERS = 6;

/**
 * Signs a version that is ready to sign. Also completes a signed version that arrived
 * without its signature record (e.g. imported); its signing date then stays as stored.
 */
export const agreementSignInputSchema = z.strictObject({
  id: idSchema,
  signedOn: isoDateSchema,
  signedBy: z.array(requiredText(TEXT_LIMITS.short)).min(1).max(MAX_SIGNERS),
  /** Confirmed by signing the paper (written) or by saying yes (oral). */
  form: z.enum(CONSENT_FORMS),
});
export type AgreementSignInput = z.output<typeof agreementSignInputSchema>;

export const agreementSignedCopyInputSchema = z.strictObject({
  id: idSchema,
  /** Shown for the bilag in the case's list, in the person's language. */
  description: optionalText(TEXT_LIMITS.medium).default(null),
});
export type AgreementSignedCopyInput = z.output<typeof agreementSignedCopyInputSchema>;

/** Which version, in which language; agreements are Danish by default. */
export const agreementDocumentRequestSchema = z.strictObject({
  id: idSchema,
  language: z.enum(LANGUAGES).default('da'),
});
export type AgreementDocumentRequest = z.output<typeof agreementDocumentRequestSchema>;

/** The organisation's wording of the agreement's standard texts, per language. */
export const agreementTemplatesSchema = z.strictObject({
  rights: requiredText(TEXT_LIMITS.long),
  confidentiality: requiredText(TEXT_LIMITS.long),
  supportOffers: z.strictObject(
    Object.fromEntries(SUPPORT_OFFERS.map((offer) => [offer, requiredText(TEXT_LIMITS.medium)])) as Record<
      SupportOffer,
      ReturnType<typeof requiredText>
    >,
  ),
});
export type AgreementTemplates = z.output<typeof agreementTemplatesSchema>;

/** `texts: null` goes back to the app's default wording. */
export const agreementTemplatesUpdateSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  texts: agreementTemplatesSchema.nullable(),
});
export type AgreementTemplatesUpdate = z.output<typeof agreementTemplatesUpdateSchema>;

export interface AgreementTemplateSettings {
  texts: Record<Language, AgreementTemplates>;
  /** Whether the organisation has its own wording (false: the app's defaults). */
  customised: Record<Language, boolean>;
}

export interface AgreementSignature {
  signedOn: IsoDate;
  signedBy: string[];
  form: ConsentForm;
  recordedAt: string;
}

export interface AgreementStatusChange {
  from: AgreementStatus | null;
  to: AgreementStatus;
  reason: string | null;
  changedAt: string;
}

export interface AgreementListItem {
  id: number;
  caseId: number;
  version: number;
  status: AgreementStatus;
  signedOn: IsoDate | null;
  updatedAt: string;
  hasSignature: boolean;
  hasSignedCopy: boolean;
}

/** One version of a case's agreement, with the day of its last status change. */
export interface AgreementVersionEntry {
  id: number;
  version: number;
  status: AgreementStatus;
  date: IsoDate;
}

export interface AgreementDetail {
  agreement: AgreementRecord;
  caseReference: string;
  signature: AgreementSignature | null;
  signedCopy: AttachmentRecord | null;
  /** This version's status changes, oldest first. */
  statusChanges: AgreementStatusChange[];
  /** Every version of the case's agreement, oldest first. */
  versions: AgreementVersionEntry[];
  /** Only drafts are edited. */
  editable: boolean;
  /** Status moves `agreements.transition` accepts now. */
  allowedTransitions: AgreementStatus[];
  canSign: boolean;
  /** A signed or ready-to-sign version is changed by making a new version. */
  canRevise: boolean;
  /** Required parts still empty; none means it can be made ready to sign and exported. */
  missingParts: AgreementPart[];
}

/** What the editor shows and pre-fills from the case. */
export interface AgreementCaseContext {
  caseId: number;
  caseReference: string;
  organisationName: string | null;
  /** Parties with the role "affected", the agreement is made with one of them. */
  affectedParties: { id: number; name: string | null; nickname: string | null }[];
  contactPersonNames: Record<ContactPersonRole, string | null>;
  /** What the person allows now, each with its scope, as the agreement lists them. */
  currentConsents: ConsentEntryRecord[];
  /** A new draft's starting point, taken from the case. */
  suggested: {
    affectedPartyId: number | null;
    contactPersons: ContactPersonRole[];
    supportOffered: SupportOffer[];
  };
  /** The version in draft or ready to sign, if any: a case has at most one at a time. */
  openVersionId: number | null;
}

/** One block of the printable agreement, in document order. */
export type AgreementPrintBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'table'; header: string[] | null; rows: string[][]; labelled: boolean }
  | { kind: 'signatures'; signers: { name: string; role: string }[]; dateLabel: string };

/** The agreement as the DOCX says it, for the print view; texts are in the document's language. */
export interface AgreementPrintDocument {
  language: Language;
  /** "Fortroligt" on every page. */
  header: string;
  /** The words around the page numbers, as in "Side 1 af 2". */
  pageNumbering: { before: string; between: string };
  title: string;
  blocks: AgreementPrintBlock[];
}

export const agreementMethods = {
  'agreements.list': method(caseIdInputSchema).returns<AgreementListItem[]>(),
  /** Audited as a view of the case. */
  'agreements.get': method(idInputSchema).returns<AgreementDetail>(),
  'agreements.caseContext': method(caseIdInputSchema).returns<AgreementCaseContext>(),
  /** A new draft version; refused while the case has a version in draft or ready to sign. */
  'agreements.create': method(agreementDraftInputSchema).returns<AgreementRecord>(),
  /** Drafts only. */
  'agreements.update': method(agreementDraftUpdateInputSchema).returns<AgreementRecord>(),
  /** A new draft copied from a signed or ready-to-sign version, which stays as it was printed. */
  'agreements.revise': method(idInputSchema).returns<AgreementRecord>(),
  /** INVALID_TRANSITION when the rules refuse; INVALID_INPUT with `details.missing` when parts are empty. */
  'agreements.transition': method(agreementStatusChangeInputSchema).returns<AgreementRecord>(),
  /** Signs (and supersedes the earlier signed version), or completes a missing signature record. */
  'agreements.sign': method(agreementSignInputSchema).returns<AgreementRecord>(),
  /** PDF, JPEG or PNG only (by content), within the bilag size limit; stored encrypted as a bilag. */
  'agreements.attachSignedCopy': method(agreementSignedCopyInputSchema).returns<AgreementRecord | null>(),
  /** UNENCRYPTED DOCX where the person chooses; INVALID_INPUT with `details.missing` when parts are empty. */
  'agreements.exportDocx': method(agreementDocumentRequestSchema).returns<{ file: string } | null>(),
  'agreements.printDocument': method(agreementDocumentRequestSchema).returns<AgreementPrintDocument>(),
  /** Prints the print view the window shows now; false when the person cancelled. */
  'agreements.print': method(idInputSchema).returns<{ printed: boolean }>(),
  /** The print view as an UNENCRYPTED PDF where the person chooses. */
  'agreements.savePdf': method(agreementDocumentRequestSchema).returns<{ file: string } | null>(),
  'agreementTemplates.get': method(z.undefined()).returns<AgreementTemplateSettings>(),
  'agreementTemplates.update': method(agreementTemplatesUpdateSchema).returns<AgreementTemplateSettings>(),
};
