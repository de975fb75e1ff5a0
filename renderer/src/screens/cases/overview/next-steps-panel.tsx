import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { caseChecklist } from '../../../../../shared/domain/case-checklist';
import { nextSteps, type NextStep } from '../../../../../shared/domain/next-steps';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { suggestStatus } from '../../../../../shared/domain/status-suggestions';
import { formatDate, todayIsoDate } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';
import { isStatusSuggestionDismissed, StatusSuggestionPrompt, useStatusAnnouncement } from './status-suggestion';

/** "Næste skridt": what to do now, from the tasks, the status the records point to, and the policy's checklist. */
export function NextStepsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const words = useLabels();
  const [, setDismissals] = useState(0);
  const announcement = useStatusAnnouncement(words.caseStatus[detail.case.status]);
  const steps = caseNextSteps(detail);
  if (detail.case.status === 'closed') return null;
  return (
    <section aria-labelledby="next-steps-title" className="card next-steps">
      <h2 id="next-steps-title">{t('casePage.nextSteps.title')}</h2>
      <p role="status" className="hint">
        {announcement}
      </p>
      {steps.length === 0 ? (
        <p>{t('casePage.nextSteps.none')}</p>
      ) : (
        <ol className="next-steps-list">
          {steps.map((step) => (
            <li key={keyOf(step)}>
              <NextStepRow detail={detail} step={step} onDismiss={() => setDismissals((count) => count + 1)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The case's next steps, in the order the panel shows them; the first is the case's primary action. */
export function caseNextSteps(detail: CaseDetail): NextStep[] {
  const suggestion = suggestStatus(detail);
  return nextSteps({
    status: detail.case.status,
    tasks: detail.tasks,
    checklist: caseChecklist(detail),
    statusSuggestion: suggestion && !isStatusSuggestionDismissed(suggestion) ? suggestion : null,
    today: todayIsoDate(),
  });
}

function keyOf(step: NextStep): string {
  if (step.kind === 'task') return `task:${step.task.id}`;
  if (step.kind === 'status') return step.suggestion.key;
  return `step:${step.item.step}`;
}

function NextStepRow({ detail, step, onDismiss }: { detail: CaseDetail; step: NextStep; onDismiss: () => void }) {
  const { t } = useTranslation();
  const words = useLabels();
  const caseId = detail.case.id;
  switch (step.kind) {
    case 'status':
      return <StatusSuggestionPrompt caseId={caseId} suggestion={step.suggestion} onDismiss={onDismiss} />;
    case 'task': {
      const { task, overdue } = step;
      return (
        <>
          <span>{task.title}</span>
          <span className={overdue ? 'next-step-when is-overdue' : 'next-step-when'}>
            {task.dueDate === null
              ? t('casePage.nextSteps.noDate')
              : t(overdue ? 'casePage.nextSteps.overdue' : 'casePage.nextSteps.due', { date: formatDate(task.dueDate) })}
          </span>
          <Link href={`/cases/${caseId}/tasks`}>{t('casePage.nextSteps.openTask')}</Link>
        </>
      );
    }
    case 'step':
      return (
        <>
          <span>{words.severityStep[step.item.step]}</span>
          <span className="next-step-when">{t('casePage.nextSteps.step')}</span>
          {/* This panel is on the overview: a step taken here needs no link to it. */}
          {step.item.section !== 'overview' && (
            <Link href={`/cases/${caseId}/${step.item.section}`}>
              {t('casePage.checklist.goTo', { section: t(`cases.tabs.${step.item.section}`) })}
            </Link>
          )}
        </>
      );
  }
}
