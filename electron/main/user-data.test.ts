import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devUserDataDir } from './user-data';

describe('the userData folder', () => {
  const appData = path.join('/home', 'kp', '.config');

  it('is the default one for the packaged app', () => {
    expect(devUserDataDir({ isPackaged: true, appData, appName: 'Fortrolig' })).toBeNull();
  });

  it('is a folder of its own for npm start, beside (not inside) the installed app’s', () => {
    const dev = devUserDataDir({ isPackaged: false, appData, appName: 'Fortrolig' });
    expect(dev).toBe(path.join(appData, 'Fortrolig-dev'));
    const installed = path.join(appData, 'Fortrolig');
    expect(path.relative(installed, dev as string).startsWith('..')).toBe(true);
  });
});
