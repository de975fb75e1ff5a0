import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AgreementListItem } from '../../../../shared/contract/agreements';
import { useAgreementList } from '../../api/use-agreements';
import { ErrorMessage } from '../../components/error-message';
import { formatDate, formatDateTime } from '../../components/formatting';
import { agreementPath, newAgreementPath } from './agreement-paths';
import { AgreementStatusBadge } from './agreement-status-badge';
import './agreements.css';

/** A version's date as the list shows it: the signing day once signed, else when it last changed. */
function versionDate(item: AgreementListItem): string {
  return item.signedOn !== null && item.status !== 'draft' ? formatDate(item.signedOn) : formatDateTime(item.updatedAt);
}

/** The case's written agreement: its versions with their status, and where to write or open one. */
export function AgreementsSection({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const list = useAgreementList(caseId);
  const items = [...(list.data ?? [])].reverse();
  const inProgress = items.some((item) => item.status === 'draft' || item.status === 'ready_to_sign');

  return (
    <section aria-labelledby="agreements-section-title" className="agreements-section">
      <h2 id="agreements-section-title">{t('agreements.section.title')}</h2>
      <p className="hint">{t('agreements.section.intro')}</p>
      {list.isPending && <p role="status">{t('agreements.section.loading')}</p>}
      <ErrorMessage error={list.error} />
      {list.isSuccess && items.length === 0 && <p>{t('agreements.section.empty')}</p>}
      {items.length > 0 && (
        <table className="agreement-versions" aria-label={t('agreements.section.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('agreements.section.columns.version')}</th>
              <th scope="col">{t('agreements.section.columns.status')}</th>
              <th scope="col">{t('agreements.section.columns.date')}</th>
              <th scope="col">{t('agreements.section.columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>{item.version}</td>
                <td>
                  <AgreementStatusBadge status={item.status} />
                  {item.hasSignedCopy && <span className="hint"> · {t('agreements.section.scanAttached')}</span>}
                </td>
                <td>{versionDate(item)}</td>
                <td>
                  <Link href={agreementPath(item.id)}>{t('agreements.section.open', { version: item.version })}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.isSuccess && !inProgress && (
        <div className="actions">
          <Link href={newAgreementPath(caseId)} className="button primary">
            {t('agreements.section.new')}
          </Link>
        </div>
      )}
    </section>
  );
}
