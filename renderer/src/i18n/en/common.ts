import type { common as da } from '../da/common';
import type { Shape } from '../shape';

export const common: Shape<typeof da> = {
  app: {
    name: 'Fortrolig',
    tagline: 'A safe place for harassment cases',
  },
  language: {
    label: 'Language',
    da: 'Dansk',
    en: 'English',
  },
  nav: {
    main: 'Main menu',
    home: 'Cases',
    settings: 'Settings',
    lock: 'Lock the vault',
    back: 'Back',
  },
  folder: {
    default: 'Fortrolig’s own folder on this computer',
    named: 'The folder “{{name}}”',
    showPath: 'Show the full location',
  },
  actions: {
    continue: 'Continue',
    cancel: 'Cancel',
    save: 'Save',
    saved: 'Saved.',
    print: 'Print',
    working: 'Working …',
    edit: 'Edit',
    remove: 'Remove',
    close: 'Close',
  },
  welcome: {
    title: 'Welcome to Fortrolig',
    intro:
      'Fortrolig is your encrypted case folder as a contact person. Here you note inquiries about sexism, sexual harassment and other offensive behaviour, write agreements with the affected person and produce the yearly anonymised learning document.',
    privacy: 'Everything stays on this computer. Nothing is sent over the network, and the vault opens only with your passphrase.',
    create: 'Create a new vault',
    open: 'Open an existing vault',
  },
  home: {
    title: 'Cases',
  },
};
