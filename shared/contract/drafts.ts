import { z } from 'zod';
import { TEXT_LIMITS, idSchema } from '../domain/schemas/common';
import { NOTE_KINDS } from '../domain/vocabulary';
import { method } from './define';

/**
 * What is being typed into any form with free text, kept encrypted in the vault so that no
 * text is lost to the idle lock, a crash or a wrong click. A draft holds the form's values
 * exactly as typed (not trimmed, possibly incomplete); the record's own schema judges them
 * only when the form is saved.
 */
export const FORM_DRAFT_KINDS = [
  'note',
  'intake',
  'agreement',
  'consent',
  'learning-point',
  'severity',
  'conversation',
  'task',
  /** The case's own facts and summary, edited on the overview. */
  'case-facts',
  /** "Registrér noget, du har gjort", with its reason for acting without consent. */
  'consent-action',
] as const;
export type FormDraftKind = (typeof FORM_DRAFT_KINDS)[number];

/** One form: its kind, the case (none only for the intake) and the record edited (none for a new one). */
export const formDraftKeySchema = z
  .strictObject({
    form: z.enum(FORM_DRAFT_KINDS),
    caseId: idSchema.nullable(),
    target: idSchema.nullable(),
  })
  .refine((key) => (key.form === 'intake') === (key.caseId === null), { path: ['caseId'], message: 'Only the intake has no case' });
export type FormDraftKey = z.output<typeof formDraftKeySchema>;

/** Room for the largest form (an agreement's long sections, a journal note) with its other fields. */
export const FORM_DRAFT_MAX_CHARS = 300_000;

/** A form's values as react-hook-form holds them: plain JSON, nothing else. */
export const formDraftValuesSchema = z
  .record(z.string().max(100), z.json())
  .refine((values) => JSON.stringify(values).length <= FORM_DRAFT_MAX_CHARS, { message: 'The draft is too long' });
export type FormDraftValues = z.output<typeof formDraftValuesSchema>;

export const formDraftSaveInputSchema = z.strictObject({ key: formDraftKeySchema, values: formDraftValuesSchema });

export interface FormDraftRecord {
  key: FormDraftKey;
  values: FormDraftValues;
  /** ISO 8601 instant (UTC). */
  savedAt: string;
}

/** A note draft's fields, checked when read back: the note editor relies on their shape. */
export const noteDraftSchema = z.strictObject({
  kind: z.enum(NOTE_KINDS),
  /** As the date field holds it: empty or YYYY-MM-DD. */
  noteDate: z.string().max(10),
  title: z.string().max(TEXT_LIMITS.short),
  body: z.string().max(TEXT_LIMITS.note),
  editReason: z.string().max(TEXT_LIMITS.medium),
  /** For an edit, the version it began from, so a stale draft is noticed when saved. */
  basedOnVersion: z.number().int().positive().nullable(),
});
export type NoteDraft = z.output<typeof noteDraftSchema>;

/** Where a note draft waits, without its text: enough to lead the person back to it. */
export interface NoteDraftSummary {
  caseId: number;
  /** The note being edited, or null for a new note. */
  noteId: number | null;
  reference: string;
  savedAt: string;
}

/**
 * Where the person was: the screen's address and the form open on it. Kept in the vault
 * (the renderer forgets everything on lock) so unlocking leads back to it. An address
 * names a screen and a record number, never case content.
 */
export const workspacePlaceSchema = z.strictObject({
  path: z.string().regex(/^\/[A-Za-z0-9/_-]{0,199}$/),
  form: formDraftKeySchema.nullable(),
});
export type WorkspacePlace = z.output<typeof workspacePlaceSchema>;

export const draftMethods = {
  'drafts.get': method(formDraftKeySchema).returns<FormDraftRecord | null>(),
  /** Replaces the draft of this form; NOT_FOUND when its case or record is gone. */
  'drafts.save': method(formDraftSaveInputSchema).returns<{ savedAt: string }>(),
  'drafts.discard': method(formDraftKeySchema).returns<null>(),
  /** Note drafts waiting, newest first, without their text. */
  'drafts.list': method(z.undefined()).returns<NoteDraftSummary[]>(),
  'drafts.rememberPlace': method(workspacePlaceSchema).returns<null>(),
  'drafts.lastPlace': method(z.undefined()).returns<WorkspacePlace | null>(),
};
