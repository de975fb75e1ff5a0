import { useMutation } from '@tanstack/react-query';
import { call } from './bridge';
import { useCaseChange } from './case-data';

export const useAddAttachment = () => useCaseChange('attachments.add');
export const useRemoveAttachment = () => useCaseChange('attachments.remove');

/** Writes an unencrypted copy where the person chooses; nothing cached changes. */
export function useSaveAttachmentCopy() {
  return useMutation({ mutationFn: (id: number) => call('attachments.saveCopy', { id }) });
}
