import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function WelcomeScreen() {
  const { t } = useTranslation();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.intro')}</p>
      <p>{t('welcome.privacy')}</p>
      <div className="actions">
        <Link href="/create" className="button primary">
          {t('welcome.create')}
        </Link>
        <Link href="/open" className="button">
          {t('welcome.open')}
        </Link>
      </div>
    </section>
  );
}
