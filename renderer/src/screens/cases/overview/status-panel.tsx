import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { useTransitionCase } from '../../../api/use-cases';
import { ErrorMessage } from '../../../components/error-message';
import { formatDate, formatDateTime } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';
import { StatusBadge } from '../status-badge';
import { CloseCaseDialog, ReopenCaseDialog } from './status-dialogs';

/** Where the case stands, where it may go next, and how it got here. */
export function StatusPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const words = useLabels();
  const transition = useTransitionCase();
  const [dialog, setDialog] = useState<'close' | 'reopen' | null>(null);
  const record = detail.case;
  const closed = record.status === 'closed';
  const moves = detail.allowedTransitions.filter((status) => status !== 'closed' && !closed);
  return (
    <section aria-labelledby="status-title" className="card">
      <h2 id="status-title">{t('cases.status.title')}</h2>
      <p>
        {t('cases.status.current')} <StatusBadge status={record.status} reopened={detail.reopened} />
      </p>
      {closed && record.closedDate && record.outcome && (
        <p>{t('cases.status.closedWith', { date: formatDate(record.closedDate), outcome: words.outcome[record.outcome] })}</p>
      )}
      <ErrorMessage error={transition.error} />
      <div className="actions">
        {moves.map((status) => (
          <button
            key={status}
            type="button"
            disabled={transition.isPending}
            onClick={() => transition.mutate({ caseId: record.id, to: status })}
          >
            {t('cases.status.moveTo', { status: words.caseStatus[status] })}
          </button>
        ))}
        {closed ? (
          <button type="button" onClick={() => setDialog('reopen')}>
            {t('cases.status.reopen')}
          </button>
        ) : (
          <button type="button" onClick={() => setDialog('close')}>
            {t('cases.status.close')}
          </button>
        )}
      </div>
      {detail.statusHistory.length > 0 && (
        <details className="history">
          <summary>{t('cases.status.history', { count: detail.statusHistory.length })}</summary>
          <ol>
            {detail.statusHistory.map((change) => (
              <li key={change.id}>
                {formatDateTime(change.changedAt)}: {words.caseStatus[change.from]} → {words.caseStatus[change.to]}
                {change.outcome && ` · ${words.outcome[change.outcome]}`}
                {change.reason && <span className="prose"> · {change.reason}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
      <CloseCaseDialog record={record} tasks={detail.tasks} isOpen={dialog === 'close'} onClose={() => setDialog(null)} />
      <ReopenCaseDialog record={record} isOpen={dialog === 'reopen'} onClose={() => setDialog(null)} />
    </section>
  );
}
