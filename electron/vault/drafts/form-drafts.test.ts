import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FormDraftKey, NoteDraft } from '../../../shared/contract/drafts';
import { conversationCreateInputSchema } from '../../../shared/domain/schemas/conversation';
import { noteCreateInputSchema } from '../../../shared/domain/schemas/note';
import { openVaultDatabase } from '../db/open-database';
import { deleteCase } from '../records/case-deletion';
import { createConversation, removeConversation } from '../records/conversations';
import { createNote } from '../records/notes';
import { appErrorOf } from '../records/testing/app-error';
import { decryptedFileBytes } from '../records/testing/plaintext-copy';
import { newCase, useRecordsVault } from '../records/testing/records-vault';
import { discardFormDraft, getFormDraft, listNoteDrafts, saveFormDraft } from './form-drafts';
import { lastPlace, rememberPlace } from './workspace-place';

const vault = useRecordsVault();

const noteDraft = (body: string, overrides: Partial<NoteDraft> = {}): NoteDraft => ({
  kind: 'conversation',
  noteDate: '2026-03-04',
  title: '',
  body,
  editReason: '',
  basedOnVersion: null,
  ...overrides,
});

/** Distinctive ASCII first, so a match is found whatever the encoding did to the rest. */
const SECRET = 'Qzxvbrk Kastanjeallé';

const contains = (bytes: Buffer, text: string) => bytes.toString('utf8').includes(text) || bytes.toString('latin1').includes(text);

function addNote(caseId: number) {
  return createNote(vault.db(), noteCreateInputSchema.parse({ caseId, kind: 'phone', noteDate: '2026-03-03', body: 'Første opkald.' }));
}

describe('form drafts', () => {
  it('keeps each form’s values exactly as typed, apart per form, case and record, and replaces them on the next save', () => {
    const db = vault.db();
    const first = newCase(db);
    const second = newCase(db);
    const note = addNote(first.id);
    const typed = '  Hun fortalte om festen i Århus …\n\n';
    const newTask: FormDraftKey = { form: 'task', caseId: first.id, target: null };
    const agreementValues = { wishes: typed, contactPersons: ['chair'], supportOffered: [], affectedPartyId: null, nextSteps: [{ text: 'x', due: '' }] };

    saveFormDraft(db, newTask, { title: 'Begyndelse', dueDate: null });
    saveFormDraft(db, newTask, { title: typed, dueDate: '2026-04-01' });
    saveFormDraft(db, { form: 'agreement', caseId: first.id, target: null }, agreementValues);
    saveFormDraft(db, { form: 'note', caseId: first.id, target: note.id }, noteDraft('Rettet', { basedOnVersion: 1 }));
    saveFormDraft(db, { form: 'intake', caseId: null, target: null }, { summary: typed, receivedDate: '2026-03-05' });

    expect(getFormDraft(db, newTask)).toMatchObject({ key: newTask, values: { title: typed, dueDate: '2026-04-01' } });
    expect(getFormDraft(db, { form: 'agreement', caseId: first.id, target: null })?.values).toEqual(agreementValues);
    expect(getFormDraft(db, { form: 'note', caseId: first.id, target: note.id })?.values).toMatchObject({ basedOnVersion: 1 });
    expect(getFormDraft(db, { form: 'intake', caseId: null, target: null })?.values).toEqual({ summary: typed, receivedDate: '2026-03-05' });
    expect(getFormDraft(db, { form: 'task', caseId: second.id, target: null })).toBeNull();
    expect(getFormDraft(db, { form: 'conversation', caseId: first.id, target: null })).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM form_drafts').get()).toEqual({ n: 4 });
  });

  it('survives closing and reopening the vault, and is never in the file unencrypted', () => {
    const db = vault.db();
    const { id } = newCase(db);
    const key: FormDraftKey = { form: 'consent', caseId: id, target: null };
    saveFormDraft(db, key, { scope: SECRET, decision: 'granted' });
    db.pragma('wal_checkpoint(TRUNCATE)');
    for (const raw of [vault.file(), `${vault.file()}-wal`].filter((name) => fs.existsSync(name))) {
      expect(contains(fs.readFileSync(raw), SECRET)).toBe(false);
    }
    // The check above means something: decrypted, the file does hold the draft.
    expect(contains(decryptedFileBytes(vault.file(), vault.key()), SECRET)).toBe(true);
    db.close();

    const reopened = openVaultDatabase(vault.file(), vault.key(), { mode: 'open' });
    try {
      expect(getFormDraft(reopened, key)?.values).toEqual({ scope: SECRET, decision: 'granted' });
    } finally {
      reopened.close();
    }
  });

  it('is gone once discarded (twice is harmless), and leaves no page behind', () => {
    const db = vault.db();
    const { id } = newCase(db);
    const key: FormDraftKey = { form: 'severity', caseId: id, target: null };
    saveFormDraft(db, key, { rationale: SECRET });
    discardFormDraft(db, key);
    discardFormDraft(db, key);
    expect(getFormDraft(db, key)).toBeNull();
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(contains(decryptedFileBytes(vault.file(), vault.key()), SECRET)).toBe(false);
  });

  it('leaves no draft of a deleted case behind, in the table or the decrypted file', () => {
    const db = vault.db();
    const kept = newCase(db);
    const deleted = newCase(db);
    saveFormDraft(db, { form: 'note', caseId: deleted.id, target: null }, noteDraft(SECRET));
    saveFormDraft(db, { form: 'learning-point', caseId: deleted.id, target: null }, { text: SECRET, reportYear: 2026 });
    saveFormDraft(db, { form: 'note', caseId: kept.id, target: null }, noteDraft('Bliver'));

    deleteCase(db, { caseId: deleted.id, confirm: true });
    // Checked before any draft read, which would also tidy up: the deletion itself removes them.
    expect(db.prepare('SELECT case_id AS caseId FROM form_drafts').all()).toEqual([{ caseId: kept.id }]);
    expect(listNoteDrafts(db).map((summary) => summary.caseId)).toEqual([kept.id]);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(contains(decryptedFileBytes(vault.file(), vault.key()), SECRET)).toBe(false);
  });

  it('drops the draft of a record removed since, and lists only note drafts, newest first', () => {
    const db = vault.db();
    const c = newCase(db);
    const note = addNote(c.id);
    const conversation = createConversation(db, conversationCreateInputSchema.parse({ caseId: c.id, status: 'offered' }));
    saveFormDraft(db, { form: 'conversation', caseId: c.id, target: conversation.id }, { note: 'Ændret', status: 'offered' });
    saveFormDraft(db, { form: 'note', caseId: c.id, target: null }, noteDraft('Nyt'));
    saveFormDraft(db, { form: 'note', caseId: c.id, target: note.id }, noteDraft('Rettet'));
    saveFormDraft(db, { form: 'task', caseId: c.id, target: null }, { title: 'Ring' });

    removeConversation(db, conversation.id);
    expect(getFormDraft(db, { form: 'conversation', caseId: c.id, target: conversation.id })).toBeNull();
    expect(listNoteDrafts(db).map(({ noteId, reference }) => [reference, noteId])).toEqual([
      [c.reference, note.id],
      [c.reference, null],
    ]);
  });

  it('refuses a missing case, a record of another case, a target on a form that only makes new records, and a note draft of other fields', () => {
    const db = vault.db();
    const first = newCase(db);
    const second = newCase(db);
    const note = addNote(first.id);
    expect(appErrorOf(() => saveFormDraft(db, { form: 'task', caseId: 999, target: null }, { title: 'x' })).code).toBe('NOT_FOUND');
    expect(appErrorOf(() => saveFormDraft(db, { form: 'note', caseId: first.id, target: 999 }, noteDraft('x'))).code).toBe('NOT_FOUND');
    const wrongCase = appErrorOf(() => saveFormDraft(db, { form: 'note', caseId: second.id, target: note.id }, noteDraft('x')));
    expect(wrongCase).toMatchObject({ code: 'INVALID_INPUT', details: { issues: [{ path: 'target', code: 'wrong_case' }] } });
    expect(appErrorOf(() => saveFormDraft(db, { form: 'severity', caseId: first.id, target: 1 }, {})).code).toBe('INVALID_INPUT');
    expect(appErrorOf(() => saveFormDraft(db, { form: 'note', caseId: first.id, target: null }, { body: 42 })).code).toBe('INVALID_INPUT');
    expect(db.prepare('SELECT count(*) AS n FROM form_drafts').get()).toEqual({ n: 0 });
  });

  it('reports a note draft changed outside the app instead of dropping it', () => {
    const db = vault.db();
    const { id } = newCase(db);
    db.prepare(`INSERT INTO form_drafts (form, case_id, target, draft, saved_at) VALUES ('note', ?, NULL, '{"body":42}', 'x')`).run(id);
    expect(appErrorOf(() => getFormDraft(db, { form: 'note', caseId: id, target: null })).code).toBe('VAULT_CORRUPT');
    expect(db.prepare('SELECT count(*) AS n FROM form_drafts').get()).toEqual({ n: 1 });
  });
});

describe('the place to return to', () => {
  it('remembers the last screen and open form across a reopen, and ignores a malformed one', () => {
    const db = vault.db();
    const { id } = newCase(db);
    expect(lastPlace(db)).toBeNull();
    rememberPlace(db, { path: `/cases/${id}/journal`, form: null });
    rememberPlace(db, { path: `/cases/${id}/tasks`, form: { form: 'task', caseId: id, target: null } });
    db.close();
    const reopened = openVaultDatabase(vault.file(), vault.key(), { mode: 'open' });
    try {
      expect(lastPlace(reopened)).toEqual({ path: `/cases/${id}/tasks`, form: { form: 'task', caseId: id, target: null } });
      reopened.prepare(`UPDATE settings SET value = '{"path":"javascript:alert(1)"}' WHERE key = 'workspace:place'`).run();
      expect(lastPlace(reopened)).toBeNull();
    } finally {
      reopened.close();
    }
  });
});
