import { discardNoteDraft, getNoteDraft, listNoteDrafts, saveNoteDraft } from '../drafts/note-drafts';
import type { HandlerModule } from './handler-types';

export const draftHandlers: HandlerModule<'drafts.get' | 'drafts.save' | 'drafts.discard' | 'drafts.list'> = {
  'drafts.get': (key, { vault }) => getNoteDraft(vault.require().db, key),
  'drafts.save': ({ draft, ...key }, { vault }) => saveNoteDraft(vault.require().db, key, draft),
  'drafts.discard': (key, { vault }) => {
    discardNoteDraft(vault.require().db, key);
    return null;
  },
  'drafts.list': (_input, { vault }) => listNoteDrafts(vault.require().db),
};
