import { useTranslation } from 'react-i18next';
import { isErrorCode } from '../../../shared/errors';
import { ApiError } from '../api/bridge';

/** Shows any failure as a sentence in the user's language — never a stack trace. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError && isErrorCode(error.data.code) ? error.data.code : 'INTERNAL';
  return (
    <p role="alert" className="error-message">
      {t(`errors.${code}`)}
    </p>
  );
}
