import { z } from 'zod';
import { idInputSchema } from '../domain/schemas/common';
import {
  conversationCreateInputSchema,
  conversationUpdateInputSchema,
  type ConversationRecord,
} from '../domain/schemas/conversation';
import {
  noteCreateInputSchema,
  noteEditInputSchema,
  type NoteRecord,
  type NoteVersionRecord,
} from '../domain/schemas/note';
import {
  partyCreateInputSchema,
  partyUpdateInputSchema,
  type PartyChange,
  type PartyWarnings,
} from '../domain/schemas/party';
import {
  taskCreateInputSchema,
  taskUpdateInputSchema,
  type OverdueTask,
  type TaskRecord,
} from '../domain/schemas/task';
import { method } from './define';

/** The parts of a case the contact person writes as it goes: parties, journal, conversations, tasks. */
export const caseSectionMethods = {
  /** A changed party comes back with the case's power-relation and conflict-of-interest warnings. */
  'parties.add': method(partyCreateInputSchema).returns<PartyChange>(),
  'parties.update': method(partyUpdateInputSchema).returns<PartyChange>(),
  'parties.remove': method(idInputSchema).returns<PartyWarnings>(),

  'notes.create': method(noteCreateInputSchema).returns<NoteRecord>(),
  /** Keeps the text it replaces; refused when made from a stale version. */
  'notes.edit': method(noteEditInputSchema).returns<NoteRecord>(),
  /** Every text the note has had, oldest first. */
  'notes.history': method(idInputSchema).returns<NoteVersionRecord[]>(),

  'conversations.create': method(conversationCreateInputSchema).returns<ConversationRecord>(),
  'conversations.update': method(conversationUpdateInputSchema).returns<ConversationRecord>(),
  'conversations.remove': method(idInputSchema).returns<null>(),

  'tasks.create': method(taskCreateInputSchema).returns<TaskRecord>(),
  'tasks.update': method(taskUpdateInputSchema).returns<TaskRecord>(),
  'tasks.remove': method(idInputSchema).returns<null>(),
  /** Tasks past their due date and not done, across all cases. */
  'tasks.overdue': method(z.undefined()).returns<OverdueTask[]>(),
};
