import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/contract/settings';
import { da, en } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof da };
  }
}

/** Dates and numbers are always formatted the Danish way, whatever the UI language. */
export const DISPLAY_LOCALE = 'da-DK';

export function initI18n(language: Language = 'da') {
  void i18next.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng: language,
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export function setDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}
