import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ReportFinding, reportRecommendationAddSchema } from '../../../../shared/contract/reports';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { EditRemoveActions } from '../../components/edit-remove-actions';
import { ErrorMessage } from '../../components/error-message';
import { TextAreaField } from '../../components/textarea-field';
import { useErrorText } from '../../components/use-error-text';
import { MarkedText } from './marked-text';
import { reportTextElementId } from './report-findings';

/**
 * The text of a learning point or a recommendation: one required text of medium length.
 * Both the add and the edit form take it; the engine checks the same bounds.
 */
type TextSchema = typeof reportRecommendationAddSchema;

export function TextForm({
  schema,
  label,
  initialText,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  schema: TextSchema;
  label: string;
  initialText: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (text: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { text: initialText } });
  const submit = form.handleSubmit(async ({ text }) => {
    await onSubmit(text);
    form.reset({ text: onCancel === undefined ? '' : text });
  });
  return (
    <form noValidate onSubmit={submit}>
      <TextAreaField label={label} rows={3} maxLength={TEXT_LIMITS.medium} {...form.register('text')} error={errorText(form.formState.errors.text)} />
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('actions.working') : submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** One text of the report with its findings marked in place, editable where it stands. */
export function ReportTextItem({
  textId,
  heading,
  text,
  findings,
  schema,
  editLabel,
  meta,
  pending,
  error,
  onSave,
  onRemove,
}: {
  textId: string;
  heading: string;
  text: string;
  findings: readonly ReportFinding[];
  schema: TextSchema;
  editLabel: string;
  meta?: ReactNode;
  pending: boolean;
  error: unknown;
  onSave: (text: string) => Promise<unknown>;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <li id={reportTextElementId(textId)} tabIndex={-1} className={`card report-text${findings.length > 0 ? ' has-findings' : ''}`}>
      <h3 className="report-text-heading">{heading}</h3>
      {meta}
      {editing ? (
        <TextForm
          schema={schema}
          label={editLabel}
          initialText={text}
          submitLabel={t('actions.save')}
          pending={pending}
          error={error}
          onSubmit={async (next) => {
            await onSave(next);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="prose">
            <MarkedText text={text} findings={findings} />
          </p>
          <EditRemoveActions onEdit={() => setEditing(true)} onRemove={onRemove} />
        </>
      )}
    </li>
  );
}
