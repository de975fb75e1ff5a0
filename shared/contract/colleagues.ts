import { z } from 'zod';
import { OVERRIDE_REASON_MIN_LENGTH, type ConsentState } from '../domain/consents';
import type { IsoDate } from '../domain/iso-date';
import { caseIdInputSchema, idSchema, optionalText, requiredText, TEXT_LIMITS } from '../domain/schemas/common';
import type { CaseStatus, ConsultationScope } from '../domain/vocabulary';
import { method } from './define';

/*
 * Between two vaults (issue 11): this vault's identity, the colleagues it knows, and the
 * encrypted `.age` packages that carry a case for consultation, cases handed over, and
 * the receipt that lets the sender delete what it handed over. Files are always chosen
 * by the person in a native dialog; paths never come from the renderer.
 */

/** age X25519 recipients are bech32: "age1" and 58 lower-case characters. */
export const AGE_RECIPIENT_PATTERN = /^age1[02-9ac-hj-np-z]{58}$/;
export const recipientSchema = z.string().trim().toLowerCase().regex(AGE_RECIPIENT_PATTERN);

/** "12345 67890 …": six groups of five digits, compared aloud. Spaces are optional on input. */
export const fingerprintSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{30}$/));

/** What a person reads to a colleague: the recipient and its fingerprint. */
export interface VaultIdentityView {
  recipient: string;
  /** Six groups of five digits separated by spaces. */
  fingerprint: string;
}

export interface ColleagueContact {
  id: number;
  name: string;
  recipient: string;
  fingerprint: string;
  /** Null until the person confirms the fingerprint was compared; only confirmed contacts are used. */
  confirmedAt: string | null;
  /**
   * The fingerprint of the key this contact had before it changed, until the new one is
   * confirmed: show it as a loud warning, never silently.
   */
  previousFingerprint: string | null;
  createdAt: string;
}

const contactName = requiredText(TEXT_LIMITS.short);

export const contactAddInputSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('recipient'),
    name: contactName,
    recipient: recipientSchema,
    /** Set only after the person saw the CONTACT_KEY_CHANGED warning and wants the new key (unconfirmed again). */
    replaceKey: z.boolean().default(false),
  }),
  z.strictObject({
    /** An identity card file (`.fortrolig-id`) chosen in an open dialog. */
    source: z.literal('card'),
    /** Overrides the name written on the card. */
    name: contactName.nullable().default(null),
    replaceKey: z.boolean().default(false),
  }),
]);
export type ContactAddInput = z.output<typeof contactAddInputSchema>;

export const contactIdInputSchema = z.strictObject({ contactId: idSchema });

export const contactConfirmInputSchema = z.strictObject({
  contactId: idSchema,
  /** The fingerprint the person saw and compared; CONTACT_KEY_CHANGED if the key changed meanwhile. */
  fingerprint: fingerprintSchema,
});

export const identityCardExportInputSchema = z.strictObject({
  /** How this contact person wants to be known on the card, e.g. "Tillidsperson Anna". */
  name: contactName,
});

/** Whether a case may go to a colleague for consultation, and what would go. */
export interface SharePreview {
  caseId: number;
  reference: string;
  consentState: ConsentState;
  /** The scope the person chose when consenting; null when none stands (then nothing may be shared). */
  scope: ConsultationScope | null;
  permitted: boolean;
  /** What the package would hold, counted, so the person sees it before writing. */
  contents: PackageContents;
}

export interface PackageContents {
  notes: number;
  parties: number;
  attachments: number;
  agreements: number;
  /** True when names and contact details are taken out (scope `without_names`). */
  namesRemoved: boolean;
}

export const shareInputSchema = z.strictObject({ caseId: idSchema, contactId: idSchema });

export interface PackageWritten {
  file: string;
  packageId: string;
  bytes: number;
}

export const handoverInputSchema = z.strictObject({
  caseIds: z.union([z.array(idSchema).min(1).max(100_000), z.literal('all-open')]),
  contactId: idSchema,
  /**
   * Recorded in each case's ledger for the cases without a standing consent to hand over;
   * at least OVERRIDE_REASON_MIN_LENGTH characters, else CONSENT_REQUIRED names those cases.
   */
  overrideReason: optionalText(TEXT_LIMITS.medium)
    .default(null)
    .refine((value) => value === null || value.length >= OVERRIDE_REASON_MIN_LENGTH, { message: 'Too short a reason' }),
});

export interface HandoverWritten extends PackageWritten {
  cases: { caseId: number; reference: string }[];
}

export type PackageKindView = 'consultation' | 'handover' | 'receipt';

/** What an opened package holds, shown before anything is imported. */
export interface PackageInspection {
  /** Hands the inspected file to `colleagues.receive.accept`; valid until the vault locks. */
  token: string;
  packageId: string;
  kind: PackageKindView;
  createdAt: string;
  sender: { contactId: number; name: string; fingerprint: string };
  scope: ConsultationScope | null;
  cases: InspectedCase[];
  /** For a consultation: the existing copy that a newer package replaces, if any. */
  replacesCopy: { caseId: number; reference: string } | null;
}

export interface InspectedCase {
  reference: string;
  receivedDate: IsoDate;
  status: CaseStatus;
  category: string | null;
  contents: PackageContents;
}

export const acceptInputSchema = z.strictObject({ token: z.string().regex(/^[0-9a-f]{32}$/) });

export interface ReceiveResult {
  packageId: string;
  kind: 'consultation' | 'handover';
  cases: { caseId: number; reference: string }[];
  /** True when a consultation copy was brought up to date from a newer package. */
  updated: boolean;
}

export const receiptSaveInputSchema = z.strictObject({ packageId: z.uuid() });

export interface ReceiptOpened {
  contactName: string;
  packageIds: string[];
  /** The cases deleted now that the colleague confirmed they arrived intact. */
  deleted: { reference: string }[];
}

export interface SentPackageView {
  packageId: string;
  kind: 'consultation' | 'handover';
  contactName: string;
  createdAt: string;
  receiptAt: string | null;
  cancelledAt: string | null;
  /** Cases still in this vault: "overdraget, afventer kvittering" while receipt and cancel are null. */
  cases: { caseId: number; reference: string }[];
}

export interface ReceivedPackageView {
  packageId: string;
  kind: 'consultation' | 'handover';
  contactName: string;
  createdAt: string;
  receivedAt: string;
  cases: { caseId: number; reference: string }[];
}

/** How a case stands between the two vaults, for the case page. */
export interface CaseSharing {
  /** "Delt af <kontakt>" (consultation copy, read-only) or "Overdraget fra <kontakt>". */
  sharedBy: { contactName: string; purpose: 'consultation' | 'handover'; receivedAt: string; scope: ConsultationScope | null } | null;
  /** "Overdraget, afventer kvittering". */
  awaitingReceipt: { packageId: string; contactName: string; sentAt: string } | null;
  /** True when only own notes may be added (consultation copy) or nothing may change (awaiting receipt). */
  readOnly: boolean;
}

export const colleagueMethods = {
  /** This vault's recipient and fingerprint ("Mine oplysninger til kollegaen"). */
  'colleagues.identity': method(z.undefined()).returns<VaultIdentityView>(),
  /** Writes this vault's identity card (recipient, fingerprint, name; no secret) where the person chooses. */
  'colleagues.identityCard.export': method(identityCardExportInputSchema).returns<{ file: string } | null>(),

  'colleagues.contacts.list': method(z.undefined()).returns<ColleagueContact[]>(),
  /** New contacts start unconfirmed. A known name with another key: CONTACT_KEY_CHANGED unless replaceKey. Null when the card dialog is cancelled. */
  'colleagues.contacts.add': method(contactAddInputSchema).returns<ColleagueContact | null>(),
  'colleagues.contacts.confirm': method(contactConfirmInputSchema).returns<ColleagueContact>(),
  'colleagues.contacts.remove': method(contactIdInputSchema).returns<null>(),

  /** CONSENT_REQUIRED is not thrown here: the preview says whether sharing is permitted and why not. */
  'colleagues.share.preview': method(caseIdInputSchema).returns<SharePreview>(),
  /** Consultation package to a confirmed contact, saved where the person chooses; null when cancelled. */
  'colleagues.share': method(shareInputSchema).returns<PackageWritten | null>(),

  /** One case or every open case, to a confirmed contact; the cases turn read-only until the receipt. */
  'colleagues.handover': method(handoverInputSchema).returns<HandoverWritten | null>(),
  /** Takes a handover back while no receipt has come: the cases become editable again. */
  'colleagues.handover.cancel': method(receiptSaveInputSchema).returns<null>(),

  /** Opens a package the person chooses and says what it holds; imports nothing. Null when cancelled. */
  'colleagues.receive.inspect': method(z.undefined()).returns<PackageInspection | null>(),
  'colleagues.receive.accept': method(acceptInputSchema).returns<ReceiveResult>(),
  /** Writes the receipt for a received handover (encrypted to its sender); may be repeated. Null when cancelled. */
  'colleagues.receipt.save': method(receiptSaveInputSchema).returns<PackageWritten | null>(),
  /** Opens a receipt and deletes the handed-over cases it confirms. Null when cancelled. */
  'colleagues.receipt.open': method(z.undefined()).returns<ReceiptOpened | null>(),

  'colleagues.packages.sent': method(z.undefined()).returns<SentPackageView[]>(),
  'colleagues.packages.received': method(z.undefined()).returns<ReceivedPackageView[]>(),
  'colleagues.caseSharing': method(caseIdInputSchema).returns<CaseSharing>(),
};
