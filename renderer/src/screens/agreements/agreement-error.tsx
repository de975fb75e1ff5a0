import { useTranslation } from 'react-i18next';
import { AGREEMENT_PARTS, type AgreementPart } from '../../../../shared/contract/agreements';
import { AGREEMENT_TRANSITION_ERROR_CODES, type AgreementTransitionErrorCode } from '../../../../shared/domain/agreement-status';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/domain/schemas/attachment';
import { ApiError } from '../../api/bridge';
import { ErrorMessage } from '../../components/error-message';
import { formatBytes } from '../../components/formatting';
import { useLabels, useLanguage } from '../../components/use-labels';

const isAgreementPart = (value: unknown): value is AgreementPart => (AGREEMENT_PARTS as readonly unknown[]).includes(value);
const isTransitionError = (value: unknown): value is AgreementTransitionErrorCode =>
  (AGREEMENT_TRANSITION_ERROR_CODES as readonly unknown[]).includes(value);

/** "1. Hvad du ønsker, der skal ske, 2. Hvem må vide hvad og 5. Næste skridt", in the UI's language. */
export function useMissingPartsSentence(): (parts: readonly AgreementPart[]) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (parts) =>
    t('agreements.missing', {
      parts: new Intl.ListFormat(language, { type: 'conjunction' }).format(parts.map((part) => t(`agreements.parts.${part}`))),
    });
}

export function MissingParts({ parts }: { parts: readonly AgreementPart[] }) {
  const sentence = useMissingPartsSentence();
  if (parts.length === 0) return null;
  return <p className="missing-parts">{sentence(parts)}</p>;
}

const ISSUE_MESSAGES = {
  open_version_exists: 'agreements.errors.openVersionExists',
  date_in_future: 'agreements.errors.signedOnInFuture',
  differs_from_signed_on: 'agreements.errors.signedOnDiffers',
} as const;

function issueCodes(error: ApiError): string[] {
  const issues = error.data.details?.issues;
  return Array.isArray(issues) ? issues.map((issue: { code?: unknown }) => String(issue.code)) : [];
}

/**
 * The agreement's own errors in words: the parts still empty, a scan of the wrong kind or
 * size, a refused status change. Anything else as the app says it everywhere.
 */
export function AgreementError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const words = useLabels();
  const missingSentence = useMissingPartsSentence();
  if (!(error instanceof ApiError)) return <ErrorMessage error={error} />;
  const { code, details } = error.data;
  let message: string | null = null;
  const missing = details?.missing;
  const reasons = details?.reasons;
  if (code === 'INVALID_INPUT' && Array.isArray(missing) && missing.every(isAgreementPart)) {
    message = missingSentence(missing);
  } else if (code === 'FILE_TYPE_NOT_ALLOWED') {
    message = t('agreements.errors.wrongScanType');
  } else if (code === 'FILE_TOO_LARGE') {
    message = t('agreements.errors.scanTooLarge', { size: formatBytes(ATTACHMENT_MAX_BYTES) });
  } else if (code === 'INVALID_TRANSITION' && Array.isArray(reasons) && reasons.length > 0 && reasons.every(isTransitionError)) {
    message = reasons.map((reason) => words.agreementTransitionError[reason]).join(' ');
  } else if (code === 'INVALID_INPUT') {
    const known = issueCodes(error).find((issue): issue is keyof typeof ISSUE_MESSAGES => issue in ISSUE_MESSAGES);
    if (known !== undefined) message = t(ISSUE_MESSAGES[known]);
  }
  if (message === null) return <ErrorMessage error={error} />;
  return (
    <p role="alert" className="error-message">
      {message}
    </p>
  );
}
