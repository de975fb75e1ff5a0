import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from './app-menu';

/** Each top-level menu as its role or label, with the roles of its items (separators as '-'). */
function outline(template: MenuItemConstructorOptions[]): Record<string, string[]> {
  return Object.fromEntries(
    template.map((menu) => [
      menu.role ?? menu.label ?? '?',
      ((menu.submenu ?? []) as MenuItemConstructorOptions[]).map((item) => (item.type === 'separator' ? '-' : (item.role ?? '?'))),
    ]),
  );
}

const EDIT = ['undo', 'redo', '-', 'cut', 'copy', 'paste', 'selectAll'];
const VIEW = ['resetZoom', 'zoomIn', 'zoomOut'];
const DEVELOPER = ['-', 'reload', 'toggleDevTools'];

describe('the application menu', () => {
  it('on macOS has the app menu and an Edit menu, so Cmd+C/V/X/A/Z work (a null menu removes them)', () => {
    const template = appMenuTemplate({ platform: 'darwin', isPackaged: true, locale: 'da' });
    expect(outline(template)).toEqual({ appMenu: [], Rediger: EDIT, Vis: VIEW });
    expect(template[0]?.role).toBe('appMenu');
  });

  it.each(['win32', 'linux'] as const)('on %s has Edit and View only', (platform) => {
    expect(outline(appMenuTemplate({ platform, isPackaged: true, locale: 'da-DK' }))).toEqual({ Rediger: EDIT, Vis: VIEW });
  });

  it('offers reload and developer tools only in an unpacked (development) build', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const packaged = appMenuTemplate({ platform, isPackaged: true, locale: 'da' }).flatMap((menu) => (menu.submenu ?? []) as MenuItemConstructorOptions[]);
      expect(packaged.map((item) => item.role)).not.toEqual(expect.arrayContaining(['reload']));
      expect(packaged.map((item) => item.role)).not.toEqual(expect.arrayContaining(['toggleDevTools']));
      expect(outline(appMenuTemplate({ platform, isPackaged: false, locale: 'da' })).Vis).toEqual([...VIEW, ...DEVELOPER]);
    }
  });

  it('labels its menus in Danish, or English for an English system', () => {
    expect(appMenuTemplate({ platform: 'linux', isPackaged: true, locale: 'en-GB' }).map((menu) => menu.label)).toEqual(['Edit', 'View']);
    expect(appMenuTemplate({ platform: 'linux', isPackaged: true, locale: 'de-DE' }).map((menu) => menu.label)).toEqual(['Rediger', 'Vis']);
  });
});
