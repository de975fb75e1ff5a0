import { QueryClient } from '@tanstack/react-query';

/**
 * Data lives in main; the cache only spares round trips. No retries: a failed call is an
 * answer (e.g. VAULT_LOCKED), not a network hiccup.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
