import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import { CASE_LIST_MAX_LIMIT } from '../../../shared/domain/schemas/case-view';
import { call } from './bridge';
import { caseKeys, useCaseChange, useInvalidateCaseData } from './case-data';

/** Every case, open ones first (the engine's order); a vault holds a few dozen, not thousands. */
export function useCaseList() {
  return useQuery({ queryKey: caseKeys.list, queryFn: () => call('cases.list', { limit: CASE_LIST_MAX_LIMIT }) });
}

/** One case with every section. Opening it is audited as a view by the engine. */
export function useCase(caseId: number) {
  return useQuery({ queryKey: caseKeys.detail(caseId), queryFn: () => call('cases.get', { caseId }) });
}

export function useOverdueTasks() {
  return useQuery({ queryKey: caseKeys.overdueTasks, queryFn: () => call('tasks.overdue') });
}

export function usePastRetention() {
  return useQuery({ queryKey: caseKeys.pastRetention, queryFn: () => call('cases.pastRetention') });
}

export const useCreateCase = () => useCaseChange('cases.create');
export const useUpdateCase = () => useCaseChange('cases.update');
export const useTransitionCase = () => useCaseChange('cases.transition');

/** The reference of the case just deleted, for the list to confirm it; dropped with every other answer on lock. */
const DELETED_CASE_KEY = ['cases', 'justDeleted'] as const;

export function useJustDeletedCase(): { reference: string | undefined; dismiss: () => void } {
  const client = useQueryClient();
  const deleted = useQuery({ queryKey: DELETED_CASE_KEY, queryFn: () => null as string | null, enabled: false, staleTime: Infinity });
  return { reference: deleted.data ?? undefined, dismiss: () => client.removeQueries({ queryKey: DELETED_CASE_KEY }) };
}

/**
 * Deleting drops the case's cached detail at once (it no longer exists, and refetching it
 * would only fail) and the list of waiting drafts, which the deletion emptied of the case's.
 */
export function useDeleteCase() {
  const client = useQueryClient();
  const invalidate = useInvalidateCaseData();
  return useMutation({
    // The deletion removes the case's drafts of every form in the same transaction.
    mutationFn: (input: InputOf<'cases.delete'>) => call('cases.delete', input),
    onSuccess: async ({ reference }, input) => {
      client.removeQueries({ queryKey: caseKeys.detail(input.caseId) });
      client.setQueryData(DELETED_CASE_KEY, reference);
      await Promise.all([invalidate(), client.invalidateQueries({ queryKey: caseKeys.drafts })]);
    },
  });
}
