import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { BridgeEvent } from '../../../shared/contract';
import { onBridgeEvent } from './bridge';

/**
 * When main locks the vault (idle, screen lock, suspend), drop every cached answer so no
 * case data stays in memory or in the DOM, and go back to the start.
 */
export function useLockEvents(onLocked: (reason: BridgeEvent['reason']) => void): void {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  useEffect(
    () =>
      onBridgeEvent((event) => {
        if (event.name !== 'vault.locked') return;
        void client.resetQueries();
        navigate('/');
        onLocked(event.reason);
      }),
    [client, navigate, onLocked],
  );
}
