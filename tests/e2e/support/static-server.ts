import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_RESPONSE_HEADERS } from '../../../electron/main/security/content-security-policy';
import { resolveStaticFile } from '../../../electron/main/security/static-files';

/**
 * Serves the built renderer the way the app protocol does: same path resolution, same CSP
 * headers. Only the transport differs (http on loopback instead of app://).
 */
export async function startStaticServer(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const resolved = resolveStaticFile(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!resolved.ok) {
      response.writeHead(resolved.status).end();
      return;
    }
    fs.readFile(resolved.file).then(
      (body) => response.writeHead(200, { ...APP_RESPONSE_HEADERS, 'Content-Type': resolved.contentType }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
