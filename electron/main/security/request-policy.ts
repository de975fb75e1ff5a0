import { isAppUrl } from './app-origin';

/**
 * The network policy: only the app's own protocol (and in-page data/blob URLs and DevTools
 * in development) may load. Everything else is cancelled before it leaves the machine.
 */
export function isAllowedRequest(url: string, options: { allowDevServer?: string } = {}): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:') || url.startsWith('blob:app://fortrolig/')) return true;
  if (url.startsWith('devtools://')) return true;
  if (options.allowDevServer && isDevServerUrl(url, options.allowDevServer)) return true;
  return false;
}

/** The dev server's pages and its hot-reload socket (same host, http or ws). */
function isDevServerUrl(url: string, devServer: string): boolean {
  try {
    const target = new URL(url);
    const server = new URL(devServer);
    const sameScheme = target.protocol === server.protocol || target.protocol === server.protocol.replace(/^http/, 'ws');
    return sameScheme && target.host === server.host;
  } catch {
    return false;
  }
}

/** Every permission (camera, notifications, clipboard read, geolocation …) is refused. */
export const PERMISSIONS_GRANTED: ReadonlySet<string> = new Set();

/**
 * Only the app's own top frame may call the contract: not a subframe, not a page that
 * somehow navigated elsewhere.
 */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null, options: { allowDevServer?: string } = {}): boolean {
  if (!frame || !frame.isMainFrame) return false;
  if (isAppUrl(frame.url)) return true;
  return Boolean(options.allowDevServer && frame.url.startsWith(options.allowDevServer));
}
