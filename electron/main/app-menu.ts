import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuInput {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** The app's locale (app.getLocale()); Danish unless it is another language. */
  locale: string;
}

const LABELS = {
  da: { edit: 'Rediger', view: 'Vis' },
  en: { edit: 'Edit', view: 'View' },
} as const;

/**
 * The application menu, as a pure function of the platform so a unit test can assert it.
 * There must be one: on macOS the keyboard shortcuts for copy, paste, cut, select all and
 * undo exist only as items of the application menu (without it nobody can paste a
 * passphrase or recovery key). Items are Electron roles, so the operating system supplies
 * their shortcuts and behaviour. Reload and developer tools only in unpacked builds: a
 * reload in the app would drop what the renderer holds, and DevTools could read it.
 */
export function appMenuTemplate({ platform, isPackaged, locale }: AppMenuInput): MenuItemConstructorOptions[] {
  const labels = locale.toLowerCase().startsWith('en') ? LABELS.en : LABELS.da;
  const edit: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];
  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, ...developer],
  };
  // macOS puts the app's own menu (About, Hide, Quit with Cmd+Q) first; elsewhere quitting is the window's close button.
  return platform === 'darwin' ? [{ role: 'appMenu' }, edit, view] : [edit, view];
}
