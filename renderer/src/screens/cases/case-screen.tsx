import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Key } from 'react-aria-components';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useCase } from '../../api/use-cases';
import { useDraftList } from '../../api/use-drafts';
import { ErrorMessage } from '../../components/error-message';
import { formatDate } from '../../components/formatting';
import { MoreMenu } from '../../components/more-menu';
import { NextStepAction } from './overview/next-step-action';
import { ReadOnlyFrame } from './read-only-frame';
import { useCaseSharing } from '../../api/use-colleagues';
import { PageHeader } from '../../components/page-header';
import { useLabels } from '../../components/use-labels';
import { AgreementsSection } from '../agreements/agreements-section';
import { CaseSharingBanner } from '../colleagues/case-sharing-banner';
import { AttachmentsSection } from './attachments/attachments-section';
import { CASE_SECTIONS, isCaseSection, type CaseSection } from './case-sections';
import { CaseWarnings } from './case-warnings';
import { ConsentsSection } from './consents/consents-section';
import { ConversationsSection } from './conversations/conversations-section';
import { useCategoryLabel } from './category-label';
import { JournalSection } from './journal/journal-section';
import { LearningSection } from './learning/learning-section';
import { DeleteCaseDialog } from './overview/delete-case';
import { OverviewSection } from './overview/overview-section';
import { SeveritySection } from './severity/severity-section';
import { StatusBadge } from './status-badge';
import { TasksSection } from './tasks/tasks-section';

/**
 * One case, its sections as a list of tabs down the side, like the dividers of a binder:
 * one thing at a time for someone who has just come from a hard conversation, every part
 * of the case in view, and the chosen part in the address so "back" returns to it.
 */
export function CaseScreen({ caseId, section }: { caseId: number; section: string | undefined }) {
  const { t } = useTranslation();
  const words = useLabels();
  const categoryLabel = useCategoryLabel();
  const [, navigate] = useLocation();
  const detail = useCase(caseId);
  const drafts = useDraftList();
  // A consultation copy, or a case waiting for its handover receipt: only notes may be added.
  const readOnly = useCaseSharing(caseId).data?.readOnly ?? false;
  const selected: CaseSection = isCaseSection(section) ? section : 'overview';
  const [deleting, setDeleting] = useState(false);

  if (detail.isPending) return <p role="status">{t('cases.loading')}</p>;
  if (detail.isError) {
    return (
      <section aria-labelledby="case-missing-title">
        <h1 id="case-missing-title">{t('cases.case.missingTitle')}</h1>
        <ErrorMessage error={detail.error} />
        <Link href="/">{t('cases.case.backToList')}</Link>
      </section>
    );
  }

  const data = detail.data;
  const record = data.case;
  const hasDraft = (drafts.data ?? []).some((draft) => draft.caseId === caseId);
  const openTasks = data.tasks.filter((task) => task.doneOn === null).length;
  const counts: Partial<Record<CaseSection, number>> = {
    journal: data.notes.length,
    conversations: data.conversations.length,
    agreements: data.agreements.length,
    tasks: openTasks,
    attachments: data.attachments.length,
    learning: data.learningPoints.length,
  };

  return (
    <article aria-labelledby="case-title" className="case-screen">
      <PageHeader
        id="case-title"
        className="case-header"
        title={t('cases.case.title', { reference: record.reference })}
        back={{ href: '/', label: t('cases.case.backToList'), navLabel: t('cases.case.breadcrumb') }}
        badge={<StatusBadge status={record.status} reopened={data.reopened} />}
        meta={
          <>
            {t('cases.case.receivedOn', { date: formatDate(record.receivedDate) })} · {words.channel[record.channel]}
            {record.category !== null && <> · {categoryLabel(record.category)}</>}
          </>
        }
        actions={
          <>
            {!readOnly && <NextStepAction detail={data} />}
            <MoreMenu
              label={t('cases.case.more')}
              items={[{ id: 'delete', label: t('cases.delete.button'), danger: true, icon: <Trash2 size={16} aria-hidden="true" />, onAction: () => setDeleting(true) }]}
            />
          </>
        }
      />
      <CaseWarnings detail={data} />
      <CaseSharingBanner caseId={caseId} />
      <Tabs
        orientation="vertical"
        className="case-sections"
        selectedKey={selected}
        onSelectionChange={(key: Key) => navigate(`/cases/${caseId}/${String(key)}`, { replace: true })}
      >
        <TabList aria-label={t('cases.case.sections')} className="case-tabs">
          {CASE_SECTIONS.map((id) => (
            <Tab key={id} id={id} className="case-tab">
              {t(`cases.tabs.${id}`)}
              {counts[id] ? <span className="tab-count"> ({counts[id]})</span> : null}
              {id === 'journal' && hasDraft && <span className="tab-flag"> · {t('cases.tabs.draftFlag')}</span>}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="overview" className="case-panel">
          <ReadOnlyFrame readOnly={readOnly}>
            <OverviewSection detail={data} />
          </ReadOnlyFrame>
        </TabPanel>
        <TabPanel id="journal" className="case-panel">
          <JournalSection detail={data} />
        </TabPanel>
        <TabPanel id="conversations" className="case-panel">
          <ReadOnlyFrame readOnly={readOnly}>
            <ConversationsSection detail={data} />
          </ReadOnlyFrame>
        </TabPanel>
        <TabPanel id="consents" className="case-panel">
          <ReadOnlyFrame readOnly={readOnly}>
            <ConsentsSection detail={data} />
          </ReadOnlyFrame>
        </TabPanel>
        <TabPanel id="agreements" className="case-panel">
          <ReadOnlyFrame readOnly={readOnly}>
            <AgreementsSection caseId={caseId} />
          </ReadOnlyFrame>
        </TabPanel>
        <TabPanel id="severity" className="case-panel">
          <ReadOnlyFrame readOnly={readOnly}>
            <SeveritySection detail={data} />
          </ReadOnlyFrame>
        </TabPanel>
        <TabPanel id="tasks" className="case-panel">
          <ReadOnlyFrame readOnly={readOnly}>
            <TasksSection detail={data} />
          </ReadOnlyFrame>
        </TabPanel>
        <TabPanel id="attachments" className="case-panel">
          <ReadOnlyFrame readOnly={readOnly}>
            <AttachmentsSection detail={data} />
          </ReadOnlyFrame>
        </TabPanel>
        <TabPanel id="learning" className="case-panel">
          <ReadOnlyFrame readOnly={readOnly}>
            <LearningSection detail={data} />
          </ReadOnlyFrame>
        </TabPanel>
      </Tabs>
      <DeleteCaseDialog record={record} isOpen={deleting} onClose={() => setDeleting(false)} />
    </article>
  );
}
