import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseListItem } from '../../../../../shared/domain/schemas/case-view';
import { formatDate } from '../../../components/formatting';
import { CaseRowMarker } from '../../colleagues/case-row-marker';
import { useCategoryLabel } from '../category-label';
import { StatusBadge } from '../status-badge';

/** Cases as the engine orders them: open first, the soonest follow-up first. */
export function CaseList({ items }: { items: CaseListItem[] }) {
  return (
    <ul className="plain-list case-list">
      {items.map((item) => (
        <CaseRow key={item.id} item={item} />
      ))}
    </ul>
  );
}

function CaseRow({ item }: { item: CaseListItem }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  return (
    <li className={item.overdueTasks > 0 ? 'case-row has-overdue' : 'case-row'}>
      <div className="case-row-main">
        <Link href={`/cases/${item.id}`} className="case-link">
          {t('cases.case.title', { reference: item.reference })}
        </Link>
        <StatusBadge status={item.status} reopened={item.reopened} />
        <CaseRowMarker caseId={item.id} />
        {item.category !== null && <span className="hint">{categoryLabel(item.category)}</span>}
      </div>
      {item.summary && <p className="case-summary">{item.summary}</p>}
      <p className="case-row-dates hint">
        {t('cases.list.received', { date: formatDate(item.receivedDate) })}
        {item.nextFollowUp && <> · {t('cases.list.nextFollowUp', { date: formatDate(item.nextFollowUp) })}</>}
        {item.closedDate && <> · {t('cases.list.closed', { date: formatDate(item.closedDate) })}</>}
      </p>
      {item.overdueTasks > 0 && <p className="overdue-flag">{t('cases.list.overdue', { count: item.overdueTasks })}</p>}
    </li>
  );
}
