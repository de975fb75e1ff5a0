import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import type { Language } from '../../../shared/domain/vocabulary';
import { call } from './bridge';

const AGREEMENTS_KEY = ['agreements'] as const;

export const agreementKeys = {
  list: (caseId: number) => [...AGREEMENTS_KEY, 'list', caseId] as const,
  detail: (id: number) => [...AGREEMENTS_KEY, 'detail', id] as const,
  caseContext: (caseId: number) => [...AGREEMENTS_KEY, 'case-context', caseId] as const,
  printDocument: (id: number, language: Language) => [...AGREEMENTS_KEY, 'print', id, language] as const,
  templates: () => [...AGREEMENTS_KEY, 'templates'] as const,
};

export function useAgreementList(caseId: number) {
  return useQuery({ queryKey: agreementKeys.list(caseId), queryFn: () => call('agreements.list', { caseId }) });
}

export function useAgreement(id: number) {
  return useQuery({ queryKey: agreementKeys.detail(id), queryFn: () => call('agreements.get', { id }) });
}

/** Waits for the case id when it comes from another query (an agreement's case). */
export function useAgreementCaseContext(caseId: number | undefined) {
  return useQuery({
    queryKey: agreementKeys.caseContext(caseId ?? 0),
    queryFn: () => call('agreements.caseContext', { caseId: caseId ?? 0 }),
    enabled: caseId !== undefined,
  });
}

export function useAgreementPrintDocument(id: number, language: Language) {
  return useQuery({
    queryKey: agreementKeys.printDocument(id, language),
    queryFn: () => call('agreements.printDocument', { id, language }),
    // The print view must show what is stored now, never a cached older text.
    staleTime: 0,
  });
}

export function useAgreementTemplates() {
  return useQuery({ queryKey: agreementKeys.templates(), queryFn: () => call('agreementTemplates.get') });
}

/**
 * A change to an agreement can change every version of the case (superseding, the version
 * list) and the case page (its agreements and bilag), so both are refetched.
 */
function useInvalidateAgreements() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: AGREEMENTS_KEY }), client.invalidateQueries({ queryKey: ['cases'] })]);
}

export function useCreateAgreement() {
  const invalidate = useInvalidateAgreements();
  return useMutation({ mutationFn: (input: InputOf<'agreements.create'>) => call('agreements.create', input), onSuccess: invalidate });
}

export function useUpdateAgreement() {
  const invalidate = useInvalidateAgreements();
  return useMutation({ mutationFn: (input: InputOf<'agreements.update'>) => call('agreements.update', input), onSuccess: invalidate });
}

export function useReviseAgreement() {
  const invalidate = useInvalidateAgreements();
  return useMutation({ mutationFn: (id: number) => call('agreements.revise', { id }), onSuccess: invalidate });
}

export function useTransitionAgreement() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: (input: InputOf<'agreements.transition'>) => call('agreements.transition', input),
    onSuccess: invalidate,
  });
}

export function useSignAgreement() {
  const invalidate = useInvalidateAgreements();
  return useMutation({ mutationFn: (input: InputOf<'agreements.sign'>) => call('agreements.sign', input), onSuccess: invalidate });
}

export function useAttachSignedCopy() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: (input: InputOf<'agreements.attachSignedCopy'>) => call('agreements.attachSignedCopy', input),
    onSuccess: invalidate,
  });
}

/** Exports change nothing stored, so nothing is refetched. */
export function useExportAgreementDocx() {
  return useMutation({ mutationFn: (input: InputOf<'agreements.exportDocx'>) => call('agreements.exportDocx', input) });
}

export function usePrintAgreement() {
  return useMutation({ mutationFn: (id: number) => call('agreements.print', { id }) });
}

export function useSaveAgreementPdf() {
  return useMutation({ mutationFn: (input: InputOf<'agreements.savePdf'>) => call('agreements.savePdf', input) });
}

export function useUpdateAgreementTemplates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'agreementTemplates.update'>) => call('agreementTemplates.update', input),
    onSuccess: (settings) => client.setQueryData(agreementKeys.templates(), settings),
  });
}
