import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labels } from '../../../../../shared/domain/labels';
import type { SeverityStep } from '../../../../../shared/domain/severity';
import type { TaskRecord } from '../../../../../shared/domain/schemas/task';
import { useCreateTask, useUpdateTask } from '../../../api/use-case-sections';
import { Choice } from '../../../components/choice-group';
import { ErrorMessage } from '../../../components/error-message';
import { formatDate, todayIsoDate } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';

/** A step is ticked off by a done task carrying the step's words, in either language. */
function taskOfStep(tasks: readonly TaskRecord[], step: SeverityStep): TaskRecord | undefined {
  const titles = [labels.da.severityStep[step], labels.en.severityStep[step]];
  return tasks.find((task) => titles.includes(task.title));
}

/**
 * The policy's steps for the latest assessment as a checklist. Ticking a step records it
 * as a done task with today's date, so the journal keeps when each step was taken, and a
 * step can also be planned ahead as a task with a due date.
 */
export function StepChecklist({ caseId, steps, tasks }: { caseId: number; steps: readonly SeverityStep[]; tasks: readonly TaskRecord[] }) {
  const { t } = useTranslation();
  const words = useLabels();
  const create = useCreateTask();
  const update = useUpdateTask();
  const pending = create.isPending || update.isPending;
  // The box follows the click at once; the stored task catches up a moment later.
  const [ticking, setTicking] = useState<Partial<Record<SeverityStep, boolean>>>({});

  const setDone = async (step: SeverityStep, done: boolean) => {
    setTicking((current) => ({ ...current, [step]: done }));
    try {
      const task = taskOfStep(tasks, step) ?? (done ? await create.mutateAsync({ caseId, title: words.severityStep[step] }) : undefined);
      if (task) await update.mutateAsync({ id: task.id, doneOn: done ? todayIsoDate() : null });
    } finally {
      setTicking(({ [step]: _settled, ...rest }) => rest);
    }
  };

  return (
    <div className="step-checklist">
      <ul className="plain-list">
        {steps.map((step) => {
          const task = taskOfStep(tasks, step);
          const doneOn = task?.doneOn ?? null;
          return (
            <li key={step}>
              <Choice
                type="checkbox"
                checked={ticking[step] ?? doneOn !== null}
                disabled={pending}
                onChange={(event) => void setDone(step, event.target.checked)}
                label={
                  <>
                    {words.severityStep[step]}
                    {doneOn !== null && <span className="hint"> — {t('consents.severity.doneOn', { date: formatDate(doneOn) })}</span>}
                    {doneOn === null && task?.dueDate && (
                      <span className="hint"> — {t('consents.severity.plannedFor', { date: formatDate(task.dueDate) })}</span>
                    )}
                  </>
                }
              />
            </li>
          );
        })}
      </ul>
      <ErrorMessage error={create.error ?? update.error} />
    </div>
  );
}
