import { z } from 'zod';
import type { IsoDate } from '../iso-date';
import {
  NOTE_KINDS,
  type NoteKind,
} from '../vocabulary';
import { TEXT_LIMITS, idSchema, isoDateSchema, optionalText, requiredText } from './common';

/** A journal entry (notat). Edits never overwrite: each keeps the earlier version. */
export const noteCreateInputSchema = z.strictObject({
  caseId: idSchema,
  kind: z.enum(NOTE_KINDS),
  noteDate: isoDateSchema,
  title: optionalText(TEXT_LIMITS.short).default(null),
  body: requiredText(TEXT_LIMITS.note),
});
export type NoteCreateInput = z.output<typeof noteCreateInputSchema>;

/**
 * An edit replaces the whole entry and names the version it was made from, so an edit
 * made on a stale copy is refused instead of silently discarding the newer text.
 */
export const noteEditInputSchema = z.strictObject({
  id: idSchema,
  basedOnVersion: z.number().int().positive(),
  kind: z.enum(NOTE_KINDS),
  noteDate: isoDateSchema,
  title: optionalText(TEXT_LIMITS.short).default(null),
  body: requiredText(TEXT_LIMITS.note),
  editReason: optionalText(TEXT_LIMITS.medium).default(null),
});
export type NoteEditInput = z.output<typeof noteEditInputSchema>;

export interface NoteRecord {
  id: number;
  caseId: number;
  kind: NoteKind;
  noteDate: IsoDate;
  title: string | null;
  body: string;
  /** 1 for the first text, one more for each edit. */
  version: number;
  /** Why the current version was written; null for the first. */
  editReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One text of a note as it was written, current or earlier. */
export interface NoteVersionRecord {
  noteId: number;
  version: number;
  kind: NoteKind;
  noteDate: IsoDate;
  title: string | null;
  body: string;
  editReason: string | null;
  writtenAt: string;
}
