import type { Localised } from './document-language';

export interface CommonTexts {
  /** Header on every page. */
  confidential: string;
  /** Footer "Side X af Y": the words around the PAGE and NUMPAGES fields. */
  pageBeforeNumber: string;
  pageBetweenNumbers: string;
  /** Shown where a list the caller gave is empty, so an empty heading never looks like a lost section. */
  none: string;
}

export const COMMON_TEXTS: Localised<CommonTexts> = {
  da: {
    confidential: 'Fortroligt',
    pageBeforeNumber: 'Side ',
    pageBetweenNumbers: ' af ',
    none: 'Ingen.',
  },
  en: {
    confidential: 'Confidential',
    pageBeforeNumber: 'Page ',
    pageBetweenNumbers: ' of ',
    none: 'None.',
  },
};
