import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDraftList } from '../../../api/use-drafts';
import { formatDateTime } from '../../../components/formatting';

/** Notes begun and not saved, e.g. when the vault locked itself: nothing written is lost. */
export function DraftsPanel() {
  const { t } = useTranslation();
  const drafts = useDraftList();
  if (!drafts.data || drafts.data.length === 0) return null;
  return (
    <section aria-labelledby="drafts-title" className="card notice">
      <h2 id="drafts-title">{t('cases.drafts.title')}</h2>
      <ul className="plain-list">
        {drafts.data.map((draft) => (
          <li key={`${draft.caseId}-${draft.noteId ?? 'new'}`}>
            <Link href={`/cases/${draft.caseId}/journal`}>
              {draft.noteId === null
                ? t('cases.drafts.newNote', { reference: draft.reference })
                : t('cases.drafts.editedNote', { reference: draft.reference })}
            </Link>{' '}
            <span className="hint">{t('cases.drafts.savedAt', { time: formatDateTime(draft.savedAt) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
