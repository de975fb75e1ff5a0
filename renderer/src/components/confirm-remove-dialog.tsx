import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';

/** A mutation that removes one item by its id, as the api hooks return it. */
interface RemoveMutation {
  isPending: boolean;
  error: unknown;
  mutate: (input: { id: number }, options: { onSuccess: () => void }) => void;
}

/** Asks before removing `item` from a list; closes once it is gone, or stays open with the error. */
export function ConfirmRemoveDialog<T extends { id: number }>({
  item,
  title,
  children,
  remove,
  onClose,
}: {
  /** The item asked about; the dialog is open while it is set. */
  item: T | null;
  title: string;
  children: ReactNode;
  remove: RemoveMutation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      isOpen={item !== null}
      title={title}
      confirmLabel={t('actions.remove')}
      pending={remove.isPending}
      error={remove.error}
      onCancel={onClose}
      onConfirm={() => {
        if (item) remove.mutate({ id: item.id }, { onSuccess: onClose });
      }}
    >
      {children}
    </ConfirmDialog>
  );
}
