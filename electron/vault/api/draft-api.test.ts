import { describe, expect, it } from 'vitest';
import { FORM_DRAFT_MAX_CHARS, type FormDraftRecord } from '../../../shared/contract/drafts';
import { useTestRouter } from './testing/test-router';

/* Form drafts and the place to return to, through the real contract and router. */

const { session, call, value } = useTestRouter();

const newCase = () => value<{ id: number; reference: string }>('cases.create', { receivedDate: '2026-03-02', channel: 'email' });

describe('form drafts over the contract', () => {
  it('saves, lists, reads and discards drafts, and answers VAULT_LOCKED once locked', async () => {
    const { id: caseId, reference } = await newCase();
    const note = { kind: 'conversation', noteDate: '', title: '', body: 'Halvt skrevet', editReason: '', basedOnVersion: null };
    const noteKey = { form: 'note', caseId, target: null };
    const { savedAt } = await value<{ savedAt: string }>('drafts.save', { key: noteKey, values: note });
    const agreementKey = { form: 'agreement', caseId, target: null };
    await value('drafts.save', { key: agreementKey, values: { wishes: 'At det stopper', nextSteps: [{ text: '', due: null }] } });
    expect(await value('drafts.list')).toEqual([{ caseId, noteId: null, reference, savedAt }]);
    expect(await value<FormDraftRecord>('drafts.get', noteKey)).toEqual({ key: noteKey, values: note, savedAt });
    expect(await value<FormDraftRecord>('drafts.get', agreementKey)).toMatchObject({ values: { wishes: 'At det stopper' } });

    await value('drafts.discard', noteKey);
    expect(await value('drafts.get', noteKey)).toBeNull();
    expect(await value('drafts.list')).toEqual([]);

    session().lock('idle');
    expect(await call('drafts.save', { key: noteKey, values: note })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await call('drafts.lastPlace')).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it('refuses a key that does not fit its form, values that are not plain JSON, and a draft too long to keep', async () => {
    const { id: caseId } = await newCase();
    const refused = [
      { key: { form: 'intake', caseId, target: null }, values: {} },
      { key: { form: 'task', caseId: null, target: null }, values: {} },
      { key: { form: 'gossip', caseId, target: null }, values: {} },
      { key: { form: 'task', caseId, target: null }, values: ['not', 'an', 'object'] },
      { key: { form: 'task', caseId, target: null }, values: { title: 'x'.repeat(FORM_DRAFT_MAX_CHARS) } },
      { key: { form: 'note', caseId, target: null }, values: { body: 'fields of something else' } },
    ];
    for (const input of refused) {
      expect(await call('drafts.save', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await call('drafts.save', { key: { form: 'task', caseId: caseId + 1, target: null }, values: {} })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('remembers the place across a lock and unlock, and refuses an address that is not a screen', async () => {
    const { id: caseId } = await newCase();
    const place = { path: `/cases/${caseId}/conversations`, form: { form: 'conversation', caseId, target: null } };
    expect(await value('drafts.lastPlace')).toBeNull();
    await value('drafts.rememberPlace', place);
    expect(await value('drafts.lastPlace')).toEqual(place);
    for (const path of ['cases/1', '/cases/1?q=Hansen', 'https://example.org/', `/${'a'.repeat(300)}`]) {
      expect(await call('drafts.rememberPlace', { path, form: null })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});
