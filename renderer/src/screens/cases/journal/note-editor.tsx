import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { FormDraftKey, FormDraftRecord, NoteDraft } from '../../../../../shared/contract/drafts';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import type { NoteRecord } from '../../../../../shared/domain/schemas/note';
import { NOTE_KINDS } from '../../../../../shared/domain/vocabulary';
import { ApiError } from '../../../api/bridge';
import { useCreateNote, useEditNote } from '../../../api/use-case-sections';
import { useStoredDraft } from '../../../api/use-drafts';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useAnnounce } from '../../../components/announcer';
import { useCloseUntouchedOnEscape } from '../../../components/close-on-escape';
import { DraftRestoredNotice } from '../../../drafts/draft-restored-notice';
import type { AutosaveState } from '../../../drafts/use-draft-autosave';
import { useFormDraft } from '../../../drafts/use-form-draft';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { formatTime, todayIsoDate } from '../../../components/formatting';
import { optionsOf, SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/textarea-field';
import { useErrorText } from '../../../components/use-error-text';
import { useLabels } from '../../../components/use-labels';
import { createNoteSchema, draftOfNote, editNoteSchema, emptyDraft, isWorthKeeping, type NoteFormOutput } from './note-form-schema';

interface EditorProps {
  caseId: number;
  /** The note being edited; a new note when left out. */
  note?: NoteRecord;
  onClose: () => void;
}

/** Opens with the draft waiting in the vault, if any, so text written before a lock comes back. */
export function NoteEditor(props: EditorProps) {
  const { t } = useTranslation();
  const stored = useStoredDraft(noteDraftKey(props.caseId, props.note));
  if (stored.isPending) return <p role="status">{t('cases.loading')}</p>;
  if (stored.isError) return <ErrorMessage error={stored.error} />;
  return <NoteForm {...props} restored={stored.data} />;
}

const noteDraftKey = (caseId: number, note: NoteRecord | undefined): FormDraftKey => ({ form: 'note', caseId, target: note?.id ?? null });

const EDIT_ISSUES = ['stale_version', 'no_change'] as const;
type EditIssue = (typeof EDIT_ISSUES)[number];

/** Why an edit was refused, in words, when the engine names a reason the person can act on. */
function editIssue(error: unknown): EditIssue | null {
  if (!(error instanceof ApiError)) return null;
  const issues = (error.data.details?.issues ?? []) as { code?: string }[];
  const known = issues.map((issue) => issue.code).find((code): code is EditIssue => (EDIT_ISSUES as readonly (string | undefined)[]).includes(code));
  return known ?? null;
}

function NoteForm({ caseId, note, onClose, restored }: EditorProps & { restored: FormDraftRecord | null }) {
  const { t } = useTranslation();
  const words = useLabels();
  const errorText = useErrorText();
  const announce = useAnnounce();
  const create = useCreateNote();
  const edit = useEditNote();
  const mutation = note ? edit : create;
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const schema: z.ZodType<NoteFormOutput, NoteDraft> = note ? editNoteSchema(note) : createNoteSchema(caseId);
  const form = useForm<NoteDraft, unknown, NoteFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: (restored?.values as NoteDraft | undefined) ?? (note ? draftOfNote(note) : emptyDraft(todayIsoDate())),
  });
  const autosave = useFormDraft(form, noteDraftKey(caseId, note), (values) => isWorthKeeping(values, note));
  const { register, formState, getValues } = form;
  const errors = formState.errors;
  const stale = note !== undefined && restored !== null && (restored.values as NoteDraft).basedOnVersion !== note.version;

  const submit = form.handleSubmit(async (values) => {
    await autosave.pause();
    try {
      if ('id' in values) await edit.mutateAsync(values);
      else await create.mutateAsync(values);
    } catch (error) {
      autosave.resume();
      throw error;
    }
    await autosave.clear();
    announce(t('actions.saved'));
    onClose();
  });

  const issue = editIssue(mutation.error);
  const title = note ? t('journal.editor.editTitle') : t('journal.editor.newTitle');
  const escapeCloses = useCloseUntouchedOnEscape(form, onClose);
  return (
    <form noValidate onSubmit={submit} onKeyDown={escapeCloses} className="subform note-editor" aria-label={title}>
      <h3>{title}</h3>
      <DraftRestoredNotice restored={autosave.restored} />
      {stale && <p className="warning">{t('journal.editor.staleDraft')}</p>}
      <div className="field-row">
        <Field label={t('journal.fields.noteDate')} type="date" {...register('noteDate')} error={errorText(errors.noteDate, 'date')} />
        <SelectField label={t('journal.fields.kind')} options={optionsOf(NOTE_KINDS, words.noteKind)} {...register('kind')} />
      </div>
      <Field
        label={t('journal.fields.title')}
        autoComplete="off"
        maxLength={TEXT_LIMITS.short}
        {...register('title')}
        error={errorText(errors.title)}
      />
      <TextAreaField
        label={t('journal.fields.body')}
        rows={10}
        maxLength={TEXT_LIMITS.note}
        {...register('body')}
        error={errorText(errors.body)}
        autoFocus={!restored}
      />
      {note && (
        <TextAreaField
          label={t('journal.fields.editReason')}
          description={t('journal.fields.editReasonHint')}
          rows={2}
          maxLength={TEXT_LIMITS.medium}
          {...register('editReason')}
          error={errorText(errors.editReason)}
        />
      )}
      <AutosaveStatus state={autosave.state} />
      {issue ? <p role="alert" className="error-message">{t(`journal.editor.${issue}`)}</p> : <ErrorMessage error={mutation.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {note ? t('journal.editor.saveEdit') : t('journal.editor.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            void autosave.flush().then(onClose);
          }}
        >
          {t('journal.editor.keepDraft')}
        </button>
        <button
          type="button"
          onClick={() => (isWorthKeeping(getValues(), note) || restored ? setConfirmDiscard(true) : onClose())}
        >
          {t('journal.editor.discard')}
        </button>
      </div>
      <ConfirmDialog
        isOpen={confirmDiscard}
        title={t('journal.editor.discardTitle')}
        confirmLabel={t('journal.editor.discardConfirm')}
        pending={false}
        error={null}
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={() => {
          setConfirmDiscard(false);
          void autosave.clear().then(onClose);
        }}
      >
        <p>{t('journal.editor.discardBody')}</p>
      </ConfirmDialog>
    </form>
  );
}

/** Reassurance that the text is safe, quietly: it changes every few seconds, so it is not announced. */
function AutosaveStatus({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  const text =
    state.status === 'saved'
      ? t('journal.editor.draftSaved', { time: formatTime(state.savedAt) })
      : state.status === 'saving'
        ? t('journal.editor.draftSaving')
        : state.status === 'failed'
          ? t('journal.editor.draftFailed')
          : t('journal.editor.draftHint');
  return (
    <p className={state.status === 'failed' ? 'field-error' : 'hint'} data-testid="draft-status">
      {text}
    </p>
  );
}
