import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AUTO_LOCK_MINUTES, DEFAULT_APP_SETTINGS, defaultAppSettings } from '../../../shared/contract/settings';
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

  it('starts from the operating system’s defaults: a shorter idle lock where a screen lock does not lock the vault (Linux)', () => {
    expect(defaultAppSettings('win32')).toEqual(DEFAULT_APP_SETTINGS);
    expect(defaultAppSettings('darwin')).toEqual(DEFAULT_APP_SETTINGS);
    expect(defaultAppSettings('linux')).toEqual({ ...DEFAULT_APP_SETTINGS, autoLockMinutes: AUTO_LOCK_MINUTES.defaultWithoutScreenLock });
    expect(AUTO_LOCK_MINUTES.defaultWithoutScreenLock).toBeLessThan(AUTO_LOCK_MINUTES.default);

    const linux = createAppSettingsStore(file, defaultAppSettings('linux'));
    expect(linux.get().autoLockMinutes).toBe(2);
    // A choice the person made is kept; only what is missing or invalid takes the default.
    linux.update({ autoLockMinutes: 9 });
    expect(createAppSettingsStore(file, defaultAppSettings('linux')).get().autoLockMinutes).toBe(9);
    fs.writeFileSync(file, JSON.stringify({ language: 'en', autoLockMinutes: 'x' }));
    expect(createAppSettingsStore(file, defaultAppSettings('linux')).get()).toMatchObject({ language: 'en', autoLockMinutes: 2 });
  });
});
