import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import type { ReportDraft } from '../../../shared/contract/reports';
import { call } from './bridge';
import { caseKeys } from './case-data';

export const reportKeys = {
  all: ['report'] as const,
  draft: ['report', 'draft'] as const,
  preview: ['report', 'preview'] as const,
};

export function useReportDraft() {
  return useQuery({ queryKey: reportKeys.draft, queryFn: () => call('report.draft.get') });
}

/** The document and the guard's findings; the guard reads the whole vault, so this is computed on request. */
export function useReportPreview() {
  return useQuery({ queryKey: reportKeys.preview, queryFn: () => call('report.preview') });
}

/**
 * Whatever changes the draft changes the preview; learning points are also shown on
 * their cases, so those are refetched too.
 */
function useAfterDraftChange() {
  const client = useQueryClient();
  return async (draft?: ReportDraft) => {
    if (draft !== undefined) client.setQueryData(reportKeys.draft, draft);
    await Promise.all([
      draft === undefined ? client.invalidateQueries({ queryKey: reportKeys.draft }) : undefined,
      client.invalidateQueries({ queryKey: reportKeys.preview }),
      client.invalidateQueries({ queryKey: caseKeys.all }),
      client.invalidateQueries({ queryKey: caseKeys.learningPoints }),
    ]);
  };
}

type DraftMethod =
  | 'report.draft.update'
  | 'report.learningPoints.add'
  | 'report.learningPoints.include'
  | 'report.recommendations.add'
  | 'report.recommendations.update'
  | 'report.recommendations.remove';

function useDraftChange<M extends DraftMethod>(method: M) {
  const after = useAfterDraftChange();
  const send = call as (method: M, input: InputOf<M>) => Promise<ReportDraft>;
  return useMutation({ mutationFn: (input: InputOf<M>) => send(method, input), onSuccess: (draft) => after(draft) });
}

export const useUpdateReportDraft = () => useDraftChange('report.draft.update');
export const useAddReportLearningPoint = () => useDraftChange('report.learningPoints.add');
export const useIncludeLearningPoint = () => useDraftChange('report.learningPoints.include');
export const useAddRecommendation = () => useDraftChange('report.recommendations.add');
export const useUpdateRecommendation = () => useDraftChange('report.recommendations.update');
export const useRemoveRecommendation = () => useDraftChange('report.recommendations.remove');

/** A learning point is edited or removed through the records' methods; the draft is read again after. */
export function useEditReportLearningPoint() {
  const after = useAfterDraftChange();
  return useMutation({ mutationFn: (input: InputOf<'learningPoints.update'>) => call('learningPoints.update', input), onSuccess: () => after() });
}

export function useRemoveReportLearningPoint() {
  const after = useAfterDraftChange();
  return useMutation({ mutationFn: (input: InputOf<'learningPoints.remove'>) => call('learningPoints.remove', input), onSuccess: () => after() });
}

/** Main asks where to save after checking; null when the person cancels the save dialog. */
export function useExportReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('report.export'),
    // An export changes the default period; a refusal may come from texts changed meanwhile.
    onSettled: () => client.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
