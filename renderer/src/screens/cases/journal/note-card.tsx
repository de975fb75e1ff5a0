import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRecord } from '../../../../../shared/domain/schemas/note';
import { useNoteHistory } from '../../../api/use-case-sections';
import { ErrorMessage } from '../../../components/error-message';
import { formatDate, formatDateTime } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';

/** One journal entry; an edited one says so and can show every earlier wording. */
export function NoteCard({ note, onEdit }: { note: NoteRecord; onEdit: () => void }) {
  const { t } = useTranslation();
  const words = useLabels();
  const titleId = useId();
  const [showHistory, setShowHistory] = useState(false);
  const edited = note.version > 1;
  const heading = note.title ?? words.noteKind[note.kind];
  return (
    <article aria-labelledby={titleId} className="note">
      <header className="note-header">
        <h3 id={titleId}>{heading}</h3>
        <p className="hint">
          {formatDate(note.noteDate)}
          {note.title !== null && <> · {words.noteKind[note.kind]}</>}
          {edited && <> · {t('journal.note.edited', { version: note.version, time: formatDateTime(note.updatedAt) })}</>}
        </p>
      </header>
      <p className="prose">{note.body}</p>
      {edited && note.editReason && <p className="hint">{t('journal.note.editReason', { reason: note.editReason })}</p>}
      <div className="row-actions">
        <button type="button" onClick={onEdit} aria-label={t('journal.note.editNamed', { title: heading })}>
          {t('actions.edit')}
        </button>
        {edited && (
          <button type="button" aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
            {showHistory ? t('journal.note.hideHistory') : t('journal.note.showHistory')}
          </button>
        )}
      </div>
      {showHistory && <NoteHistory noteId={note.id} />}
    </article>
  );
}

function NoteHistory({ noteId }: { noteId: number }) {
  const { t } = useTranslation();
  const words = useLabels();
  const history = useNoteHistory(noteId);
  if (history.isPending) return <p role="status">{t('cases.loading')}</p>;
  if (history.isError) return <ErrorMessage error={history.error} />;
  const earlier = history.data.slice(0, -1);
  return (
    <section className="note-history" aria-label={t('journal.note.historyTitle')}>
      <h4>{t('journal.note.historyTitle')}</h4>
      <ol>
        {earlier.map((version) => (
          <li key={version.version}>
            <p className="hint">
              {t('journal.note.version', { version: version.version, time: formatDateTime(version.writtenAt) })} ·{' '}
              {formatDate(version.noteDate)} · {words.noteKind[version.kind]}
              {version.title && <> · {version.title}</>}
            </p>
            <p className="prose earlier-text">{version.body}</p>
            {version.editReason && <p className="hint">{t('journal.note.editReason', { reason: version.editReason })}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
