import { useQuery } from '@tanstack/react-query';
import { call } from './bridge';
import { useCaseChange } from './case-data';

/* The parts of a case written as it goes: parties, journal, conversations, tasks. */

export const useAddParty = () => useCaseChange('parties.add');
export const useUpdateParty = () => useCaseChange('parties.update');
export const useRemoveParty = () => useCaseChange('parties.remove');

export const useCreateNote = () => useCaseChange('notes.create');
export const useEditNote = () => useCaseChange('notes.edit');

/** Every text a note has had; reading it is audited, so only the history view asks for it. */
export function useNoteHistory(noteId: number) {
  return useQuery({ queryKey: ['cases', 'noteHistory', noteId], queryFn: () => call('notes.history', { id: noteId }) });
}

export const useCreateConversation = () => useCaseChange('conversations.create');
export const useUpdateConversation = () => useCaseChange('conversations.update');
export const useRemoveConversation = () => useCaseChange('conversations.remove');

export const useCreateTask = () => useCaseChange('tasks.create');
export const useUpdateTask = () => useCaseChange('tasks.update');
export const useRemoveTask = () => useCaseChange('tasks.remove');
