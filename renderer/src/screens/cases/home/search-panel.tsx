import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SearchHit } from '../../../../../shared/domain/schemas/search';
import { useSearch } from '../../../api/use-search';
import { ErrorMessage } from '../../../components/error-message';
import { HighlightedText } from '../../../components/highlighted-text';
import type { CaseSection } from '../case-sections';

/** Where a hit lives on the case screen. */
const SECTION_OF: Readonly<Record<SearchHit['source'], CaseSection>> = {
  case_summary: 'overview',
  note: 'journal',
  agreement: 'agreements',
  learning_point: 'learning',
};

/** Search in notes, summaries, agreements and learning points; matches are marked, never HTML. */
export function SearchPanel() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const search = useSearch(query);
  const shown = query.trim() === '' ? undefined : search.data;
  return (
    <section aria-labelledby="search-title" className="card search">
      <h2 id="search-title">{t('cases.search.title')}</h2>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(draft);
        }}
      >
        <label htmlFor="case-search">{t('cases.search.label')}</label>
        <div className="search-row">
          <input id="case-search" type="search" autoComplete="off" value={draft} onChange={(event) => setDraft(event.target.value)} />
          <button type="submit">{t('cases.search.submit')}</button>
          {query !== '' && (
            <button
              type="button"
              onClick={() => {
                setDraft('');
                setQuery('');
              }}
            >
              {t('cases.search.clear')}
            </button>
          )}
        </div>
      </form>
      <ErrorMessage error={search.error} />
      {/* Only the count is announced; the hits are there to read and to move through. */}
      <p className="hint search-status" aria-live="polite">
        {shown && (shown.hits.length === 0 ? t('cases.search.none', { query: query.trim() }) : t('cases.search.count', { count: shown.hits.length }))}
        {shown?.truncated && ` ${t('cases.search.truncated')}`}
      </p>
      {shown && shown.hits.length > 0 && (
        <ul className="plain-list search-hits">
          {shown.hits.map((hit) => (
            <SearchHitRow key={`${hit.source}-${hit.sourceId}`} hit={hit} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SearchHitRow({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const where = t(`cases.search.sources.${hit.source}`);
  const heading = hit.reference ? t('cases.case.title', { reference: hit.reference }) : t('cases.search.yearPoint');
  return (
    <li className="search-hit">
      <p className="search-hit-heading">
        {hit.caseId !== null ? <Link href={`/cases/${hit.caseId}/${SECTION_OF[hit.source]}`}>{heading}</Link> : <span>{heading}</span>} ·{' '}
        <span className="hint">
          {where}
          {hit.title && `: ${hit.title}`}
        </span>
      </p>
      <p className="snippet">
        <HighlightedText segments={hit.segments} />
      </p>
    </li>
  );
}
