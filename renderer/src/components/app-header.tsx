import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../../../shared/contract/settings';
import { useLockVault } from '../api/use-vault';
import { LanguageSwitch } from './language-switch';

export function AppHeader({ language, unlocked }: { language: Language; unlocked: boolean }) {
  const { t } = useTranslation();
  const lock = useLockVault();
  return (
    <header className="app-header">
      <span className="app-name">{t('app.name')}</span>
      {unlocked && (
        <nav aria-label={t('nav.main')} className="main-nav">
          <Link href="/">{t('nav.home')}</Link>
          <Link href="/report">{t('report.nav')}</Link>
          <Link href="/settings">{t('nav.settings')}</Link>
        </nav>
      )}
      <div className="header-tools">
        <LanguageSwitch current={language} />
        {unlocked && (
          <button type="button" className="lock-button" onClick={() => lock.mutate()} disabled={lock.isPending}>
            {t('nav.lock')}
          </button>
        )}
      </div>
    </header>
  );
}
