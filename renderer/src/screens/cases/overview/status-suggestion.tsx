import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusSuggestion } from '../../../../../shared/domain/status-suggestions';
import { useTransitionCase } from '../../../api/use-cases';
import { ErrorMessage } from '../../../components/error-message';
import { formatDate } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';

/*
 * Suggestions the person said "not now" to, for as long as the window lives (the renderer
 * forgets everything when the vault locks). Only record ids: no case content.
 */
const dismissed = new Set<string>();

export function isStatusSuggestionDismissed(suggestion: StatusSuggestion): boolean {
  return dismissed.has(suggestion.key);
}

function useReasonText(): (suggestion: StatusSuggestion) => string {
  const { t } = useTranslation();
  return ({ reason }) => {
    switch (reason.kind) {
      case 'agreement_signed':
        return t('casePage.statusSuggestion.agreement_signed', {
          version: reason.version,
          date: reason.signedOn === null ? '' : formatDate(reason.signedOn),
        });
      case 'conversation_held':
        return t('casePage.statusSuggestion.conversation_held', { date: reason.date === null ? '' : ` ${formatDate(reason.date)}` });
      case 'agreement_withdrawn':
        return t('casePage.statusSuggestion.agreement_withdrawn', { version: reason.version });
    }
  };
}

/**
 * A status the records point to, asked as a question: the status changes only when the
 * person says yes, and "not now" puts the question away.
 */
export function StatusSuggestionPrompt({
  caseId,
  suggestion,
  onDismiss,
}: {
  caseId: number;
  suggestion: StatusSuggestion;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const words = useLabels();
  const reasonText = useReasonText();
  const transition = useTransitionCase();
  const status = words.caseStatus[suggestion.to];
  return (
    <div className="status-suggestion">
      <p>
        <strong>{t('casePage.statusSuggestion.title')}:</strong> {reasonText(suggestion)}
      </p>
      <p>{t('casePage.statusSuggestion.question', { status })}</p>
      <ErrorMessage error={transition.error} />
      <div className="actions">
        {/* Not filled: the case's one primary action is its next step in the page header. */}
        <button type="button" disabled={transition.isPending} onClick={() => transition.mutate({ caseId, to: suggestion.to })}>
          {t('casePage.statusSuggestion.confirm', { status })}
        </button>
        <button
          type="button"
          onClick={() => {
            dismissed.add(suggestion.key);
            onDismiss();
          }}
        >
          {t('casePage.statusSuggestion.dismiss')}
        </button>
      </div>
    </div>
  );
}

/** Says the new status out loud once the person's yes went through; the badge alone would be silent. */
export function useStatusAnnouncement(currentStatusLabel: string): string {
  const { t } = useTranslation();
  const [first] = useState(currentStatusLabel);
  return first === currentStatusLabel ? '' : t('casePage.statusSuggestion.changed', { status: currentStatusLabel });
}
