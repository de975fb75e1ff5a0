import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import { call } from './bridge';

const KEY_STATUS_KEY = ['vault', 'keyStatus'] as const;

export function useKeyStatus() {
  return useQuery({ queryKey: KEY_STATUS_KEY, queryFn: () => call('vault.keyStatus') });
}

export function useRekey() {
  const client = useQueryClient();
  // Only the key status changed: the vault was reopened with the same content. Resetting
  // every query would remount Settings and lose the new recovery key before it is shown.
  return useMutation({
    mutationFn: (input: InputOf<'vault.rekey'>) => call('vault.rekey', input),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY_STATUS_KEY }),
  });
}
