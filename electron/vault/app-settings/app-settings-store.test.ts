import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_APP_SETTINGS } from '../../../shared/contract/settings';
import { createAppSettingsStore } from './app-settings-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-settings-'));
afterEach(() => fs.rmSync(path.join(dir, 'settings.json'), { force: true }));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('app settings store', () => {
  const file = path.join(dir, 'settings.json');

  it('starts from the Danish defaults when there is no file', () => {
    expect(createAppSettingsStore(file).get()).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('writes changes and reads them back in a new store', () => {
    createAppSettingsStore(file).update({ language: 'en', autoLockMinutes: 10 });
    expect(createAppSettingsStore(file).get()).toMatchObject({ language: 'en', autoLockMinutes: 10 });
  });

  it('keeps valid fields of a damaged file and defaults the rest', () => {
    fs.writeFileSync(file, JSON.stringify({ language: 'en', autoLockMinutes: -3, contentProtection: 'yes' }));
    expect(createAppSettingsStore(file).get()).toEqual({ ...DEFAULT_APP_SETTINGS, language: 'en' });
  });

  it('falls back to defaults on a file that is not JSON', () => {
    fs.writeFileSync(file, '\u0000garbage');
    expect(createAppSettingsStore(file).get()).toEqual(DEFAULT_APP_SETTINGS);
  });

  it('refuses an invalid update and keeps the previous settings', () => {
    const store = createAppSettingsStore(file);
    expect(() => store.update({ autoLockMinutes: 0 })).toThrow();
    expect(store.get()).toEqual(DEFAULT_APP_SETTINGS);
    expect(fs.existsSync(file)).toBe(false);
  });
});
