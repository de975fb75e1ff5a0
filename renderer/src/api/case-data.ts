import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { call } from './bridge';

/** Query keys of everything a change to a case can alter. */
export const caseKeys = {
  all: ['cases'] as const,
  list: ['cases', 'list'] as const,
  detail: (caseId: number) => ['cases', 'detail', caseId] as const,
  pastRetention: ['cases', 'pastRetention'] as const,
  overdueTasks: ['tasks', 'overdue'] as const,
  search: ['search'] as const,
  /** Learning points listed outside a case (the learning document), which case changes can alter. */
  learningPoints: ['learningPoints'] as const,
  drafts: ['drafts'] as const,
};

/**
 * A change to a case can move it in the list, change its overdue tasks and what search
 * finds, so all of those are refetched; the case screen is always fresh after a change.
 */
export function useInvalidateCaseData(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await Promise.all(
      [caseKeys.all, caseKeys.overdueTasks, caseKeys.search, caseKeys.learningPoints].map((queryKey) =>
        client.invalidateQueries({ queryKey }),
      ),
    );
  };
}

/** A contract call that changes a case, refetching what it may have changed. */
export function useCaseChange<M extends MethodName>(method: M) {
  const invalidate = useInvalidateCaseData();
  const send = call as (method: M, input: InputOf<M>) => Promise<OutputOf<M>>;
  return useMutation({ mutationFn: (input: InputOf<M>) => send(method, input), onSuccess: invalidate });
}
