import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import {
  conversationCreateInputSchema,
  conversationUpdateInputSchema,
  type ConversationRecord,
} from '../../../../../shared/domain/schemas/conversation';
import { CONVERSATION_STATUSES } from '../../../../../shared/domain/vocabulary';
import { useCreateConversation, useRemoveConversation, useUpdateConversation } from '../../../api/use-case-sections';
import { ConfirmRemoveDialog } from '../../../components/confirm-remove-dialog';
import { useAnnounce } from '../../../components/announcer';
import { useCloseUntouchedOnEscape } from '../../../components/close-on-escape';
import { EditRemoveActions } from '../../../components/edit-remove-actions';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { formatDate } from '../../../components/formatting';
import { emptyAsNull, optionsOf, SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/textarea-field';
import { useErrorText } from '../../../components/use-error-text';
import { useLabels } from '../../../components/use-labels';
import { DraftRestoredNotice } from '../../../drafts/draft-restored-notice';
import { useFormDraft, type FormDraft } from '../../../drafts/use-form-draft';
import { useReopen } from '../../../drafts/workspace-place';

/** Samtaleforløb: the series of conversations offered, planned, held or declined. */
export function ConversationsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const words = useLabels();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [removing, setRemoving] = useState<ConversationRecord | null>(null);
  const remove = useRemoveConversation();
  const caseId = detail.case.id;
  useReopen('conversation', caseId, (target) => (target === 'new' ? setAdding(true) : setEditingId(target)));
  return (
    <section aria-labelledby="conversations-title">
      <h2 id="conversations-title">{t('journal.conversations.title')}</h2>
      <p className="hint">{t('journal.conversations.intro')}</p>
      {detail.conversations.length === 0 && <p>{t('journal.conversations.none')}</p>}
      <ol className="plain-list">
        {detail.conversations.map((conversation, index) => (
          <li key={conversation.id} className="card">
            {editingId === conversation.id ? (
              <ConversationForm caseId={caseId} conversation={conversation} onDone={() => setEditingId(null)} />
            ) : (
              <>
                <p>
                  <strong>{t('journal.conversations.number', { number: index + 1 })}</strong> · {words.conversationStatus[conversation.status]}
                  {conversation.date && <> · {formatDate(conversation.date)}</>}
                </p>
                {conversation.note && <p className="prose">{conversation.note}</p>}
                <EditRemoveActions
                  onEdit={() => setEditingId(conversation.id)}
                  onRemove={() => setRemoving(conversation)}
                  editLabel={t('journal.conversations.editNamed', { number: index + 1 })}
                  removeLabel={t('journal.conversations.removeNamed', { number: index + 1 })}
                />
              </>
            )}
          </li>
        ))}
      </ol>
      {adding ? (
        <ConversationForm caseId={caseId} onDone={() => setAdding(false)} />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setAdding(true)}>
            {t('journal.conversations.add')}
          </button>
        </div>
      )}
      <ConfirmRemoveDialog item={removing} title={t('journal.conversations.removeTitle')} remove={remove} onClose={() => setRemoving(null)}>
        <p>{t('journal.conversations.removeBody')}</p>
      </ConfirmRemoveDialog>
    </section>
  );
}

function ConversationForm({ caseId, conversation, onDone }: { caseId: number; conversation?: ConversationRecord; onDone: () => void }) {
  return conversation ? <EditConversationForm conversation={conversation} onDone={onDone} /> : <AddConversationForm caseId={caseId} onDone={onDone} />;
}

function AddConversationForm({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const announce = useAnnounce();
  const { t } = useTranslation();
  const create = useCreateConversation();
  const form = useForm({
    resolver: zodResolver(conversationCreateInputSchema),
    defaultValues: { caseId, status: 'offered', date: null, note: '' },
  });
  const draft = useFormDraft(form, { form: 'conversation', caseId, target: null });
  const submit = form.handleSubmit(async (values) => {
    await draft.saveWith(() => create.mutateAsync(values));
    announce(t('actions.saved'));
    onDone();
  });
  return <ConversationFields form={form} draft={draft} onSubmit={submit} onCancel={onDone} mutation={create} />;
}

function EditConversationForm({ conversation, onDone }: { conversation: ConversationRecord; onDone: () => void }) {
  const announce = useAnnounce();
  const { t } = useTranslation();
  const update = useUpdateConversation();
  const form = useForm({
    resolver: zodResolver(conversationUpdateInputSchema),
    defaultValues: { id: conversation.id, status: conversation.status, date: conversation.date, note: conversation.note ?? '' },
  });
  const draft = useFormDraft(form, { form: 'conversation', caseId: conversation.caseId, target: conversation.id });
  const submit = form.handleSubmit(async (values) => {
    await draft.saveWith(() => update.mutateAsync(values));
    announce(t('actions.saved'));
    onDone();
  });
  return <ConversationFields form={form} draft={draft} onSubmit={submit} onCancel={onDone} mutation={update} />;
}

interface ConversationFieldValues {
  status?: ConversationRecord['status'];
  date?: string | null;
  note?: string | null;
}

function ConversationFields<T extends ConversationFieldValues>({
  form,
  draft,
  onSubmit,
  onCancel,
  mutation,
}: {
  form: UseFormReturn<T>;
  draft: FormDraft;
  onSubmit: () => void;
  onCancel: () => void;
  mutation: { isPending: boolean; error: unknown };
}) {
  const { t } = useTranslation();
  const words = useLabels();
  const errorText = useErrorText();
  // Both forms share these fields; narrowed once here rather than at each caller.
  const { register, formState } = form as unknown as UseFormReturn<ConversationFieldValues>;
  const escapeCloses = useCloseUntouchedOnEscape(form, onCancel);
  return (
    <form
      noValidate
      className="subform"
      aria-label={t('journal.conversations.formTitle')}
      onKeyDown={escapeCloses}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <DraftRestoredNotice restored={draft.restored} />
      <div className="field-row">
        <SelectField
          label={t('journal.conversations.status')}
          options={optionsOf(CONVERSATION_STATUSES, words.conversationStatus)}
          {...register('status')}
        />
        <Field
          label={t('journal.conversations.date')}
          type="date"
          description={t('journal.conversations.dateHint')}
          {...register('date', emptyAsNull)}
          error={formState.errors.date ? t('journal.conversations.dateRequired') : undefined}
        />
      </div>
      <TextAreaField label={t('journal.conversations.note')} rows={3} maxLength={TEXT_LIMITS.medium} {...register('note')} error={errorText(formState.errors.note)} />
      <FormActions pending={mutation.isPending} error={mutation.error} onCancel={() => void draft.clear().then(onCancel)} />
    </form>
  );
}
