import type { Language } from '../../../../shared/domain/vocabulary';

/** A fixed text table with one entry per document language. */
export type Localised<T> = Readonly<Record<Language, T>>;

/** The locale for dates, numbers and the proofing language set on the styles. */
export const DOCUMENT_LOCALES: Localised<string> = { da: 'da-DK', en: 'en-GB' };
