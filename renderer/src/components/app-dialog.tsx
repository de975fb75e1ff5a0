import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * A modal dialog: focus moves in and stays inside, Escape closes it, and focus returns to
 * what opened it. An `alertdialog` (a question about something that cannot be undone) is
 * not closed by a click beside it.
 */
export function AppDialog({
  isOpen,
  onClose,
  title,
  role = 'dialog',
  children,
}: {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  role?: 'dialog' | 'alertdialog';
  children: ReactNode;
}) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      isDismissable={role === 'dialog'}
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog role={role} className="dialog">
          <Heading slot="title">{title}</Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
