import { describe, expect, it } from 'vitest';
import { conversationCreateInputSchema, conversationUpdateInputSchema } from '../../../shared/domain/schemas/conversation';
import { createConversation, listConversations, removeConversation, updateConversation } from './conversations';
import { appErrorOf } from './testing/app-error';
import { newCase, useRecordsVault } from './testing/records-vault';

const { db } = useRecordsVault();

describe('conversations', () => {
  it('records an offer without a date and plans it later with one', () => {
    const created = newCase(db());
    const offered = createConversation(db(), conversationCreateInputSchema.parse({ caseId: created.id, status: 'offered' }));
    const planned = updateConversation(db(), conversationUpdateInputSchema.parse({ id: offered.id, status: 'planned', date: '2026-03-20' }));
    expect(planned).toMatchObject({ status: 'planned', date: '2026-03-20', note: null });
  });

  it('refuses a planned or held conversation without a date, judged on the record after the change', () => {
    const created = newCase(db());
    const offered = createConversation(db(), conversationCreateInputSchema.parse({ caseId: created.id, status: 'offered' }));
    const error = appErrorOf(() => updateConversation(db(), conversationUpdateInputSchema.parse({ id: offered.id, status: 'held' })));
    expect(error.details).toEqual({ issues: [{ path: 'date', code: 'date_required' }] });
    removeConversation(db(), offered.id);
    expect(listConversations(db(), created.id)).toEqual([]);
  });
});
