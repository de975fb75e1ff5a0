import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/contract/settings';
import { useAppSettings, useUpdateAppSettings } from '../../api/use-settings';
import { Choice, ChoiceGroup } from '../../components/choice-group';
import { ErrorMessage } from '../../components/error-message';

/** The UI language; dates and numbers stay Danish either way. */
export function LanguageSection() {
  const { t } = useTranslation();
  const settings = useAppSettings();
  const update = useUpdateAppSettings();
  if (!settings.data) return null;
  return (
    <section aria-labelledby="language-title" className="card">
      <h2 id="language-title">{t('organisation.language.title')}</h2>
      <ChoiceGroup legend={t('organisation.language.legend')} description={t('organisation.language.hint')}>
        {LANGUAGES.map((language) => (
          <Choice
            key={language}
            type="radio"
            name="ui-language"
            value={language}
            lang={language}
            checked={settings.data.language === language}
            onChange={() => update.mutate({ language })}
            label={t(`language.${language}`)}
          />
        ))}
      </ChoiceGroup>
      <ErrorMessage error={update.error} />
    </section>
  );
}
