import { z } from 'zod';
import { MAX_SIGNERS } from '../../../../shared/contract/agreements';
import { parseCaseReference } from '../../../../shared/domain/case-reference';
import { SEVERITY_STEPS } from '../../../../shared/domain/severity';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MEDIA_TYPES } from '../../../../shared/domain/schemas/attachment';
import { categoryKeySchema } from '../../../../shared/domain/schemas/category';
import { TEXT_LIMITS, wellFormedString } from '../../../../shared/domain/schemas/common';
import { vaultSettingsSchema } from '../../../../shared/domain/schemas/vault-settings';
import {
  AGREEMENT_STATUSES,
  CASE_STATUSES,
  CHANNELS,
  CONSENT_ACTIONS,
  CONSENT_DECISIONS,
  CONSENT_FORMS,
  CONSULTATION_SCOPES,
  CONTACT_PERSON_ROLES,
  CONTEXTS,
  CONVERSATION_STATUSES,
  EXTENTS,
  NOTE_KINDS,
  ORGANISATIONAL_ROLES,
  OUTCOMES,
  PARTY_ROLES,
  REPORTER_KINDS,
  SEVERITY_FACTORS,
  SEVERITY_LEVELS,
  SUPPORT_OFFERS,
} from '../../../../shared/domain/vocabulary';

/*
 * The export file format (docs/import-export.md; docs/fortrolig-export.schema.json is
 * generated from this schema). Exact by design: strict objects, closed code lists, no
 * defaults, so an import either takes the file as written or names what is wrong.
 * Database ids are not part of the format; a party or bilag that something else refers
 * to has an `id` that is local to its case in the file.
 */

export const EXPORT_FORMAT = 'fortrolig-export';
/**
 * Version 2 added each agreement version's status history and signature record; version 3
 * each consent's `consultationScope` (what the other contact person may see).
 */
export const EXPORT_FORMAT_VERSION = 3;

const date = z.iso.date();
const instant = z.iso.datetime();
const text = (max: number) => wellFormedString().min(1).max(max);
const optional = (max: number) => text(max).nullable();
const localId = z.int().positive().describe('Local to the case in this file; not a database id');
const distinct = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { message: 'Values must not repeat' });

const statusChange = z.strictObject({
  from: z.enum(CASE_STATUSES),
  to: z.enum(CASE_STATUSES),
  reason: optional(TEXT_LIMITS.medium),
  closedDate: date.nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  changedAt: instant,
});

const party = z.strictObject({
  id: localId,
  role: z.enum(PARTY_ROLES),
  under18: z.boolean(),
  name: optional(TEXT_LIMITS.short),
  nickname: optional(TEXT_LIMITS.short),
  organisationalRole: z.enum(ORGANISATIONAL_ROLES).nullable(),
  unit: optional(TEXT_LIMITS.short),
  email: optional(254),
  phone: optional(30),
  contactPerson: z.enum(CONTACT_PERSON_ROLES).nullable(),
  description: optional(TEXT_LIMITS.medium),
  createdAt: instant,
  updatedAt: instant,
});

const noteText = {
  kind: z.enum(NOTE_KINDS),
  noteDate: date,
  title: optional(TEXT_LIMITS.short),
  body: text(TEXT_LIMITS.note),
  editReason: optional(TEXT_LIMITS.medium),
};

const note = z.strictObject({
  ...noteText,
  version: z.int().positive(),
  createdAt: instant,
  updatedAt: instant,
  earlierVersions: z
    .array(z.strictObject({ version: z.int().positive(), ...noteText, writtenAt: instant }))
    .describe('Every earlier text, oldest first: versions 1 to version - 1'),
});

const conversation = z.strictObject({
  status: z.enum(CONVERSATION_STATUSES),
  date: date.nullable(),
  note: optional(TEXT_LIMITS.medium),
  createdAt: instant,
  updatedAt: instant,
});

/** A consent as format versions 1 and 2 wrote it: without its consultation scope. */
export const consentWithoutConsultationScope = z.strictObject({
  action: z.enum(CONSENT_ACTIONS),
  otherAction: optional(TEXT_LIMITS.short),
  decision: z.enum(CONSENT_DECISIONS),
  form: z.enum(CONSENT_FORMS),
  decidedOn: date,
  scope: optional(TEXT_LIMITS.medium),
  recordedAt: instant,
});

const consent = consentWithoutConsultationScope.extend({
  consultationScope: z
    .enum(CONSULTATION_SCOPES)
    .nullable()
    .describe('For a granted tell_other_contact_person: what a consultation package may hold; otherwise null'),
});

const actionTaken = z.strictObject({
  action: z.enum(CONSENT_ACTIONS),
  otherAction: optional(TEXT_LIMITS.short),
  takenOn: date,
  overrideReason: optional(TEXT_LIMITS.medium),
  recordedAt: instant,
});

const severityAssessment = z.strictObject({
  assessedOn: date,
  extent: z.enum(EXTENTS),
  affectedCount: z.int().min(1),
  factors: distinct(SEVERITY_FACTORS),
  suggestedLevel: z.literal(SEVERITY_LEVELS),
  chosenLevel: z.literal(SEVERITY_LEVELS),
  steps: distinct(SEVERITY_STEPS),
  rationale: optional(TEXT_LIMITS.medium),
  createdAt: instant,
});

const task = z.strictObject({
  title: text(TEXT_LIMITS.short),
  dueDate: date.nullable(),
  doneOn: date.nullable(),
  createdAt: instant,
  updatedAt: instant,
});

const attachment = z.strictObject({
  id: localId,
  fileName: text(TEXT_LIMITS.short),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  size: z.int().min(1).max(ATTACHMENT_MAX_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  description: optional(TEXT_LIMITS.medium),
  addedAt: instant,
  contentBase64: z.base64().describe('The file itself, standard base64'),
});

/** An agreement version as format version 1 wrote it: without its status history and signature record. */
export const agreementWithoutLedgers = z.strictObject({
  version: z.int().positive(),
  status: z.enum(AGREEMENT_STATUSES),
  affectedPartyId: localId.nullable(),
  contactPersons: distinct(CONTACT_PERSON_ROLES),
  wishes: optional(TEXT_LIMITS.long),
  disclosure: optional(TEXT_LIMITS.long),
  otherPartyInvolvement: optional(TEXT_LIMITS.long),
  supportOffered: distinct(SUPPORT_OFFERS),
  nextSteps: z.array(z.strictObject({ description: text(TEXT_LIMITS.medium), dueDate: date.nullable() })),
  signedOn: date.nullable(),
  signedCopyAttachmentId: localId.nullable(),
  createdAt: instant,
  updatedAt: instant,
});

const agreementStatusChange = z.strictObject({
  from: z.enum(AGREEMENT_STATUSES).nullable().describe('null for the change that created the version'),
  to: z.enum(AGREEMENT_STATUSES),
  reason: optional(TEXT_LIMITS.medium),
  changedAt: instant,
});

const agreementSignature = z.strictObject({
  signedBy: z.array(text(TEXT_LIMITS.short)).min(1).max(MAX_SIGNERS),
  form: z.enum(CONSENT_FORMS),
  recordedAt: instant,
});

const agreement = agreementWithoutLedgers.extend({
  statusHistory: z
    .array(agreementStatusChange)
    .describe('Every status change of this version, oldest first; empty for a version that came from format version 1'),
  signature: agreementSignature
    .nullable()
    .describe('Who signed and whether orally or in writing; the date is signedOn. Only on a version with a signedOn'),
});

const learningPoint = z.strictObject({
  reportYear: z.int().min(2000).max(9999),
  text: text(TEXT_LIMITS.medium),
  createdAt: instant,
  updatedAt: instant,
});

export const exportedCaseSchema = z.strictObject({
  reference: z.string().refine((value) => parseCaseReference(value) !== null, { message: 'Expected a reference like 2026-007' }),
  receivedDate: date,
  channel: z.enum(CHANNELS),
  reporterKind: z.enum(REPORTER_KINDS).nullable(),
  category: categoryKeySchema.nullable(),
  context: z.enum(CONTEXTS).nullable(),
  summary: optional(TEXT_LIMITS.medium),
  status: z.enum(CASE_STATUSES),
  closedDate: date.nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  createdAt: instant,
  updatedAt: instant,
  statusHistory: z.array(statusChange),
  parties: z.array(party),
  notes: z.array(note),
  conversations: z.array(conversation),
  consents: z.array(consent).describe('The consent ledger in recording order'),
  actionsTaken: z.array(actionTaken),
  severityAssessments: z.array(severityAssessment),
  tasks: z.array(task),
  attachments: z.array(attachment),
  agreements: z.array(agreement),
  learningPoints: z.array(learningPoint),
});
export type ExportedCase = z.output<typeof exportedCaseSchema>;
export type ExportedLearningPoint = z.output<typeof learningPoint>;

export const exportDocumentSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    exportedAt: instant,
    scope: z.enum(['case', 'vault']).describe('One case, or the whole vault'),
    settings: vaultSettingsSchema.nullable().describe('The vault settings; null when one case is exported'),
    cases: z.array(exportedCaseSchema),
    learningPoints: z.array(learningPoint).describe('Learning points for a year rather than a case'),
  })
  .describe('A Fortrolig export: case records as plain, unencrypted JSON');
export type ExportDocument = z.output<typeof exportDocumentSchema>;
