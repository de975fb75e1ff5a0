import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from './bridge';
import { caseKeys } from './case-data';

/** Full-text search inside the vault; nothing is asked for until there is a query. */
export function useSearch(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: [...caseKeys.search, trimmed],
    queryFn: () => call('search.query', { query: trimmed }),
    enabled: trimmed !== '',
    placeholderData: keepPreviousData,
  });
}
