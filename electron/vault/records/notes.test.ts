import { describe, expect, it } from 'vitest';
import { noteCreateInputSchema, noteEditInputSchema } from '../../../shared/domain/schemas/note';
import { createNote, editNote, listNotes, noteHistory } from './notes';
import { appErrorOf } from './testing/app-error';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from './testing/records-vault';

const { db } = useRecordsVault();

function firstNote() {
  const created = newCase(db());
  return createNote(
    db(),
    noteCreateInputSchema.parse({ caseId: created.id, kind: 'conversation', noteDate: '2026-03-03', body: 'Første samtale.' }),
  );
}

const edit = (fields: Record<string, unknown>) =>
  editNote(db(), noteEditInputSchema.parse({ kind: 'conversation', noteDate: '2026-03-03', ...fields }));

describe('notes', () => {
  it('keeps every earlier version, with the time it was written, when a note is edited', () => {
    const note = firstNote();
    const second = edit({ id: note.id, basedOnVersion: 1, body: 'Første samtale, rettet.', editReason: 'Stavefejl' });
    const third = edit({ id: note.id, basedOnVersion: 2, body: 'Første samtale, rettet igen.', title: 'Samtale' });
    expect(second.version).toBe(2);
    expect(third).toMatchObject({ version: 3, body: 'Første samtale, rettet igen.', title: 'Samtale', editReason: null });

    const history = noteHistory(db(), note.id);
    expect(history.map(({ version, body, editReason }) => ({ version, body, editReason }))).toEqual([
      { version: 1, body: 'Første samtale.', editReason: null },
      { version: 2, body: 'Første samtale, rettet.', editReason: 'Stavefejl' },
      { version: 3, body: 'Første samtale, rettet igen.', editReason: null },
    ]);
    expect(history[0]?.writtenAt).toBe(note.createdAt);
    expect(history[1]?.writtenAt).toBe(second.updatedAt);
    expect(listNotes(db(), note.caseId)).toHaveLength(1);
  });

  it('refuses an edit made from a stale version, and one that changes nothing', () => {
    const note = firstNote();
    edit({ id: note.id, basedOnVersion: 1, body: 'Ny tekst.' });
    const stale = appErrorOf(() => edit({ id: note.id, basedOnVersion: 1, body: 'Anden tekst.' }));
    expect(stale.details).toEqual({ issues: [{ path: 'basedOnVersion', code: 'stale_version' }] });
    const same = appErrorOf(() => edit({ id: note.id, basedOnVersion: 2, body: 'Ny tekst.' }));
    expect(same.details).toEqual({ issues: [{ path: 'body', code: 'no_change' }] });
    expect(noteHistory(db(), note.id)).toHaveLength(2);
  });

  it('audits creating, editing and reading the history under the case reference', () => {
    const before = lastAuditSeq(db());
    const note = firstNote();
    edit({ id: note.id, basedOnVersion: 1, body: 'Ny tekst.' });
    noteHistory(db(), note.id);
    expect(auditTrail(db(), before)).toEqual([
      'case.create 2026-001',
      'note.create 2026-001',
      'note.edit 2026-001',
      'note.history_view 2026-001',
    ]);
  });

  it('keeps earlier versions append-only in the database', () => {
    const note = firstNote();
    edit({ id: note.id, basedOnVersion: 1, body: 'Ny tekst.' });
    expect(() => db().prepare("UPDATE note_versions SET body = 'omskrevet'").run()).toThrow(/append-only/);
    expect(() => db().prepare('DELETE FROM note_versions').run()).toThrow(/only with its case/);
  });
});
