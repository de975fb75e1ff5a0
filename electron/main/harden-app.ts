import { app, type WebContents } from 'electron';
import { isAppUrl } from './security/app-origin';

/**
 * App-wide rules for every web contents that will ever exist: no navigation away from the
 * app, no new windows, no <webview>. Nothing is handed to the system browser either: this
 * app has no business opening links.
 */
export function hardenApp(options: { allowDevServer?: string }): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      const devOk = options.allowDevServer !== undefined && url.startsWith(options.allowDevServer);
      if (!isAppUrl(url) && !devOk) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
