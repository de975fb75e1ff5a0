import { useTranslation } from 'react-i18next';

/**
 * The edit and remove buttons of one item in a list. The labels name the item for a
 * screen reader where the list shows several alike ("Rediger samtale 2").
 */
export function EditRemoveActions({
  onEdit,
  onRemove,
  editLabel,
  removeLabel,
}: {
  onEdit: () => void;
  onRemove: () => void;
  editLabel?: string;
  removeLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      <button type="button" onClick={onEdit} aria-label={editLabel}>
        {t('actions.edit')}
      </button>
      <button type="button" onClick={onRemove} aria-label={removeLabel}>
        {t('actions.remove')}
      </button>
    </div>
  );
}
