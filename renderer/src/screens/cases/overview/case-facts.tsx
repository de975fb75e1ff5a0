import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { caseUpdateInputSchema, type CaseRecord } from '../../../../../shared/domain/schemas/case';
import { useUpdateCase } from '../../../api/use-cases';
import { useAnnounce } from '../../../components/announcer';
import { useCloseUntouchedOnEscape } from '../../../components/close-on-escape';
import { FormActions } from '../../../components/form-actions';
import { formatDate } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';
import { DraftRestoredNotice } from '../../../drafts/draft-restored-notice';
import { useFormDraft } from '../../../drafts/use-form-draft';
import { useReopen } from '../../../drafts/workspace-place';
import { CaseFields } from '../case-fields';
import { useCategoryLabel } from '../category-label';

export function CaseFacts({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const words = useLabels();
  const categoryLabel = useCategoryLabel();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back on the button that opened the form, so the keyboard is where the person left it.
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  useReopen('case-facts', record.id, () => setEditing(true));
  const unknown = <span className="hint">{t('cases.fields.notKnownYet')}</span>;
  return (
    <section aria-labelledby="facts-title" className="card">
      <h2 id="facts-title">{t('cases.overview.factsTitle')}</h2>
      {editing ? (
        <CaseFactsForm record={record} onDone={stopEditing} />
      ) : (
        <>
          <dl className="facts">
            <dt>{t('cases.overview.facts.receivedDate')}</dt>
            <dd>{formatDate(record.receivedDate)}</dd>
            <dt>{t('cases.overview.facts.channel')}</dt>
            <dd>{words.channel[record.channel]}</dd>
            <dt>{t('cases.overview.facts.reporterKind')}</dt>
            <dd>{record.reporterKind ? words.reporterKind[record.reporterKind] : unknown}</dd>
            <dt>{t('cases.overview.facts.category')}</dt>
            <dd>{record.category ? categoryLabel(record.category) : unknown}</dd>
            <dt>{t('cases.overview.facts.context')}</dt>
            <dd>{record.context ? words.context[record.context] : unknown}</dd>
            <dt>{t('cases.overview.facts.summary')}</dt>
            <dd className="prose">{record.summary ?? unknown}</dd>
          </dl>
          <div className="actions">
            <button type="button" ref={editButton} onClick={() => setEditing(true)}>
              {t('cases.overview.editFacts')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function CaseFactsForm({ record, onDone }: { record: CaseRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const update = useUpdateCase();
  const form = useForm({
    resolver: zodResolver(caseUpdateInputSchema),
    defaultValues: {
      id: record.id,
      receivedDate: record.receivedDate,
      channel: record.channel,
      reporterKind: record.reporterKind,
      category: record.category,
      context: record.context,
      summary: record.summary ?? '',
    },
  });
  const draft = useFormDraft(form, { form: 'case-facts', caseId: record.id, target: null });
  // The form opens where the person works: its first field has the focus (and Escape reaches the form).
  useEffect(() => form.setFocus('receivedDate'), [form]);
  const submit = form.handleSubmit(async (values) => {
    await draft.saveWith(() => update.mutateAsync(values));
    announce(t('cases.overview.saved'));
    onDone();
  });
  const escapeCloses = useCloseUntouchedOnEscape(form, onDone);
  return (
    <form
      noValidate
      // Escape closes the form only while nothing has been typed: it must never throw words away.
      onKeyDown={escapeCloses}
      onSubmit={(event) => {
        // Saving nothing is just closing the form; the engine would refuse an empty update.
        if (!form.formState.isDirty) {
          event.preventDefault();
          onDone();
          return;
        }
        void submit(event);
      }}
    >
      <DraftRestoredNotice restored={draft.restored} />
      <CaseFields form={form} />
      <FormActions pending={update.isPending} error={update.error} onCancel={() => void draft.clear().then(onDone)} />
    </form>
  );
}
