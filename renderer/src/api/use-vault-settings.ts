import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import { call } from './bridge';
import { caseKeys } from './case-data';

const VAULT_SETTINGS_KEY = ['vaultSettings'] as const;

/** Settings kept inside the vault: organisation, contact persons, categories, retention. */
export function useVaultSettings() {
  return useQuery({ queryKey: VAULT_SETTINGS_KEY, queryFn: () => call('vaultSettings.get') });
}

/**
 * The vault owner changes conflict-of-interest warnings and the retention years which
 * cases are past retention, so cases are refetched too.
 */
export function useUpdateVaultSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (update: InputOf<'vaultSettings.update'>) => call('vaultSettings.update', update),
    onSuccess: async (settings) => {
      client.setQueryData(VAULT_SETTINGS_KEY, settings);
      await client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}
