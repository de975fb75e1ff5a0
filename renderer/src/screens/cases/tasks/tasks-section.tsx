import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { taskCreateInputSchema, type TaskRecord } from '../../../../../shared/domain/schemas/task';
import { isTaskOverdue } from '../../../../../shared/domain/task-overdue';
import type { CaseStatus } from '../../../../../shared/domain/vocabulary';
import { useCreateTask, useRemoveTask, useUpdateTask } from '../../../api/use-case-sections';
import { Choice } from '../../../components/choice-group';
import { useAnnounce } from '../../../components/announcer';
import { ConfirmRemoveDialog } from '../../../components/confirm-remove-dialog';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { formatDate, todayIsoDate } from '../../../components/formatting';
import { emptyAsNull } from '../../../components/select-field';
import { useErrorText } from '../../../components/use-error-text';
import { DraftRestoredNotice } from '../../../drafts/draft-restored-notice';
import { useFormDraft } from '../../../drafts/use-form-draft';

/** Tasks not done, the soonest due first; those without a date last. */
function byDueDate(a: TaskRecord, b: TaskRecord): number {
  if (a.dueDate === b.dueDate) return a.id - b.id;
  if (a.dueDate === null) return 1;
  if (b.dueDate === null) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

/** Opgaver og opfølgning. */
export function TasksSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<TaskRecord | null>(null);
  const remove = useRemoveTask();
  const open = detail.tasks.filter((task) => task.doneOn === null).sort(byDueDate);
  const done = detail.tasks.filter((task) => task.doneOn !== null);
  return (
    <section aria-labelledby="tasks-title">
      <h2 id="tasks-title">{t('journal.tasks.title')}</h2>
      <AddTaskForm caseId={detail.case.id} />
      <section aria-labelledby="open-tasks-title" className="card">
        <h3 id="open-tasks-title">{t('journal.tasks.open')}</h3>
        {open.length === 0 ? <p className="hint">{t('journal.tasks.noneOpen')}</p> : <TaskList tasks={open} caseStatus={detail.case.status} onRemove={setRemoving} />}
      </section>
      {done.length > 0 && (
        <details className="history">
          <summary>{t('journal.tasks.done', { count: done.length })}</summary>
          <TaskList tasks={done} caseStatus={detail.case.status} onRemove={setRemoving} />
        </details>
      )}
      <ConfirmRemoveDialog item={removing} title={t('journal.tasks.removeTitle')} remove={remove} onClose={() => setRemoving(null)}>
        <p>{t('journal.tasks.removeBody', { title: removing?.title ?? '' })}</p>
      </ConfirmRemoveDialog>
    </section>
  );
}

function TaskList({ tasks, caseStatus, onRemove }: { tasks: TaskRecord[]; caseStatus: CaseStatus; onRemove: (task: TaskRecord) => void }) {
  const { t } = useTranslation();
  const update = useUpdateTask();
  const today = todayIsoDate();
  return (
    <>
      <ul className="plain-list tasks">
        {tasks.map((task) => {
          const overdue = isTaskOverdue(task, caseStatus, today);
          return (
            <li key={task.id} className={overdue ? 'task overdue' : 'task'}>
              <Choice
                type="checkbox"
                checked={task.doneOn !== null}
                disabled={update.isPending}
                onChange={(event) => update.mutate({ id: task.id, doneOn: event.target.checked ? today : null })}
                label={
                  <>
                    {task.title}
                    {task.dueDate && <span className="hint"> — {t('journal.tasks.due', { date: formatDate(task.dueDate) })}</span>}
                    {overdue && <span className="overdue-flag"> {t('journal.tasks.overdue')}</span>}
                    {task.doneOn && <span className="hint"> — {t('journal.tasks.doneOn', { date: formatDate(task.doneOn) })}</span>}
                  </>
                }
              />
              <button type="button" onClick={() => onRemove(task)} aria-label={t('journal.tasks.removeNamed', { title: task.title })}>
                {t('actions.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <ErrorMessage error={update.error} />
    </>
  );
}

function AddTaskForm({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const announce = useAnnounce();
  const create = useCreateTask();
  const form = useForm({ resolver: zodResolver(taskCreateInputSchema), defaultValues: { caseId, title: '', dueDate: null } });
  const draft = useFormDraft(form, { form: 'task', caseId, target: null });
  const submit = form.handleSubmit((values) =>
    draft.saveWith(async () => {
      await create.mutateAsync(values);
      form.reset({ caseId, title: '', dueDate: null });
      announce(t('actions.saved'));
    }),
  );
  return (
    <form noValidate onSubmit={submit} className="card" aria-labelledby="add-task-title">
      <h3 id="add-task-title">{t('journal.tasks.addTitle')}</h3>
      <DraftRestoredNotice restored={draft.restored} />
      <div className="field-row">
        <Field
          label={t('journal.tasks.taskTitle')}
          autoComplete="off"
          maxLength={TEXT_LIMITS.short}
          {...form.register('title')}
          error={errorText(form.formState.errors.title)}
        />
        <Field
          label={t('journal.tasks.dueDate')}
          type="date"
          {...form.register('dueDate', emptyAsNull)}
          error={errorText(form.formState.errors.dueDate, 'date')}
        />
      </div>
      <ErrorMessage error={create.error} />
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          {t('journal.tasks.add')}
        </button>
      </div>
    </form>
  );
}
