import { discardFormDraft, getFormDraft, listNoteDrafts, saveFormDraft } from '../drafts/form-drafts';
import { lastPlace, rememberPlace } from '../drafts/workspace-place';
import type { HandlerModule } from './handler-types';

export const draftHandlers: HandlerModule<
  'drafts.get' | 'drafts.save' | 'drafts.discard' | 'drafts.list' | 'drafts.rememberPlace' | 'drafts.lastPlace'
> = {
  'drafts.get': (key, { vault }) => getFormDraft(vault.require().db, key),
  'drafts.save': ({ key, values }, { vault }) => saveFormDraft(vault.require().db, key, values),
  'drafts.discard': (key, { vault }) => {
    discardFormDraft(vault.require().db, key);
    return null;
  },
  'drafts.list': (_input, { vault }) => listNoteDrafts(vault.require().db),
  'drafts.rememberPlace': (place, { vault }) => {
    rememberPlace(vault.require().db, place);
    return null;
  },
  'drafts.lastPlace': (_input, { vault }) => lastPlace(vault.require().db),
};
