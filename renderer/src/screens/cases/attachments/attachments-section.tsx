import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { attachmentAddInputSchema, type AttachmentRecord } from '../../../../../shared/domain/schemas/attachment';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { useAddAttachment, useRemoveAttachment, useSaveAttachmentCopy } from '../../../api/use-attachments';
import { AppDialog } from '../../../components/app-dialog';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorMessage } from '../../../components/error-message';
import { formatBytes, formatDateTime } from '../../../components/formatting';
import { TextAreaField } from '../../../components/textarea-field';
import { useErrorText } from '../../../components/use-error-text';

/**
 * Bilag, kept encrypted inside the vault. Files are chosen and written by main in the
 * system's own dialogs; a copy saved out is not encrypted, and the person is told so first.
 */
export function AttachmentsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [copying, setCopying] = useState<AttachmentRecord | null>(null);
  const [removing, setRemoving] = useState<AttachmentRecord | null>(null);
  const remove = useRemoveAttachment();
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('journal.attachments.title')}</h2>
      <p className="hint">{t('journal.attachments.intro')}</p>
      <AddAttachment caseId={detail.case.id} />
      {detail.attachments.length === 0 ? (
        <p>{t('journal.attachments.none')}</p>
      ) : (
        <ul className="plain-list">
          {detail.attachments.map((attachment) => (
            <li key={attachment.id} className="card attachment">
              <p className="attachment-name">{attachment.fileName}</p>
              <p className="hint">
                {formatBytes(attachment.size)} · {t('journal.attachments.added', { time: formatDateTime(attachment.addedAt) })}
              </p>
              {attachment.description && <p className="prose">{attachment.description}</p>}
              <div className="row-actions">
                <button type="button" onClick={() => setCopying(attachment)} aria-label={t('journal.attachments.saveCopyNamed', { name: attachment.fileName })}>
                  {t('journal.attachments.saveCopy')}
                </button>
                <button type="button" onClick={() => setRemoving(attachment)} aria-label={t('journal.attachments.removeNamed', { name: attachment.fileName })}>
                  {t('actions.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <SaveCopyDialog attachment={copying} onClose={() => setCopying(null)} />
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('journal.attachments.removeTitle')}
        confirmLabel={t('actions.remove')}
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate({ id: removing.id, confirm: true }, { onSuccess: () => setRemoving(null) });
        }}
      >
        <p>{t('journal.attachments.removeBody', { name: removing?.fileName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

/** The description is written first; the file is then picked in the system's dialog. */
function AddAttachment({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const add = useAddAttachment();
  const form = useForm({ resolver: zodResolver(attachmentAddInputSchema), defaultValues: { caseId, description: '' } });
  const submit = form.handleSubmit(async (values) => {
    const added = await add.mutateAsync(values);
    if (added) form.reset({ caseId, description: '' });
  });
  return (
    <form noValidate className="card" aria-labelledby="add-attachment-title" onSubmit={submit}>
      <h3 id="add-attachment-title">{t('journal.attachments.addTitle')}</h3>
      <TextAreaField
        label={t('journal.attachments.description')}
        rows={2}
        maxLength={TEXT_LIMITS.medium}
        {...form.register('description')}
        error={errorText(form.formState.errors.description)}
      />
      <p className="hint">{t('journal.attachments.allowed')}</p>
      <ErrorMessage error={add.error} />
      {add.isSuccess && add.data && <p role="status">{t('journal.attachments.addedNotice', { name: add.data.fileName })}</p>}
      <div className="actions">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? t('actions.working') : t('journal.attachments.choose')}
        </button>
      </div>
    </form>
  );
}

function SaveCopyDialog({ attachment, onClose }: { attachment: AttachmentRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAttachmentCopy();
  const close = () => {
    save.reset();
    onClose();
  };
  return (
    <AppDialog isOpen={attachment !== null} onClose={close} title={t('journal.attachments.copyTitle')}>
      {save.data ? (
        <p role="status">{t('journal.attachments.copySaved', { file: save.data.file })}</p>
      ) : (
        <>
          <p className="warning">{t('journal.attachments.copyWarning')}</p>
          <p>{t('journal.attachments.copyAdvice')}</p>
        </>
      )}
      <ErrorMessage error={save.error} />
      <div className="actions">
        {save.data ? (
          <button type="button" className="primary" autoFocus onClick={close}>
            {t('actions.close')}
          </button>
        ) : (
          <>
            <button type="button" autoFocus onClick={close}>
              {t('actions.cancel')}
            </button>
            <button type="button" className="primary" disabled={save.isPending || !attachment} onClick={() => attachment && save.mutate(attachment.id)}>
              {t('journal.attachments.copyConfirm')}
            </button>
          </>
        )}
      </div>
    </AppDialog>
  );
}
