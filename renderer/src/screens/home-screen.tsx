import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isOpenStatus } from '../../../shared/domain/case-status';
import { useCaseList, useJustDeletedCase } from '../api/use-cases';
import { ErrorMessage } from '../components/error-message';
import { PageHeader } from '../components/page-header';
import { CaseList } from './cases/home/case-list';
import { ColleagueLink } from './colleagues/colleague-screen';
import { DraftsPanel } from './cases/home/drafts-panel';
import { OverduePanel } from './cases/home/overdue-panel';
import { SearchPanel } from './cases/home/search-panel';

/** The start: search, then what needs attention (overdue tasks, unsaved notes), then the open cases. */
export function HomeScreen() {
  const { t } = useTranslation();
  const list = useCaseList();
  const deleted = useJustDeletedCase();
  const items = list.data?.items ?? [];
  const open = items.filter((item) => isOpenStatus(item.status));
  const closed = items.filter((item) => !isOpenStatus(item.status));
  return (
    <section aria-labelledby="home-title">
      <PageHeader
        id="home-title"
        title={t('home.title')}
        actions={
          <>
            <ColleagueLink />
            <Link href="/cases/new" className="button primary">
              <Plus size={18} aria-hidden="true" />
              {t('cases.intake.title')}
            </Link>
          </>
        }
      />
      {deleted.reference && (
        <p role="status" className="notice">
          {t('cases.delete.done', { reference: deleted.reference })}{' '}
          <button type="button" className="link-button" onClick={deleted.dismiss}>
            {t('actions.close')}
          </button>
        </p>
      )}
      <SearchPanel />
      <OverduePanel />
      <DraftsPanel />
      <ErrorMessage error={list.error} />
      <section aria-labelledby="open-cases-title">
        <h2 id="open-cases-title">{t('cases.list.openTitle', { count: open.length })}</h2>
        {list.isPending ? (
          <p role="status">{t('cases.loading')}</p>
        ) : open.length === 0 ? (
          <p>{t('cases.list.noneOpen')}</p>
        ) : (
          <CaseList items={open} />
        )}
      </section>
      {closed.length > 0 && (
        <details className="closed-cases">
          <summary>{t('cases.list.closedTitle', { count: closed.length })}</summary>
          <CaseList items={closed} />
        </details>
      )}
      {list.data && list.data.total > items.length && <p className="hint">{t('cases.list.capped', { shown: items.length, total: list.data.total })}</p>}
    </section>
  );
}
