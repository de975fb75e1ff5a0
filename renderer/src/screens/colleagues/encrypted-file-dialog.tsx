import { LockKeyhole } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ProceedDialog } from '../../components/proceed-dialog';

/**
 * Asked before every `.age` file the app writes for a colleague: the file is encrypted
 * (unlike an export), the person chooses where it goes, and carrying it over is theirs.
 */
export function EncryptedFileDialog({
  isOpen,
  recipientName,
  what,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  /** Who can open the file besides the sender. */
  recipientName: string;
  /** One sentence on what the file holds. */
  what: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ProceedDialog
      isOpen={isOpen}
      title={t('colleagues.fileWarning.title', { name: recipientName })}
      proceedLabel={t('colleagues.fileWarning.confirm')}
      onProceed={onConfirm}
      onCancel={onCancel}
    >
      <p className="encrypted-note">
        <LockKeyhole aria-hidden="true" size={20} /> {t('colleagues.fileWarning.encrypted', { name: recipientName })}
      </p>
      <p>{what}</p>
      <p>{t('colleagues.fileWarning.where')}</p>
      <p>{t('colleagues.fileWarning.transport', { name: recipientName })}</p>
    </ProceedDialog>
  );
}
