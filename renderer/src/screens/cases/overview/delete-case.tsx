import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CaseRecord } from '../../../../../shared/domain/schemas/case';
import { useDeleteCase } from '../../../api/use-cases';
import { Choice } from '../../../components/choice-group';
import { ConfirmDialog } from '../../../components/confirm-dialog';

/**
 * On the overview only when the retention period has run out; otherwise deleting is
 * offered in the case's "Mere" menu, out of the way of the daily work.
 */
export function DeleteCase({ record, pastRetention }: { record: CaseRecord; pastRetention: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!pastRetention) return null;
  return (
    <section aria-labelledby="delete-title" className="card danger-zone">
      <h2 id="delete-title">{t('cases.delete.title')}</h2>
      <p>{t('cases.delete.pastRetention')}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          {t('cases.delete.button')}
        </button>
      </div>
      <DeleteCaseDialog record={record} isOpen={open} onClose={() => setOpen(false)} />
    </section>
  );
}

/** Deleting removes everything of the case for good; asked in a dialog, with a second check. */
export function DeleteCaseDialog({ record, isOpen, onClose }: { record: CaseRecord; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const remove = useDeleteCase();
  const [understood, setUnderstood] = useState(false);
  const close = () => {
    setUnderstood(false);
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={t('cases.delete.confirmTitle', { reference: record.reference })}
      confirmLabel={t('cases.delete.confirm')}
      pending={remove.isPending}
      canConfirm={understood}
      error={remove.error}
      onCancel={close}
      onConfirm={() => {
        remove.mutate({ caseId: record.id, confirm: true }, { onSuccess: () => navigate('/') });
      }}
    >
      <p>{t('cases.delete.intro')}</p>
      <p>{t('cases.delete.confirmBody')}</p>
      <Choice type="checkbox" label={t('cases.delete.understood')} checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
      {!understood && <p className="hint">{t('cases.delete.tickFirst')}</p>}
    </ConfirmDialog>
  );
}
