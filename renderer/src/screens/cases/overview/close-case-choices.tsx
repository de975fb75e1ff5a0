import { useTranslation } from 'react-i18next';
import type { NoteDraftSummary } from '../../../../../shared/contract/drafts';
import type { TaskRecord } from '../../../../../shared/domain/schemas/task';
import { useDraftCalls, useDraftList } from '../../../api/use-drafts';
import { useRemoveTask, useUpdateTask } from '../../../api/use-case-sections';
import { Choice, ChoiceGroup } from '../../../components/choice-group';
import { todayIsoDate } from '../../../components/formatting';

/*
 * Closing a case asks what should become of what is still open in it, instead of leaving
 * tasks to nag as overdue and drafts to wait unseen. Keeping is the default: nothing is
 * done or deleted unless the person chooses it.
 */

export const TASK_CHOICES = ['keep', 'done', 'remove'] as const;
export type TaskChoice = (typeof TASK_CHOICES)[number];
export type DraftChoice = 'keep' | 'discard';

export interface CloseChoices {
  tasks: Record<number, TaskChoice>;
  drafts: DraftChoice;
}

export function useCaseDrafts(caseId: number): NoteDraftSummary[] {
  const drafts = useDraftList();
  return (drafts.data ?? []).filter((draft) => draft.caseId === caseId);
}

/** Carries out the choices once the case is closed. */
export function useApplyCloseChoices(caseId: number, openTasks: readonly TaskRecord[]) {
  const update = useUpdateTask();
  const remove = useRemoveTask();
  const draftCalls = useDraftCalls();
  const drafts = useCaseDrafts(caseId);
  return async (choices: CloseChoices) => {
    for (const task of openTasks) {
      const choice = choices.tasks[task.id] ?? 'keep';
      if (choice === 'done') await update.mutateAsync({ id: task.id, doneOn: todayIsoDate() });
      if (choice === 'remove') await remove.mutateAsync({ id: task.id });
    }
    if (choices.drafts === 'discard') {
      for (const draft of drafts) await draftCalls.discard({ form: 'note', caseId: draft.caseId, target: draft.noteId });
    }
  };
}

export function CloseCaseChoices({
  openTasks,
  drafts,
  choices,
  onChange,
}: {
  openTasks: readonly TaskRecord[];
  drafts: readonly NoteDraftSummary[];
  choices: CloseChoices;
  onChange: (choices: CloseChoices) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {openTasks.length > 0 && (
        <section aria-labelledby="close-tasks-title" className="close-choices">
          <h3 id="close-tasks-title">{t('casePage.close.openTasksTitle')}</h3>
          <p className="hint">{t('casePage.close.openTasksIntro')}</p>
          {openTasks.map((task) => (
            <ChoiceGroup key={task.id} legend={t('casePage.close.taskChoice', { title: task.title })}>
              {TASK_CHOICES.map((choice) => (
                <Choice
                  key={choice}
                  type="radio"
                  name={`close-task-${task.id}`}
                  value={choice}
                  checked={(choices.tasks[task.id] ?? 'keep') === choice}
                  onChange={() => onChange({ ...choices, tasks: { ...choices.tasks, [task.id]: choice } })}
                  label={t(`casePage.close.${choice}`)}
                />
              ))}
            </ChoiceGroup>
          ))}
        </section>
      )}
      {drafts.length > 0 && (
        <section aria-labelledby="close-drafts-title" className="close-choices">
          <h3 id="close-drafts-title">{t('casePage.close.draftsTitle')}</h3>
          <p>{t('casePage.close.drafts', { count: drafts.length })}</p>
          <ChoiceGroup legend={t('casePage.close.draftChoice')}>
            {(['keep', 'discard'] as const).map((choice) => (
              <Choice
                key={choice}
                type="radio"
                name="close-drafts"
                value={choice}
                checked={choices.drafts === choice}
                onChange={() => onChange({ ...choices, drafts: choice })}
                label={t(choice === 'keep' ? 'casePage.close.keepDrafts' : 'casePage.close.discardDrafts')}
              />
            ))}
          </ChoiceGroup>
        </section>
      )}
    </>
  );
}
