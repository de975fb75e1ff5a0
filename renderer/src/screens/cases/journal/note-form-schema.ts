import type { z } from 'zod';
import { noteDraftSchema, type NoteDraft } from '../../../../../shared/contract/drafts';
import { noteCreateInputSchema, noteEditInputSchema, type NoteRecord } from '../../../../../shared/domain/schemas/note';

/*
 * The note editor's values are a draft (the fields as typed); saving turns them into the
 * contract's create or edit input and validates that with the engine's own schema.
 */

export function emptyDraft(noteDate: string): NoteDraft {
  return { kind: 'conversation', noteDate, title: '', body: '', editReason: '', basedOnVersion: null };
}

export function draftOfNote(note: NoteRecord): NoteDraft {
  return { kind: note.kind, noteDate: note.noteDate, title: note.title ?? '', body: note.body, editReason: '', basedOnVersion: note.version };
}

/** Whether the draft holds anything the note does not: an empty new note or an unchanged edit is not worth keeping. */
export function isWorthKeeping(draft: NoteDraft, note: NoteRecord | undefined): boolean {
  if (!note) return draft.title.trim() !== '' || draft.body.trim() !== '';
  const original = draftOfNote(note);
  return (['kind', 'noteDate', 'title', 'body', 'editReason'] as const).some((field) => draft[field] !== original[field]);
}

export function createNoteSchema(caseId: number) {
  return noteDraftSchema
    .transform(({ kind, noteDate, title, body }): z.input<typeof noteCreateInputSchema> => ({ caseId, kind, noteDate, title, body }))
    .pipe(noteCreateInputSchema);
}

export function editNoteSchema(note: NoteRecord) {
  return noteDraftSchema
    .transform(({ kind, noteDate, title, body, editReason, basedOnVersion }): z.input<typeof noteEditInputSchema> => ({
      id: note.id,
      basedOnVersion: basedOnVersion ?? note.version,
      kind,
      noteDate,
      title,
      body,
      editReason,
    }))
    .pipe(noteEditInputSchema);
}

export type NoteFormOutput = z.output<ReturnType<typeof createNoteSchema>> | z.output<ReturnType<typeof editNoteSchema>>;
