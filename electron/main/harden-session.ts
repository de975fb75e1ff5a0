import type { Session } from 'electron';
import { isAllowedRequest, PERMISSIONS_GRANTED } from './security/request-policy';

/** Applies the network and permission policy to the app's session. */
export function hardenSession(session: Session, options: { allowDevServer?: string }): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(PERMISSIONS_GRANTED.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => PERMISSIONS_GRANTED.has(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, options) }));
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => event.preventDefault());
}
