import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppSettings } from '../../../shared/contract/settings';
import { call } from './bridge';

const SETTINGS_KEY = ['settings'] as const;

export function useAppSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => call('settings.get') });
}

export function useUpdateAppSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<AppSettings>) => call('settings.set', patch),
    onSuccess: (settings) => client.setQueryData(SETTINGS_KEY, settings),
  });
}
