import { useTranslation } from 'react-i18next';
import { labels, type Labels } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/domain/vocabulary';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'da';
}

/** The words for domain codes (statuses, roles, …) in the UI's language. */
export function useLabels(): Labels {
  return labels[useLanguage()];
}
