import { describe, expect, it } from 'vitest';
import type { NoteDraft } from '../../../shared/contract/drafts';
import { noteCreateInputSchema } from '../../../shared/domain/schemas/note';
import { deleteCase } from '../records/case-deletion';
import { createNote } from '../records/notes';
import { newCase, useRecordsVault } from '../records/testing/records-vault';
import { discardNoteDraft, getNoteDraft, listNoteDrafts, saveNoteDraft } from './note-drafts';

const vault = useRecordsVault();

const draft = (body: string, overrides: Partial<NoteDraft> = {}): NoteDraft => ({
  kind: 'conversation',
  noteDate: '2026-03-04',
  title: '',
  body,
  editReason: '',
  basedOnVersion: null,
  ...overrides,
});

function addNote(caseId: number) {
  return createNote(vault.db(), noteCreateInputSchema.parse({ caseId, kind: 'phone', noteDate: '2026-03-03', body: 'Første opkald.' }));
}

describe('note drafts', () => {
  it('keeps the text exactly as typed, per case and note, and replaces it on the next save', () => {
    const db = vault.db();
    const first = newCase(db);
    const second = newCase(db);
    const note = addNote(first.id);
    const typed = '  Hun fortalte om festen i Århus …\n\n';

    saveNoteDraft(db, { caseId: first.id, noteId: null }, draft('Begyndelse'));
    saveNoteDraft(db, { caseId: first.id, noteId: null }, draft(typed));
    saveNoteDraft(db, { caseId: first.id, noteId: note.id }, draft('Rettet tekst', { basedOnVersion: 1, editReason: 'stavefejl' }));

    expect(getNoteDraft(db, { caseId: first.id, noteId: null })?.draft.body).toBe(typed);
    expect(getNoteDraft(db, { caseId: first.id, noteId: note.id })?.draft).toMatchObject({ basedOnVersion: 1, editReason: 'stavefejl' });
    expect(getNoteDraft(db, { caseId: second.id, noteId: null })).toBeNull();
    const waiting = listNoteDrafts(db).map(({ reference, noteId }) => [reference, noteId]);
    expect(waiting).toHaveLength(2);
    expect(waiting).toEqual(expect.arrayContaining([[first.reference, note.id], [first.reference, null]]));
  });

  it('is gone after discarding, and discarding twice is harmless', () => {
    const db = vault.db();
    const { id } = newCase(db);
    saveNoteDraft(db, { caseId: id, noteId: null }, draft('Kladde'));
    discardNoteDraft(db, { caseId: id, noteId: null });
    discardNoteDraft(db, { caseId: id, noteId: null });
    expect(getNoteDraft(db, { caseId: id, noteId: null })).toBeNull();
    expect(listNoteDrafts(db)).toEqual([]);
  });

  it('refuses a draft for a missing case or for a note of another case', () => {
    const db = vault.db();
    const first = newCase(db);
    const second = newCase(db);
    const note = addNote(first.id);
    expect(() => saveNoteDraft(db, { caseId: 999, noteId: null }, draft('x'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => saveNoteDraft(db, { caseId: second.id, noteId: note.id }, draft('x'))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('leaves no draft text of a deleted case behind', () => {
    const db = vault.db();
    const kept = newCase(db);
    const deleted = newCase(db);
    const secret = 'Hemmeligordet Kastanjeallé';
    saveNoteDraft(db, { caseId: deleted.id, noteId: null }, draft(secret));
    saveNoteDraft(db, { caseId: kept.id, noteId: null }, draft('Bliver'));

    deleteCase(db, { caseId: deleted.id, confirm: true });
    // Checked before any draft read, which would also tidy up: the deletion itself removes it.
    expect(db.prepare(`SELECT key FROM settings WHERE value LIKE ?`).all(`%${secret}%`)).toEqual([]);
    expect(listNoteDrafts(db).map((summary) => summary.caseId)).toEqual([kept.id]);
    expect(getNoteDraft(db, { caseId: deleted.id, noteId: null })).toBeNull();
  });

  it('reports a draft changed outside the app instead of dropping it', () => {
    const db = vault.db();
    const { id } = newCase(db);
    db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)`).run(
      `draft:note:${id}:new`,
      JSON.stringify({ caseId: id, noteId: null, draft: { body: 42 }, savedAt: 'x' }),
      'x',
    );
    expect(() => getNoteDraft(db, { caseId: id, noteId: null })).toThrow(expect.objectContaining({ code: 'VAULT_CORRUPT' }));
  });
});
