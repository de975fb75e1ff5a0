/**
 * The renderer is served from this custom scheme, never from file:// (which would give the
 * page read access to the disk's other files) and never from a server.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fortrolig';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
