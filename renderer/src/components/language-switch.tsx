import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/contract/settings';
import { useUpdateAppSettings } from '../api/use-settings';

export function LanguageSwitch({ current }: { current: Language }) {
  const { t } = useTranslation();
  const update = useUpdateAppSettings();
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          disabled={update.isPending}
          onClick={() => update.mutate({ language })}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
