import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useAppSettings } from './api/use-settings';
import { ErrorMessage } from './components/error-message';
import { LanguageSwitch } from './components/language-switch';
import { setDocumentLanguage } from './i18n';
import { WelcomeScreen } from './screens/welcome-screen';

export function App() {
  const { t, i18n } = useTranslation();
  const settings = useAppSettings();
  const language = settings.data?.language ?? 'da';

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    setDocumentLanguage(language);
  }, [i18n, language]);

  return (
    // Hash routing: the app protocol serves one file, and history URLs would 404 on reload.
    <Router hook={useHashLocation}>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitch current={language} />
      </header>
      <main className="app-main">
        <ErrorMessage error={settings.error} />
        <Switch>
          <Route path="/" component={WelcomeScreen} />
        </Switch>
      </main>
    </Router>
  );
}
