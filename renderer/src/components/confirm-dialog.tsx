import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from './app-dialog';
import { ErrorMessage } from './error-message';

/**
 * Asks before something that cannot be undone. Cancel comes first and has the focus, so
 * Enter on a dialog opened by mistake does no harm.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  pending,
  canConfirm = true,
  error,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  /** False while a further check in the dialog (e.g. a tick box) is not yet made. */
  canConfirm?: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppDialog isOpen={isOpen} onClose={onCancel} title={title} role="alertdialog">
      {children}
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="button" autoFocus onClick={onCancel}>
          {t('actions.cancel')}
        </button>
        <button type="button" className="danger" disabled={pending || !canConfirm} onClick={onConfirm}>
          {pending ? t('actions.working') : confirmLabel}
        </button>
      </div>
    </AppDialog>
  );
}
