import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { AgreementTemplatesSection } from '../agreements/agreement-templates-section';
import { ColleagueSettings } from '../colleagues/colleague-settings';
import { AuditSection } from './audit-section';
import { BackupSection, RestoreSection } from './backup-sections';
import { CategoriesSection } from './categories-section';
import { ChangePassphraseSection, NewRecoveryKeySection } from './key-sections';
import { LanguageSection } from './language-section';
import { OrganisationSection } from './organisation-section';
import { RekeySection } from './rekey-section';
import { RetentionSection } from './retention-section';
import { SecuritySection } from './security-section';

/** The settings' tabs; the first is what a person most often comes for. Each id is a URL segment. */
const SETTINGS_SECTIONS = ['security', 'organisation', 'colleague', 'storage', 'audit'] as const;
type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

function isSettingsSection(value: string | undefined): value is SettingsSection {
  return (SETTINGS_SECTIONS as readonly (string | undefined)[]).includes(value);
}

export function SettingsScreen({ section }: { section: string | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const selected: SettingsSection = isSettingsSection(section) ? section : 'security';
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('vault.settings.title')}</h1>
      <Tabs selectedKey={selected} onSelectionChange={(key: Key) => navigate(`/settings/${String(key)}`, { replace: true })}>
        <TabList aria-label={t('organisation.tabs.label')} className="page-tabs">
          {SETTINGS_SECTIONS.map((id) => (
            <Tab key={id} id={id} className="page-tab">
              {t(`organisation.tabs.${id}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="security">
          <LanguageSection />
          <SecuritySection />
          <ChangePassphraseSection />
          <NewRecoveryKeySection />
          <RekeySection />
        </TabPanel>
        <TabPanel id="organisation">
          <OrganisationSection />
          <CategoriesSection />
          <AgreementTemplatesSection />
        </TabPanel>
        <TabPanel id="colleague">
          <ColleagueSettings />
        </TabPanel>
        <TabPanel id="storage">
          <RetentionSection />
          <BackupSection />
          <RestoreSection />
        </TabPanel>
        <TabPanel id="audit">
          <AuditSection />
        </TabPanel>
      </Tabs>
    </section>
  );
}
