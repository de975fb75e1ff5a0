import { useTranslation } from 'react-i18next';
import type { AuditLogEntry } from '../../../../shared/contract/audit';
import { useAuditLog, useAuditVerification } from '../../api/use-audit';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime, formatNumber } from '../../components/formatting';

/**
 * The aktivitetslog: what was done and when, never what a case contains, with whether its
 * hash chain is intact. A broken chain means rows were changed outside the app.
 */
export function AuditSection() {
  const { t } = useTranslation();
  const log = useAuditLog();
  const verification = useAuditVerification();
  const rows = log.data?.pages.flat() ?? [];
  // Codes are open-ended (new features log new ones): a code without words is shown as it is.
  const actionWords: Readonly<Record<string, string | undefined>> = t('organisation.audit.actions', { returnObjects: true });
  const actionLabel = (row: AuditLogEntry) => actionWords[row.action.replace(/\./g, '_')] ?? row.action;
  return (
    <section aria-labelledby="audit-title" className="card">
      <h2 id="audit-title">{t('organisation.audit.title')}</h2>
      <p className="hint">{t('organisation.audit.intro')}</p>
      <ErrorMessage error={verification.error ?? log.error} />
      {verification.data && (
        <p role="status" className={verification.data.intact ? 'notice' : 'warning'}>
          {verification.data.intact
            ? t('organisation.audit.intact', { rows: formatNumber(verification.data.rows) })
            : t('organisation.audit.broken', { rows: formatNumber(verification.data.rows), seq: formatNumber(verification.data.firstBrokenSeq) })}
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('organisation.audit.tableLabel')}>
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('organisation.audit.seq')}</th>
              <th scope="col">{t('organisation.audit.time')}</th>
              <th scope="col">{t('organisation.audit.action')}</th>
              <th scope="col">{t('organisation.audit.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.seq}>
                <td>{row.seq}</td>
                <td>{formatDateTime(row.at)}</td>
                <td>{actionLabel(row)}</td>
                <td>{row.subject ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        {log.hasNextPage && (
          <button type="button" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
            {t('organisation.audit.older')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            void verification.refetch();
            void log.refetch();
          }}
        >
          {t('organisation.audit.refresh')}
        </button>
      </div>
    </section>
  );
}
