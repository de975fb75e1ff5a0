import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function WelcomeScreen() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState(false);
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.intro')}</p>
      <p>{t('welcome.privacy')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => setNotice(true)}>
          {t('welcome.create')}
        </button>
        <button type="button" onClick={() => setNotice(true)}>
          {t('welcome.open')}
        </button>
      </div>
      {notice && <p role="status">{t('welcome.comingSoon')}</p>}
    </section>
  );
}
