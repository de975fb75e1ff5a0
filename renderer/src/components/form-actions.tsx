import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './error-message';

/** The end of an inline form: why saving failed, if it did, then save and cancel. */
export function FormActions({
  pending,
  error,
  submitLabel,
  onCancel,
}: {
  pending: boolean;
  error: unknown;
  /** Defaults to "Gem". */
  submitLabel?: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel ?? t('actions.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </>
  );
}
