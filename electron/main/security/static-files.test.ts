import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from './static-files';

const root = path.resolve('/srv/app/renderer');

describe('static file resolution for the app protocol', () => {
  it('maps / to index.html and assets inside the root', () => {
    expect(resolveStaticFile(root, '/')).toEqual({ ok: true, file: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveStaticFile(root, '/assets/index-abc.js')).toMatchObject({ ok: true, file: path.join(root, 'assets/index-abc.js') });
  });

  it.each(['/../keys.json', '/assets/../../vault.db', '/%2e%2e/%2e%2e/etc/passwd.html', '/..%2f..%2fsecret.js', '/a\\..\\b.js', '/x%00.js', '/%E0%A4%A'])(
    'refuses %s',
    (requestPath) => {
      expect(resolveStaticFile(root, requestPath).ok).toBe(false);
    },
  );

  it('refuses file types the renderer does not have', () => {
    expect(resolveStaticFile(root, '/vault.db')).toEqual({ ok: false, status: 404 });
  });
});
