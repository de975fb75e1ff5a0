import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { useDraftList } from '../../../api/use-drafts';
import { NoteCard } from './note-card';
import { NoteEditor } from './note-editor';

type EditorKey = number | 'new';

/**
 * Sagsnotater, oldest first so the case reads as it happened. An editor whose draft waits
 * in the vault opens by itself, so nothing typed before a lock or a wrong click is hidden.
 */
export function JournalSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const caseId = detail.case.id;
  const drafts = useDraftList();
  const [chosen, setChosen] = useState<Partial<Record<EditorKey, boolean>>>({});
  if (drafts.isPending) return <p role="status">{t('cases.loading')}</p>;
  const waiting = new Set<EditorKey>(
    (drafts.data ?? []).filter((draft) => draft.caseId === caseId).map((draft) => draft.noteId ?? 'new'),
  );
  const isOpen = (key: EditorKey) => chosen[key] ?? waiting.has(key);
  const setOpen = (key: EditorKey, open: boolean) => setChosen((current) => ({ ...current, [key]: open }));

  return (
    <section aria-labelledby="journal-title">
      <h2 id="journal-title">{t('journal.title')}</h2>
      <p className="hint">{t('journal.intro')}</p>
      {isOpen('new') ? (
        <NoteEditor caseId={caseId} onClose={() => setOpen('new', false)} />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setOpen('new', true)}>
            {waiting.has('new') ? t('journal.continueDraft') : t('journal.write')}
          </button>
        </div>
      )}
      {detail.notes.length === 0 ? (
        <p>{t('journal.none')}</p>
      ) : (
        <div className="notes">
          {detail.notes.map((note) =>
            isOpen(note.id) ? (
              <NoteEditor key={note.id} caseId={caseId} note={note} onClose={() => setOpen(note.id, false)} />
            ) : (
              <NoteCard key={note.id} note={note} onEdit={() => setOpen(note.id, true)} />
            ),
          )}
        </div>
      )}
    </section>
  );
}
