import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import {
  learningPointCreateInputSchema,
  learningPointUpdateInputSchema,
  type LearningPointRecord,
} from '../../../../../shared/domain/schemas/learning-point';
import { useCreateLearningPoint, useRemoveLearningPoint, useUpdateLearningPoint } from '../../../api/use-learning-points';
import { ConfirmRemoveDialog } from '../../../components/confirm-remove-dialog';
import { useAnnounce } from '../../../components/announcer';
import { useCloseUntouchedOnEscape } from '../../../components/close-on-escape';
import { EditRemoveActions } from '../../../components/edit-remove-actions';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { TextAreaField } from '../../../components/textarea-field';
import { useErrorText } from '../../../components/use-error-text';
import { InlineGuard } from './inline-guard';
import { DraftRestoredNotice } from '../../../drafts/draft-restored-notice';
import { useFormDraft } from '../../../drafts/use-form-draft';
import { useReopen } from '../../../drafts/workspace-place';

/**
 * Læringspunkter from this case, written for the yearly learning document: the only free
 * text that ever reaches it, so they are written without anything that points to a person.
 */
export function LearningSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [editingId, setEditingId] = useState<number | null>(null);
  const [removing, setRemoving] = useState<LearningPointRecord | null>(null);
  const remove = useRemoveLearningPoint();
  useReopen('learning-point', detail.case.id, (target) => target !== 'new' && setEditingId(target));
  return (
    <section aria-labelledby="learning-title">
      <h2 id="learning-title">{t('journal.learning.title')}</h2>
      <p className="notice">{t('journal.learning.intro')}</p>
      {detail.learningPoints.length === 0 && <p>{t('journal.learning.none')}</p>}
      <ul className="plain-list">
        {detail.learningPoints.map((point) => (
          <li key={point.id} className="card">
            {editingId === point.id ? (
              <EditLearningPoint caseId={detail.case.id} point={point} onDone={() => setEditingId(null)} />
            ) : (
              <>
                <p className="hint">{t('journal.learning.forYear', { year: point.reportYear })}</p>
                <p className="prose">{point.text}</p>
                <EditRemoveActions onEdit={() => setEditingId(point.id)} onRemove={() => setRemoving(point)} />
              </>
            )}
          </li>
        ))}
      </ul>
      <AddLearningPoint caseId={detail.case.id} />
      <ConfirmRemoveDialog item={removing} title={t('journal.learning.removeTitle')} remove={remove} onClose={() => setRemoving(null)}>
        <p>{t('journal.learning.removeBody')}</p>
      </ConfirmRemoveDialog>
    </section>
  );
}

function AddLearningPoint({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const announce = useAnnounce();
  const create = useCreateLearningPoint();
  const year = new Date().getFullYear();
  const form = useForm({ resolver: zodResolver(learningPointCreateInputSchema), defaultValues: { caseId, reportYear: year, text: '' } });
  const watched = useWatch({ control: form.control, name: ['text', 'reportYear'] });
  const draft = useFormDraft(form, { form: 'learning-point', caseId, target: null });
  const submit = form.handleSubmit((values) =>
    draft.saveWith(async () => {
      await create.mutateAsync(values);
      form.reset({ caseId, reportYear: values.reportYear, text: '' });
      announce(t('actions.saved'));
    }),
  );
  return (
    <form noValidate onSubmit={submit} className="card" aria-labelledby="add-learning-title">
      <h3 id="add-learning-title">{t('journal.learning.addTitle')}</h3>
      <DraftRestoredNotice restored={draft.restored} />
      <TextAreaField label={t('journal.learning.text')} rows={3} maxLength={TEXT_LIMITS.medium} {...form.register('text')} error={errorText(form.formState.errors.text)} />
      <InlineGuard text={watched[0] ?? ''} reportYear={watched[1] ?? year} />
      <Field
        label={t('journal.learning.reportYear')}
        type="number"
        inputMode="numeric"
        {...form.register('reportYear', { valueAsNumber: true })}
        error={errorText(form.formState.errors.reportYear, 'number')}
      />
      <ErrorMessage error={create.error} />
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          {t('journal.learning.add')}
        </button>
      </div>
    </form>
  );
}

function EditLearningPoint({ caseId, point, onDone }: { caseId: number; point: LearningPointRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const announce = useAnnounce();
  const update = useUpdateLearningPoint();
  const form = useForm({
    resolver: zodResolver(learningPointUpdateInputSchema),
    defaultValues: { id: point.id, reportYear: point.reportYear, text: point.text },
  });
  const watched = useWatch({ control: form.control, name: ['text', 'reportYear'] });
  const draft = useFormDraft(form, { form: 'learning-point', caseId, target: point.id });
  const submit = form.handleSubmit(async (values) => {
    await draft.saveWith(() => update.mutateAsync(values));
    announce(t('actions.saved'));
    onDone();
  });
  const escapeCloses = useCloseUntouchedOnEscape(form, onDone);
  return (
    <form noValidate onSubmit={submit} onKeyDown={escapeCloses} aria-label={t('journal.learning.editTitle')}>
      <DraftRestoredNotice restored={draft.restored} />
      <TextAreaField label={t('journal.learning.text')} rows={3} maxLength={TEXT_LIMITS.medium} {...form.register('text')} error={errorText(form.formState.errors.text)} />
      <InlineGuard text={watched[0] ?? ''} reportYear={watched[1] ?? point.reportYear} />
      <Field
        label={t('journal.learning.reportYear')}
        type="number"
        inputMode="numeric"
        {...form.register('reportYear', { valueAsNumber: true })}
        error={errorText(form.formState.errors.reportYear, 'number')}
      />
      <FormActions pending={update.isPending} error={update.error} onCancel={() => void draft.clear().then(onDone)} />
    </form>
  );
}
