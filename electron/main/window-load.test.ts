import { describe, expect, it } from 'vitest';
import { classifyLoadFailure, DEV_SERVER_RETRIES, loadAppPage, loadFailureMessage } from './window-load';

/** An error shaped as Electron's loadURL rejects with. */
function netError(code: string, errno: number): Error {
  return Object.assign(new Error(`${code} (${errno}) loading 'app://fortrolig/index.html'`), { code, errno });
}

/** Loads that fail with the given errors in turn, then succeed; records what happened. */
function scripted(errors: Error[]) {
  const events: string[] = [];
  return {
    events,
    deps: {
      load: async (url: string) => {
        events.push(`load ${url}`);
        const next = errors.shift();
        if (next) throw next;
      },
      wait: async (ms: number) => {
        events.push(`wait ${ms}`);
      },
      fail: (code: string) => {
        events.push(`fail ${code}`);
      },
    },
  };
}

describe('loading the app page', () => {
  it('classifies the failures: superseded navigation, dev server not up yet, everything else fatal', () => {
    expect(classifyLoadFailure(netError('ERR_ABORTED', -3), false)).toEqual({ kind: 'superseded' });
    expect(classifyLoadFailure(netError('ERR_CONNECTION_REFUSED', -102), true)).toEqual({ kind: 'retry' });
    expect(classifyLoadFailure(netError('ERR_CONNECTION_REFUSED', -102), false)).toEqual({ kind: 'fatal', code: 'ERR_CONNECTION_REFUSED' });
    expect(classifyLoadFailure(netError('ERR_FILE_NOT_FOUND', -6), false)).toEqual({ kind: 'fatal', code: 'ERR_FILE_NOT_FOUND' });
    expect(classifyLoadFailure({ errno: -105 }, false)).toEqual({ kind: 'fatal', code: 'NET_-105' });
    expect(classifyLoadFailure(undefined, false)).toEqual({ kind: 'fatal', code: 'UNKNOWN' });
  });

  it('never rejects: a failed packaged load tells the person (calmly, with the code) and closes', async () => {
    const { events, deps } = scripted([netError('ERR_FILE_NOT_FOUND', -6)]);
    await expect(loadAppPage('app://fortrolig/index.html', false, deps)).resolves.toBeUndefined();
    expect(events).toEqual(['load app://fortrolig/index.html', 'fail ERR_FILE_NOT_FOUND']);
  });

  it('waits for the dev server, and gives up after a bounded number of tries', async () => {
    const starting = scripted([netError('ERR_CONNECTION_REFUSED', -102), netError('ERR_CONNECTION_REFUSED', -102)]);
    await loadAppPage('http://localhost:5173/', true, starting.deps);
    expect(starting.events).toEqual(['load http://localhost:5173/', 'wait 500', 'load http://localhost:5173/', 'wait 500', 'load http://localhost:5173/']);

    const down = scripted(Array.from({ length: DEV_SERVER_RETRIES + 5 }, () => netError('ERR_CONNECTION_REFUSED', -102)));
    await loadAppPage('http://localhost:5173/', true, down.deps);
    expect(down.events.filter((event) => event.startsWith('load'))).toHaveLength(DEV_SERVER_RETRIES + 1);
    expect(down.events.at(-1)).toBe('fail ERR_CONNECTION_REFUSED');
  });

  it('ignores a load that another navigation replaced', async () => {
    const { events, deps } = scripted([netError('ERR_ABORTED', -3)]);
    await loadAppPage('app://fortrolig/index.html', false, deps);
    expect(events).toEqual(['load app://fortrolig/index.html']);
  });

  it('says what happened in Danish, or English for an English system, without a stack trace', () => {
    expect(loadFailureMessage('da-DK', 'ERR_FILE_NOT_FOUND')).toEqual({
      title: 'Fortrolig kunne ikke starte',
      message: expect.stringContaining('(ERR_FILE_NOT_FOUND). Din boks er ikke rørt.'),
    });
    expect(loadFailureMessage('en-US', 'ERR_FILE_NOT_FOUND').message).toContain('Your vault has not been touched');
  });
});
