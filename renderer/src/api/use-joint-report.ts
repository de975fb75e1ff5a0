import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { call } from './bridge';
import { reportKeys } from './use-report';

/* One learning document from both contact persons' vaults; each step is one `.age` file carried over by hand. */

export const jointReportKeys = {
  preview: ['report', 'joint', 'preview'] as const,
};

/** Under `reportKeys.all`, so every change to the report draft also refetches the joint document. */
export function useJointReportPreview() {
  return useQuery({ queryKey: jointReportKeys.preview, queryFn: () => call('jointReport.preview') });
}

/** Writes need no refetch of the joint document: what this vault holds is unchanged. */
export function useWriteContribution() {
  return useMutation({ mutationFn: (input: InputOf<'jointReport.contribution.write'>) => call('jointReport.contribution.write', input) });
}

export function useWriteApprovalRequest() {
  return useMutation({ mutationFn: (input: InputOf<'jointReport.approvalRequest.write'>) => call('jointReport.approvalRequest.write', input) });
}

export function useAnswerApprovalRequest() {
  return useMutation({ mutationFn: () => call('jointReport.approval.answer') });
}

/** Loading a contribution or an approval changes the joint document and what it may be saved as. */
function useJointLoad<M extends 'jointReport.contribution.load' | 'jointReport.approval.load'>(method: M) {
  const client = useQueryClient();
  const open = call as (method: M) => Promise<OutputOf<M>>;
  return useMutation({
    mutationFn: () => open(method),
    onSettled: () => client.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export const useLoadContribution = () => useJointLoad('jointReport.contribution.load');
export const useLoadApproval = () => useJointLoad('jointReport.approval.load');

/** Main asks where to save after checking both guards; null when the person cancels. */
export function useExportJointReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('jointReport.export'),
    onSettled: () => client.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
