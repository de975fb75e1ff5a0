import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import { call } from './bridge';

export const VAULT_STATUS_KEY = ['vault', 'status'] as const;

export function useVaultStatus() {
  return useQuery({ queryKey: VAULT_STATUS_KEY, queryFn: () => call('vault.status'), staleTime: 0 });
}

/**
 * After anything that opens, closes or replaces the vault, every cached answer belongs to
 * a vault state that no longer holds: drop all data (resetQueries empties every query and
 * refetches only those on screen, such as the vault status).
 */
function useResetAfter() {
  const client = useQueryClient();
  return () => client.resetQueries();
}

export function useCreateVault() {
  return useMutation({ mutationFn: (input: InputOf<'vault.create'>) => call('vault.create', input) });
}

export function useUnlockVault() {
  const reset = useResetAfter();
  return useMutation({ mutationFn: (input: InputOf<'vault.unlock'>) => call('vault.unlock', input), onSuccess: reset });
}

export function useResetPassphrase() {
  const reset = useResetAfter();
  return useMutation({ mutationFn: (input: InputOf<'vault.resetPassphrase'>) => call('vault.resetPassphrase', input), onSuccess: reset });
}

export function useLockVault() {
  const reset = useResetAfter();
  return useMutation({ mutationFn: () => call('vault.lock'), onSuccess: reset });
}

export function useChooseFolder() {
  return useMutation({ mutationFn: () => call('vault.chooseFolder') });
}

export function useChangePassphrase() {
  return useMutation({ mutationFn: (input: InputOf<'vault.changePassphrase'>) => call('vault.changePassphrase', input) });
}

export function useNewRecoveryKey() {
  return useMutation({ mutationFn: (input: InputOf<'vault.newRecoveryKey'>) => call('vault.newRecoveryKey', input) });
}

export function useBackup() {
  return useMutation({ mutationFn: () => call('vault.backup') });
}

export function useRestore() {
  const reset = useResetAfter();
  return useMutation({ mutationFn: (input: InputOf<'vault.restore'>) => call('vault.restore', input), onSuccess: reset });
}
