import { FolderOpen, Plus, ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function WelcomeScreen() {
  const { t } = useTranslation();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.intro')}</p>
      <p className="welcome-privacy">
        <ShieldCheck size={22} aria-hidden="true" />
        <span>{t('welcome.privacy')}</span>
      </p>
      <div className="actions">
        <Link href="/create" className="button primary">
          <Plus size={18} aria-hidden="true" />
          {t('welcome.create')}
        </Link>
        <Link href="/open" className="button">
          <FolderOpen size={18} aria-hidden="true" />
          {t('welcome.open')}
        </Link>
      </div>
    </section>
  );
}
