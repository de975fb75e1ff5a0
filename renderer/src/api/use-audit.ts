import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { call } from './bridge';

const AUDIT_PAGE = 50;

/** The aktivitetslog, newest first, a page at a time. */
export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: ['audit', 'list'],
    queryFn: ({ pageParam }) => call('audit.list', { limit: AUDIT_PAGE, beforeSeq: pageParam }),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => (page.length < AUDIT_PAGE ? undefined : (page.at(-1)?.seq ?? undefined)),
    staleTime: 0,
  });
}

export function useAuditVerification() {
  return useQuery({ queryKey: ['audit', 'verify'], queryFn: () => call('audit.verify'), staleTime: 0 });
}
