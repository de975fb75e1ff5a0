import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { FormDraftKey, FormDraftValues } from '../../../shared/contract/drafts';
import { call } from './bridge';
import { caseKeys } from './case-data';

const draftKey = ({ form, caseId, target }: FormDraftKey) => [...caseKeys.drafts, form, caseId ?? 'none', target ?? 'new'] as const;

/** Notes begun and not yet saved, without their text. */
export function useDraftList() {
  return useQuery({ queryKey: [...caseKeys.drafts, 'list'], queryFn: () => call('drafts.list'), staleTime: 0 });
}

/** The draft waiting for this form, read fresh each time the form opens. */
export function useStoredDraft(key: FormDraftKey) {
  return useQuery({ queryKey: draftKey(key), queryFn: () => call('drafts.get', key), staleTime: 0, gcTime: 0 });
}

/**
 * Saving and discarding are plain calls rather than mutations: the autosaver orders them
 * itself, and their answers change nothing on screen except the list of waiting drafts.
 */
export function useDraftCalls() {
  const client = useQueryClient();
  const refreshList = useCallback(() => client.invalidateQueries({ queryKey: [...caseKeys.drafts, 'list'] }), [client]);
  const save = useCallback(
    async (key: FormDraftKey, values: FormDraftValues) => {
      const saved = await call('drafts.save', { key, values });
      await refreshList();
      return saved;
    },
    [refreshList],
  );
  const discard = useCallback(
    async (key: FormDraftKey) => {
      await call('drafts.discard', key);
      client.removeQueries({ queryKey: draftKey(key) });
      await refreshList();
    },
    [client, refreshList],
  );
  return { save, discard };
}
