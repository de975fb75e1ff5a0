import { z } from 'zod';
import { TEXT_LIMITS, idSchema } from '../domain/schemas/common';
import { NOTE_KINDS } from '../domain/vocabulary';
import { method } from './define';

/**
 * A note being written, kept encrypted in the vault so that no text is lost to a lock, a
 * crash or a wrong click. A draft holds the fields exactly as typed (not trimmed, possibly
 * incomplete); the note's own schema judges them only when the note is saved.
 */
export const noteDraftKeySchema = z.strictObject({
  caseId: idSchema,
  /** The note being edited, or null for a new note. */
  noteId: idSchema.nullable(),
});
export type NoteDraftKey = z.output<typeof noteDraftKeySchema>;

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

export const noteDraftSaveInputSchema = noteDraftKeySchema.extend({ draft: noteDraftSchema });

export interface NoteDraftRecord extends NoteDraftKey {
  draft: NoteDraft;
  /** ISO 8601 instant (UTC). */
  savedAt: string;
}

/** Where a draft waits, without its text: enough to lead the person back to it. */
export interface NoteDraftSummary extends NoteDraftKey {
  reference: string;
  savedAt: string;
}

export const draftMethods = {
  'drafts.get': method(noteDraftKeySchema).returns<NoteDraftRecord | null>(),
  /** Replaces the draft for this case and note; NOT_FOUND when the case or note is gone. */
  'drafts.save': method(noteDraftSaveInputSchema).returns<{ savedAt: string }>(),
  'drafts.discard': method(noteDraftKeySchema).returns<null>(),
  'drafts.list': method(z.undefined()).returns<NoteDraftSummary[]>(),
};
