import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { transitionErrors, type TransitionErrorCode } from '../../../../../shared/domain/case-status';
import type { Labels } from '../../../../../shared/domain/labels';
import { caseTransitionInputSchema, type CaseRecord } from '../../../../../shared/domain/schemas/case';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import type { TaskRecord } from '../../../../../shared/domain/schemas/task';
import { OUTCOMES } from '../../../../../shared/domain/vocabulary';
import { useTransitionCase } from '../../../api/use-cases';
import { AppDialog } from '../../../components/app-dialog';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { todayIsoDate } from '../../../components/formatting';
import { emptyAsNull, optionsOf, SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/textarea-field';
import { useLabels } from '../../../components/use-labels';
import { CloseCaseChoices, useApplyCloseChoices, useCaseDrafts, type CloseChoices } from './close-case-choices';

interface DialogProps {
  record: CaseRecord;
  isOpen: boolean;
  onClose: () => void;
}

const FIELD_OF: Readonly<Record<TransitionErrorCode, 'outcome' | 'closedDate' | 'reason' | 'to'>> = {
  same_status: 'to',
  transition_not_allowed: 'to',
  outcome_required: 'outcome',
  closed_date_required: 'closedDate',
  closed_date_before_received: 'closedDate',
  closing_fields_only_when_closing: 'to',
  reopen_reason_required: 'reason',
};

/**
 * The contract's schema plus the shared status rules, so the person reads what is missing
 * beside the field, in words; the engine checks the same rules again.
 */
function transitionSchema(record: CaseRecord, words: Labels) {
  return caseTransitionInputSchema.superRefine((input, ctx) => {
    for (const code of transitionErrors(record, input)) {
      ctx.addIssue({ code: 'custom', path: [FIELD_OF[code]], message: words.transitionError[code] });
    }
  });
}

function useTransitionForm(
  record: CaseRecord,
  defaults: { to: 'closed' | 'in_dialogue' },
  onClose: () => void,
  afterTransition: () => Promise<void> = async () => {},
) {
  const words = useLabels();
  const transition = useTransitionCase();
  const form = useForm({
    resolver: zodResolver(transitionSchema(record, words)),
    defaultValues:
      defaults.to === 'closed'
        ? { caseId: record.id, to: defaults.to, outcome: null, closedDate: todayIsoDate() }
        : { caseId: record.id, to: defaults.to, reason: '' },
  });
  const submit = form.handleSubmit(async (values) => {
    await transition.mutateAsync(values);
    await afterTransition();
    form.reset();
    onClose();
  });
  return { form, submit, transition };
}

/** Closing asks for the outcome and date, and what should become of open tasks and drafts. */
export function CloseCaseDialog({ record, tasks, isOpen, onClose }: DialogProps & { tasks: readonly TaskRecord[] }) {
  const { t } = useTranslation();
  const words = useLabels();
  const openTasks = tasks.filter((task) => task.doneOn === null);
  const drafts = useCaseDrafts(record.id);
  const [choices, setChoices] = useState<CloseChoices>({ tasks: {}, drafts: 'keep' });
  const applyChoices = useApplyCloseChoices(record.id, openTasks);
  const { form, submit, transition } = useTransitionForm(record, { to: 'closed' }, onClose, () => applyChoices(choices));
  const errors = form.formState.errors;
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('cases.status.closeTitle', { reference: record.reference })}>
      <form noValidate onSubmit={submit}>
        <p>{t('cases.status.closeIntro')}</p>
        <SelectField
          label={t('cases.status.outcome')}
          options={optionsOf(OUTCOMES, words.outcome)}
          emptyLabel={t('cases.status.chooseOutcome')}
          {...form.register('outcome', emptyAsNull)}
          error={errors.outcome?.message}
        />
        <Field label={t('cases.status.closedDate')} type="date" {...form.register('closedDate', emptyAsNull)} error={errors.closedDate?.message} />
        <CloseCaseChoices openTasks={openTasks} drafts={drafts} choices={choices} onChange={setChoices} />
        <ErrorMessage error={transition.error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={transition.isPending}>
            {t('cases.status.closeConfirm')}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}

export function ReopenCaseDialog({ record, isOpen, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { form, submit, transition } = useTransitionForm(record, { to: 'in_dialogue' }, onClose);
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('cases.status.reopenTitle', { reference: record.reference })}>
      <form noValidate onSubmit={submit}>
        <TextAreaField
          label={t('cases.status.reopenReason')}
          maxLength={TEXT_LIMITS.medium}
          {...form.register('reason')}
          error={form.formState.errors.reason?.message}
        />
        <ErrorMessage error={transition.error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={transition.isPending}>
            {t('cases.status.reopenConfirm')}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}
