import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { BridgeEvent } from '../../shared/contract';
import { useLockEvents } from './api/use-lock-events';
import { useAppSettings } from './api/use-settings';
import { useVaultStatus } from './api/use-vault';
import { AnnouncerProvider } from './components/announcer';
import { AppHeader } from './components/app-header';
import { ErrorMessage } from './components/error-message';
import { useFocusHeadingOnNavigate } from './components/page-focus';
import { WorkspacePlace } from './drafts/workspace-place';
import { setDocumentLanguage } from './i18n';
import { AGREEMENT_TEMPLATES_PATH } from './screens/agreements/agreement-paths';
import { AgreementPrintRoute, AgreementRoute, NewAgreementRoute } from './screens/agreements/agreement-routes';
import { AgreementTemplatesScreen } from './screens/agreements/agreement-templates-screen';
import { CaseScreen } from './screens/cases/case-screen';
import { IntakeScreen } from './screens/cases/intake-screen';
import { COLLEAGUE_PATH, ColleagueScreen } from './screens/colleagues/colleague-screen';
import { HomeScreen } from './screens/home-screen';
import { ReportScreen } from './screens/report/report-screen';
import { SettingsScreen } from './screens/settings/settings-screen';
import { CreateVaultScreen } from './screens/vault/create-vault-screen';
import { UnlockScreen } from './screens/vault/unlock-screen';
import { WelcomeScreen } from './screens/welcome-screen';

export function App() {
  return (
    // Hash routing: the app protocol serves one file, and history URLs would 404 on reload.
    <Router hook={useHashLocation}>
      <AnnouncerProvider>
        <Shell />
      </AnnouncerProvider>
    </Router>
  );
}

function Shell() {
  const { t, i18n } = useTranslation();
  const settings = useAppSettings();
  const status = useVaultStatus();
  const language = settings.data?.language ?? 'da';
  const [lockReason, setLockReason] = useState<BridgeEvent['reason'] | null>(null);
  useLockEvents(useCallback((reason) => setLockReason(reason), []));
  useFocusHeadingOnNavigate();

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    setDocumentLanguage(language);
  }, [i18n, language]);

  const state = status.data?.state;
  const lockNotice =
    lockReason === null
      ? null
      : lockReason === 'idle'
        ? t('vault.unlock.lockedIdle')
        : lockReason === 'restore-failed'
          ? t('vault.unlock.lockedRestoreFailed')
          : lockReason === 'engine-stopped'
            ? t('vault.unlock.lockedEngineStopped')
            : t('vault.unlock.locked');

  return (
    <>
      <AppHeader language={language} unlocked={state === 'unlocked'} />
      <main className="app-main">
        <ErrorMessage error={settings.error ?? status.error} />
        <WorkspacePlace unlocked={state === 'unlocked'}>
        <Switch>
          <Route path="/create" component={CreateVaultScreen} />
          {/* Once a vault is open, the address falls through to the home screen. */}
          {state !== 'unlocked' && (
            <Route path="/open">
              <UnlockScreen dir={null} notice={null} />
            </Route>
          )}
          {/* Before the settings sections, which would take any /settings/… address. */}
          {state === 'unlocked' && <Route path={AGREEMENT_TEMPLATES_PATH} component={AgreementTemplatesScreen} />}
          {state === 'unlocked' && <Route path="/settings/:section?">{(params) => <SettingsScreen section={params.section} />}</Route>}
          {state === 'unlocked' && <Route path="/cases/:caseId/agreements/new" component={NewAgreementRoute} />}
          {state === 'unlocked' && <Route path="/agreements/:id" component={AgreementRoute} />}
          {state === 'unlocked' && <Route path="/agreements/:id/print/:language" component={AgreementPrintRoute} />}
          {state === 'unlocked' && <Route path="/report" component={ReportScreen} />}
          {state === 'unlocked' && <Route path={COLLEAGUE_PATH} component={ColleagueScreen} />}
          {state === 'unlocked' && <Route path="/cases/new" component={IntakeScreen} />}
          {state === 'unlocked' && (
            <Route path="/cases/:id/:section?">{(params) => <CaseScreen key={params.id} caseId={Number(params.id)} section={params.section} />}</Route>
          )}
          <Route>
            {state === 'unlocked' && <HomeScreen />}
            {state === 'locked' && <UnlockScreen dir={status.data?.dir ?? null} notice={lockNotice} />}
            {state === 'none' && <WelcomeScreen />}
          </Route>
        </Switch>
        </WorkspacePlace>
      </main>
    </>
  );
}
