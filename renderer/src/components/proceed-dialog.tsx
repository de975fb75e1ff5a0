import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from './app-dialog';

/**
 * Says what is about to happen before a step that writes a file or sends something on (an
 * unencrypted export, a package for the colleague). Cancel comes first and has the focus;
 * going on is the primary action. For steps that destroy something, use ConfirmDialog.
 */
export function ProceedDialog({
  isOpen,
  title,
  children,
  proceedLabel,
  onProceed,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  proceedLabel: string;
  onProceed: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppDialog isOpen={isOpen} onClose={onCancel} title={title}>
      {children}
      <div className="actions">
        <button type="button" autoFocus onClick={onCancel}>
          {t('actions.cancel')}
        </button>
        <button type="button" className="primary" onClick={onProceed}>
          {proceedLabel}
        </button>
      </div>
    </AppDialog>
  );
}
