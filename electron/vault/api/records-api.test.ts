import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { useTestRouter } from './testing/test-router';

/*
 * The records methods through the real contract and router, as the renderer calls them:
 * input validated by the contract's schemas, errors as data, files only through the
 * dialogs main opens.
 */

let dialogAnswer: string | null;
const answer = async () => dialogAnswer;
// Records never print (printing belongs to the documents), so the default printer will do.
const { tempDir, session, call, value } = useTestRouter({
  dialogs: { chooseFolder: answer, chooseSaveFile: answer, chooseOpenFile: answer },
});

beforeEach(() => {
  dialogAnswer = null;
});

const newCase = () => value<{ id: number; reference: string }>('cases.create', { receivedDate: '2026-03-02', channel: 'phone' });

describe('records over the contract', () => {
  it('answers invalid input with INVALID_INPUT naming the paths, before any handler runs', async () => {
    const result = await call('cases.create', { receivedDate: '2026-02-30', channel: 'pigeon', extra: 1 });
    expect(result.ok).toBe(false);
    const paths = ((result as Extract<Result<unknown>, { ok: false }>).error.details?.issues as { path: string }[]).map((issue) => issue.path);
    expect(paths.sort()).toEqual(['(input)', 'channel', 'receivedDate']);
    expect((await value<{ total: number }>('cases.list')).total).toBe(0);
  });

  it('creates, opens, moves and searches a case', async () => {
    const created = await newCase();
    await value('notes.create', { caseId: created.id, kind: 'phone', noteDate: '2026-03-03', body: 'Opkald om episoden på Ærø.' });
    await value('cases.transition', { caseId: created.id, to: 'in_dialogue' });
    const detail = await value<{ case: { status: string }; notes: unknown[] }>('cases.get', { caseId: created.id });
    expect(detail.case.status).toBe('in_dialogue');
    expect(detail.notes).toHaveLength(1);
    const found = await value<{ hits: { reference: string }[] }>('search.query', { query: 'ærø' });
    expect(found.hits.map((hit) => hit.reference)).toEqual(['2026-001']);
  });

  it('carries CONSENT_REQUIRED and INVALID_TRANSITION across as data', async () => {
    const created = await newCase();
    expect(await call('consents.recordAction', { caseId: created.id, action: 'police_report', takenOn: '2026-03-04' })).toMatchObject({
      ok: false,
      error: { code: 'CONSENT_REQUIRED', details: { action: 'police_report', consentState: 'never_asked' } },
    });
    expect(await call('cases.transition', { caseId: created.id, to: 'follow_up' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', details: { reasons: ['transition_not_allowed'] } },
    });
  });

  it('deletes a case only with confirm: true', async () => {
    const created = await newCase();
    expect(await call('cases.delete', { caseId: created.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await value('cases.delete', { caseId: created.id, confirm: true })).toEqual({ reference: '2026-001' });
    expect(await call('cases.get', { caseId: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('adds a bilag from the file chosen in main, saves a copy where chosen, and answers null when cancelled', async () => {
    const created = await newCase();
    expect(await value('attachments.add', { caseId: created.id })).toBeNull();
    const source = path.join(tempDir(), 'aftale.pdf');
    fs.writeFileSync(source, '%PDF-1.7\nunderskrevet\n');
    dialogAnswer = source;
    const record = await value<{ id: number; fileName: string; mediaType: string }>('attachments.add', { caseId: created.id });
    expect(record).toMatchObject({ fileName: 'aftale.pdf', mediaType: 'application/pdf' });

    dialogAnswer = path.join(tempDir(), 'kopi.pdf');
    expect(await value('attachments.saveCopy', { id: record.id })).toEqual({ file: dialogAnswer });
    expect(fs.readFileSync(dialogAnswer, 'utf8')).toBe('%PDF-1.7\nunderskrevet\n');

    const executable = path.join(tempDir(), 'virus.pdf');
    fs.writeFileSync(executable, 'MZ\u0090\u0000');
    dialogAnswer = executable;
    expect(await call('attachments.add', { caseId: created.id })).toMatchObject({ ok: false, error: { code: 'FILE_TYPE_NOT_ALLOWED' } });
  });

  it('exports to the chosen file and imports it back as new cases', async () => {
    const created = await newCase();
    dialogAnswer = path.join(tempDir(), 'eksport.json');
    expect(await value('records.export', { caseId: created.id })).toEqual({ file: dialogAnswer, cases: 1 });
    expect(await value('records.import')).toMatchObject({ cases: 1, renumbered: [{ from: '2026-001', to: '2026-002' }] });
    expect((await value<{ total: number }>('cases.list')).total).toBe(2);
  });

  it('is VAULT_LOCKED once the vault is locked', async () => {
    session().lock('user');
    expect(await call('cases.list', undefined)).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await call('search.query', { query: 'x' })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
});
