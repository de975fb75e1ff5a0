import { LockKeyhole } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/app-dialog';

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
    <AppDialog isOpen={isOpen} onClose={onCancel} title={t('colleagues.fileWarning.title', { name: recipientName })}>
      <p className="encrypted-note">
        <LockKeyhole aria-hidden="true" size={20} /> {t('colleagues.fileWarning.encrypted', { name: recipientName })}
      </p>
      <p>{what}</p>
      <p>{t('colleagues.fileWarning.where')}</p>
      <p>{t('colleagues.fileWarning.transport', { name: recipientName })}</p>
      <div className="actions">
        <button type="button" autoFocus onClick={onCancel}>
          {t('actions.cancel')}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {t('colleagues.fileWarning.confirm')}
        </button>
      </div>
    </AppDialog>
  );
}
