import fs from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './security/app-origin';
import { APP_RESPONSE_HEADERS } from './security/content-security-policy';
import { resolveStaticFile } from './security/static-files';

/** Must run before `app.ready`: makes `app://` a standard, secure origin. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false } },
  ]);
}

/** Serves the built renderer from `root` on the app's in-memory session. */
export function serveRenderer(session: Session, root: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveStaticFile(root, new URL(request.url).pathname);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      const body = await fs.readFile(resolved.file);
      return new Response(body, { status: 200, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': resolved.contentType } });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
