import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AGREEMENT_TEMPLATES_PATH } from './agreement-paths';

/** A card for the settings' organisation tab that leads to the agreement's standard texts. */
export function AgreementTemplatesSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agreement-templates-card-title" className="card">
      <h2 id="agreement-templates-card-title">{t('agreements.templates.title')}</h2>
      <p>{t('agreements.templates.intro')}</p>
      <Link href={AGREEMENT_TEMPLATES_PATH} className="button">
        {t('agreements.templates.edit')}
      </Link>
    </section>
  );
}
