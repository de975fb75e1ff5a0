/*
 * Loading the app's page into its window. `loadURL` rejects when the page fails to load;
 * left unhandled, Electron shows its own modal "A JavaScript error occurred in the main
 * process" with a stack trace. Each failure is decided here instead, as pure functions of
 * the error, so a unit test can cover them without the Electron binary.
 */

/** How Electron's loadURL rejection carries Chromium's net error (e.g. ERR_FILE_NOT_FOUND, -6). */
interface NetError {
  code?: unknown;
  errno?: unknown;
}

export type LoadFailure =
  /** Another navigation replaced this one (ERR_ABORTED); that navigation reports for itself. */
  | { kind: 'superseded' }
  /** The dev server is not listening yet: `npm start` opens the window while Vite starts. */
  | { kind: 'retry' }
  | { kind: 'fatal'; code: string };

export function classifyLoadFailure(error: unknown, fromDevServer: boolean): LoadFailure {
  const { code, errno } = (error ?? {}) as NetError;
  const name = typeof code === 'string' ? code : typeof errno === 'number' ? `NET_${errno}` : 'UNKNOWN';
  if (name === 'ERR_ABORTED') return { kind: 'superseded' };
  if (fromDevServer && (name === 'ERR_CONNECTION_REFUSED' || name === 'ERR_CONNECTION_RESET')) return { kind: 'retry' };
  return { kind: 'fatal', code: name };
}

/** What the person is told before the app closes; the code lets IT support look it up. */
export function loadFailureMessage(locale: string, code: string): { title: string; message: string } {
  if (locale.toLowerCase().startsWith('en')) {
    return {
      title: 'Fortrolig could not start',
      message: `The app's window could not be loaded (${code}). Your vault has not been touched. Start Fortrolig again; if this happens again, reinstall the app.`,
    };
  }
  return {
    title: 'Fortrolig kunne ikke starte',
    message: `Programmets vindue kunne ikke indlæses (${code}). Din boks er ikke rørt. Start Fortrolig igen; sker det igen, så geninstallér programmet.`,
  };
}

export interface LoadDeps {
  load(url: string): Promise<void>;
  wait(ms: number): Promise<void>;
  /** Tells the person and closes the app; the page is its only way in. */
  fail(code: string): void;
}

export const DEV_SERVER_RETRIES = 20;
export const DEV_SERVER_RETRY_MS = 500;

/** Loads `url`; never rejects, so nothing reaches Electron's unhandled-error dialog. */
export async function loadAppPage(url: string, fromDevServer: boolean, deps: LoadDeps): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.load(url);
      return;
    } catch (error) {
      const failure = classifyLoadFailure(error, fromDevServer);
      if (failure.kind === 'superseded') return;
      if (failure.kind === 'retry' && attempt < DEV_SERVER_RETRIES) {
        await deps.wait(DEV_SERVER_RETRY_MS);
        continue;
      }
      deps.fail(failure.kind === 'fatal' ? failure.code : 'ERR_CONNECTION_REFUSED');
      return;
    }
  }
}
