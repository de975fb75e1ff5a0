import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import type { ReportFinding } from '../../../../shared/contract/reports';
import { useReportDraft, useReportPreview } from '../../api/use-report';
import { ErrorMessage } from '../../components/error-message';
import { JointReportSection } from '../colleagues/joint-report-section';
import { ExportReport } from './export-report';
import { FindingsSummary } from './findings-summary';
import { PeriodForm } from './period-form';
import { findingsByText, reportTextElementId } from './report-findings';
import { ReportDocumentPreview } from './report-preview';
import { LearningPointsEditor, RecommendationsEditor } from './report-texts-editor';
import './report.css';

const NO_FINDINGS: readonly ReportFinding[] = [];

/**
 * The yearly learning document: choose the period, write and choose the texts, see every
 * place the re-identification guard flags, preview the document and save it.
 */
export function ReportScreen() {
  const { t } = useTranslation();
  const draft = useReportDraft();
  const preview = useReportPreview();
  const [tab, setTab] = useState<Key>('texts');
  const findingsOf = useMemo(() => {
    const byText = findingsByText(preview.data?.findings ?? []);
    return (textId: string) => byText.get(textId) ?? NO_FINDINGS;
  }, [preview.data]);
  const goTo = (textId: string) => {
    setTab('texts');
    // After the texts tab has rendered.
    requestAnimationFrame(() => document.getElementById(reportTextElementId(textId))?.focus());
  };

  return (
    <section aria-labelledby="report-title" className="report-screen">
      <h1 id="report-title">{t('report.title')}</h1>
      <p className="lead">{t('report.intro')}</p>
      <ErrorMessage error={draft.error ?? preview.error} />
      {draft.isPending && <p role="status">{t('report.loading')}</p>}
      {draft.data && <PeriodForm draft={draft.data} />}
      {preview.data?.periodProblem === 'overlaps_previous_report' && (
        <p role="alert" className="report-period-problem">
          {t('report.period.overlaps')}
        </p>
      )}
      {draft.data && preview.data && <FindingsSummary preview={preview.data} draft={draft.data} onGoTo={goTo} />}
      {draft.data && (
        <Tabs selectedKey={tab} onSelectionChange={setTab}>
          <TabList aria-label={t('report.tabs.label')} className="page-tabs">
            <Tab id="texts" className="page-tab">
              {t('report.tabs.texts')}
            </Tab>
            <Tab id="preview" className="page-tab">
              {t('report.tabs.preview')}
            </Tab>
          </TabList>
          <TabPanel id="texts" className="report-panel">
            <LearningPointsEditor draft={draft.data} findingsOf={findingsOf} />
            <RecommendationsEditor draft={draft.data} findingsOf={findingsOf} />
          </TabPanel>
          <TabPanel id="preview" className="report-panel">
            {preview.isPending ? <p role="status">{t('report.loading')}</p> : preview.data && <ReportDocumentPreview preview={preview.data} findingsOf={findingsOf} />}
          </TabPanel>
        </Tabs>
      )}
      <ExportReport preview={preview.data} />
      {draft.data && <JointReportSection draft={draft.data} />}
    </section>
  );
}
