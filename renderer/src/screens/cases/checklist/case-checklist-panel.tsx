import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { caseChecklist, isStepTask, type ChecklistItem } from '../../../../../shared/domain/case-checklist';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import type { SeverityStep } from '../../../../../shared/domain/severity';
import { useCreateTask, useUpdateTask } from '../../../api/use-case-sections';
import { Choice } from '../../../components/choice-group';
import { ErrorMessage } from '../../../components/error-message';
import { formatDate, todayIsoDate } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';
import { useEvidenceText } from './use-evidence-text';
import './case-page.css';

type HeadingLevel = 'h2' | 'h3' | 'h4';

/**
 * "Rammen om en henvendelse" as a living checklist: a step the case's records already show
 * is done, with that record and a link to it; a step only the contact person knows about
 * (told in a conversation) can be marked as done, which keeps it as a done task with
 * today's date.
 */
export function CaseChecklistPanel({
  detail,
  heading: Heading = 'h2',
  framed = true,
}: {
  detail: CaseDetail;
  heading?: HeadingLevel;
  /** False inside another card, such as the latest assessment. */
  framed?: boolean;
}) {
  const { t } = useTranslation();
  const items = caseChecklist(detail);
  const done = items.filter((item) => item.state === 'done').length;
  const titleId = `checklist-title-${Heading}`;
  return (
    <section aria-labelledby={titleId} className={framed ? 'card case-checklist' : 'case-checklist'}>
      <Heading id={titleId}>{t('casePage.checklist.title')}</Heading>
      <p className="hint">{t('casePage.checklist.intro')}</p>
      <p className="checklist-progress">{t('casePage.checklist.progress', { done, total: items.length })}</p>
      <ChecklistItems detail={detail} items={items} />
    </section>
  );
}

function ChecklistItems({ detail, items }: { detail: CaseDetail; items: ChecklistItem[] }) {
  const { t } = useTranslation();
  const words = useLabels();
  const evidenceText = useEvidenceText();
  const create = useCreateTask();
  const update = useUpdateTask();
  const caseId = detail.case.id;
  // The row follows the click at once; the stored task catches up a moment later.
  const [marking, setMarking] = useState<Partial<Record<SeverityStep, boolean>>>({});
  const pending = create.isPending || update.isPending;

  const setDone = async (step: SeverityStep, isDone: boolean) => {
    setMarking((current) => ({ ...current, [step]: isDone }));
    try {
      const existing = detail.tasks.find((task) => isStepTask(task, step));
      const task = existing ?? (isDone ? await create.mutateAsync({ caseId, title: words.severityStep[step] }) : undefined);
      if (task) await update.mutateAsync({ id: task.id, doneOn: isDone ? todayIsoDate() : null });
    } finally {
      setMarking(({ [step]: _settled, ...rest }) => rest);
    }
  };

  const sectionName = (section: ChecklistItem['section']) => t(`cases.tabs.${section}`);
  return (
    <>
      <ol className="checklist-items">
        {items.map((item) => {
          const fromRecord = item.evidence !== null && item.evidence.kind !== 'task_done';
          const stateText =
            item.state === 'planned' && item.plannedTask?.dueDate
              ? t('casePage.checklist.planned', { date: formatDate(item.plannedTask.dueDate) })
              : t('casePage.checklist.open');
          const describedBy = `checklist-${item.step}-state`;
          return (
            <li key={item.step} className={`checklist-item is-${item.state}`}>
              <Choice
                type="checkbox"
                checked={marking[item.step] ?? item.state === 'done'}
                // A record shows the step: it is undone by changing the record, not here.
                disabled={pending || fromRecord}
                aria-describedby={describedBy}
                onChange={(event) => void setDone(item.step, event.target.checked)}
                label={words.severityStep[item.step]}
              />
              <p className="checklist-evidence" id={describedBy}>
                {item.evidence ? evidenceText(item.evidence) : stateText}
                {/* The overview is where the checklist itself lives: no link to the page one is on. */}
                {item.section !== 'overview' && (
                  <>
                    {' · '}
                    <Link href={`/cases/${caseId}/${item.section}`}>
                      {t(item.evidence ? 'casePage.checklist.see' : 'casePage.checklist.goTo', { section: sectionName(item.section) })}
                    </Link>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      <ErrorMessage error={create.error ?? update.error} />
    </>
  );
}
