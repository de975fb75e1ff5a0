import { todayIsoDate } from '../records/clock';
import { createConversation, removeConversation, updateConversation } from '../records/conversations';
import { createNote, editNote, noteHistory } from '../records/notes';
import { addParty, removeParty, updateParty } from '../records/parties';
import { createTask, listOverdueTasks, removeTask, updateTask } from '../records/tasks';
import type { HandlerModule } from './handler-types';

type CaseSectionMethod =
  | 'parties.add'
  | 'parties.update'
  | 'parties.remove'
  | 'notes.create'
  | 'notes.edit'
  | 'notes.history'
  | 'conversations.create'
  | 'conversations.update'
  | 'conversations.remove'
  | 'tasks.create'
  | 'tasks.update'
  | 'tasks.remove'
  | 'tasks.overdue';

export const caseSectionHandlers: HandlerModule<CaseSectionMethod> = {
  'parties.add': (input, { vault }) => addParty(vault.require().db, input),
  'parties.update': (input, { vault }) => updateParty(vault.require().db, input),
  'parties.remove': ({ id }, { vault }) => removeParty(vault.require().db, id),

  'notes.create': (input, { vault }) => createNote(vault.require().db, input),
  'notes.edit': (input, { vault }) => editNote(vault.require().db, input),
  'notes.history': ({ id }, { vault }) => noteHistory(vault.require().db, id),

  'conversations.create': (input, { vault }) => createConversation(vault.require().db, input),
  'conversations.update': (input, { vault }) => updateConversation(vault.require().db, input),
  'conversations.remove': ({ id }, { vault }) => {
    removeConversation(vault.require().db, id);
    return null;
  },

  'tasks.create': (input, { vault }) => createTask(vault.require().db, input),
  'tasks.update': (input, { vault }) => updateTask(vault.require().db, input),
  'tasks.remove': ({ id }, { vault }) => {
    removeTask(vault.require().db, id);
    return null;
  },
  'tasks.overdue': (_input, { vault }) => listOverdueTasks(vault.require().db, todayIsoDate()),
};
