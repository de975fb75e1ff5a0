import { describe, expect, test } from 'vitest';
import { TEXT_LIMITS } from './common';
import { noteCreateInputSchema, noteEditInputSchema } from './note';

const note = { caseId: 1, kind: 'conversation', noteDate: '2026-03-07', body: 'Samtale med den berørte.' };

describe('note', () => {
  test('a note needs a kind, a date and a body; the title is optional', () => {
    expect(noteCreateInputSchema.parse(note)).toEqual({ ...note, title: null });
  });

  test('refuses an empty body and an over-long one', () => {
    expect(noteCreateInputSchema.safeParse({ ...note, body: '  ' }).success).toBe(false);
    expect(noteCreateInputSchema.safeParse({ ...note, body: 'x'.repeat(TEXT_LIMITS.note + 1) }).success).toBe(false);
  });

  test('refuses an unknown kind', () => {
    expect(noteCreateInputSchema.safeParse({ ...note, kind: 'gossip' }).success).toBe(false);
  });

  test('an edit replaces the whole entry and names the version it started from', () => {
    const edit = { id: 4, basedOnVersion: 2, kind: 'phone', noteDate: '2026-03-08', body: 'Rettet tekst' };
    expect(noteEditInputSchema.parse(edit)).toEqual({ ...edit, title: null, editReason: null });
    expect(noteEditInputSchema.safeParse({ ...edit, basedOnVersion: undefined }).success).toBe(false);
    expect(noteEditInputSchema.safeParse({ ...edit, body: '' }).success).toBe(false);
  });
});
