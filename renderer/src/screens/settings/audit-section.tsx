import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditLog, useAuditVerification } from '../../api/use-audit';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime, formatNumber } from '../../components/formatting';
import { SelectField } from '../../components/select-field';
import {
  AUDIT_KINDS,
  auditCaseReferences,
  filterAuditRows,
  groupAuditRows,
  type AuditFilter,
  type AuditKindOrOther,
} from './audit-wording';
import { useAuditWords } from './use-audit-words';

/**
 * The aktivitetslog: what was done and when, never what a case contains, with whether its
 * hash chain is intact. A broken chain means rows were changed outside the app. Runs of
 * the same event (a case opened again and again) read as one line with a count.
 */
export function AuditSection() {
  const { t } = useTranslation();
  const log = useAuditLog();
  const verification = useAuditVerification();
  const words = useAuditWords();
  const [filter, setFilter] = useState<AuditFilter>({ reference: null, kind: null });
  const rows = log.data?.pages.flat() ?? [];
  const shown = filterAuditRows(rows, filter);
  const groups = groupAuditRows(shown);
  const filtering = filter.reference !== null || filter.kind !== null;
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
      <fieldset className="filter-row">
        <legend>{t('organisation.audit.filters')}</legend>
        <SelectField
          label={t('organisation.audit.filterCase')}
          emptyLabel={t('organisation.audit.allCases')}
          options={auditCaseReferences(rows).map((reference) => ({ value: reference, label: words.subject(reference) }))}
          value={filter.reference ?? ''}
          onChange={(event) => setFilter({ ...filter, reference: event.target.value || null })}
        />
        <SelectField
          label={t('organisation.audit.filterKind')}
          emptyLabel={t('organisation.audit.allKinds')}
          options={[...AUDIT_KINDS, 'other' as const].map((kind) => ({ value: kind, label: t(`organisation.audit.kinds.${kind}`) }))}
          value={filter.kind ?? ''}
          onChange={(event) => setFilter({ ...filter, kind: (event.target.value || null) as AuditKindOrOther | null })}
        />
      </fieldset>
      {filtering && (
        <p role="status" className="hint">
          {shown.length === 0
            ? t('organisation.audit.noneMatch')
            : t('organisation.audit.filtered', { shown: formatNumber(shown.length), total: formatNumber(rows.length) })}
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('organisation.audit.tableLabel')}>
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('organisation.audit.time')}</th>
              <th scope="col">{t('organisation.audit.action')}</th>
              <th scope="col">{t('organisation.audit.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map(({ newest, oldest, count }) => (
              <tr key={newest.seq}>
                <td>
                  {count === 1
                    ? formatDateTime(newest.at)
                    : t('organisation.audit.times', { count, from: formatDateTime(oldest.at), to: formatDateTime(newest.at) })}
                </td>
                <td>{words.action(newest.action)}</td>
                <td>{words.subject(newest.subject)}</td>
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
