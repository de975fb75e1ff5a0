import { ipcMain, type WebContents } from 'electron';
import { channelOf, EVENT_CHANNEL, METHOD_NAMES, type BridgeEvent } from '../../shared/contract';
import { fail } from '../../shared/result';
import type { Router } from '../vault/api/router';
import { isTrustedSender } from './security/request-policy';

/**
 * Registers every contract method in one loop. The sender is checked before the router
 * sees the call; validation, dispatch and error mapping are the router's.
 */
export function registerContract(router: Router, options: { allowDevServer?: string }): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), async (event, input: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, options);
      if (!trusted) return fail({ code: 'FORBIDDEN', message: 'Call from an untrusted frame' });
      return router.call(method, input);
    });
  }
}

export function sendEvent(contents: WebContents, event: BridgeEvent): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
