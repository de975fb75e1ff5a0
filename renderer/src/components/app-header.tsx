import { FileText, FolderClosed, LockKeyhole, Settings, ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Language } from '../../../shared/contract/settings';
import { useLockVault } from '../api/use-vault';
import { LanguageSwitch } from './language-switch';

/** Which menu entry a page belongs to: a case and an agreement are part of "Sager". */
export function menuEntryOf(location: string): 'home' | 'report' | 'settings' {
  if (location.startsWith('/report')) return 'report';
  if (location.startsWith('/settings')) return 'settings';
  return 'home';
}

/**
 * The app's frame. Once unlocked: the main menu, which marks the current page, and
 * locking. Before that the language can be chosen here; afterwards it lives in Settings.
 */
export function AppHeader({ language, unlocked }: { language: Language; unlocked: boolean }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const lock = useLockVault();
  const current = menuEntryOf(location);
  const entry = (id: ReturnType<typeof menuEntryOf>, href: string, icon: ReactNode, label: string) => (
    <Link href={href} aria-current={current === id ? 'page' : undefined}>
      {icon}
      {label}
    </Link>
  );
  return (
    <header className="app-header">
      <span className="app-name">
        <ShieldCheck size={22} aria-hidden="true" />
        {t('app.name')}
      </span>
      {unlocked && (
        <nav aria-label={t('nav.main')} className="main-nav">
          {entry('home', '/', <FolderClosed size={18} aria-hidden="true" />, t('nav.home'))}
          {entry('report', '/report', <FileText size={18} aria-hidden="true" />, t('report.nav'))}
          {entry('settings', '/settings', <Settings size={18} aria-hidden="true" />, t('nav.settings'))}
        </nav>
      )}
      <div className="header-tools">
        {unlocked ? (
          <button type="button" className="lock-button" onClick={() => lock.mutate()} disabled={lock.isPending}>
            <LockKeyhole size={18} aria-hidden="true" />
            {t('nav.lock')}
          </button>
        ) : (
          <LanguageSwitch current={language} />
        )}
      </div>
    </header>
  );
}
