import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OVERRIDE_REASON_MIN_LENGTH } from '../../../../../shared/domain/consents';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import { actionTakenInputSchema } from '../../../../../shared/domain/schemas/consent';
import { CONSENT_ACTIONS, type ConsentAction } from '../../../../../shared/domain/vocabulary';
import { ApiError } from '../../../api/bridge';
import { useRecordAction } from '../../../api/use-consents';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { todayIsoDate } from '../../../components/formatting';
import { optionsOf, SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/textarea-field';
import { useErrorText } from '../../../components/use-error-text';
import { useLabels } from '../../../components/use-labels';
import { DraftRestoredNotice } from '../../../drafts/draft-restored-notice';
import { useFormDraft } from '../../../drafts/use-form-draft';

/**
 * Records that something was done that tells someone new about the case. The engine lets
 * it through only on the person's standing consent or with a written reason; a refusal
 * arrives as CONSENT_REQUIRED and is shown as a sentence, with the consent's state.
 */
export function ActionForm({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const words = useLabels();
  const errorText = useErrorText();
  const recordAction = useRecordAction();
  const form = useForm({
    resolver: zodResolver(actionTakenInputSchema),
    defaultValues: { caseId, action: 'tell_other_contact_person' as ConsentAction, otherAction: '', takenOn: todayIsoDate(), overrideReason: '' },
  });
  const { register, formState, control } = form;
  const action = useWatch({ control, name: 'action' });
  const draft = useFormDraft(form, { form: 'consent-action', caseId, target: null });
  const submit = form.handleSubmit((values) =>
    draft.saveWith(async () => {
      await recordAction.mutateAsync(values);
      form.reset({ ...form.getValues(), otherAction: '', overrideReason: '' });
    }),
  );
  const refusal = recordAction.error instanceof ApiError && recordAction.error.data.code === 'CONSENT_REQUIRED' ? recordAction.error.data : null;
  const refusedState = refusal?.details?.consentState as keyof typeof words.consentState | undefined;
  const result = recordAction.data;
  return (
    <form noValidate onSubmit={submit} className="card" aria-labelledby="action-form-title">
      <h3 id="action-form-title">{t('consents.action.title')}</h3>
      <DraftRestoredNotice restored={draft.restored} />
      <p className="hint">{t('consents.action.intro')}</p>
      <div className="field-row">
        <SelectField label={t('consents.action.action')} options={optionsOf(CONSENT_ACTIONS, words.consentAction)} {...register('action')} />
        <Field label={t('consents.action.takenOn')} type="date" {...register('takenOn')} error={errorText(formState.errors.takenOn, 'date')} />
      </div>
      {action === 'other' && (
        <Field
          label={t('consents.form.otherAction')}
          maxLength={TEXT_LIMITS.short}
          {...register('otherAction')}
          error={formState.errors.otherAction ? t('consents.action.describeOther') : undefined}
        />
      )}
      <TextAreaField
        label={t('consents.action.overrideReason')}
        description={t('consents.action.overrideHint', { min: OVERRIDE_REASON_MIN_LENGTH })}
        rows={2}
        maxLength={TEXT_LIMITS.medium}
        {...register('overrideReason')}
      />
      <ErrorMessage error={recordAction.error} />
      {refusedState && (
        <p className="hint">{t('consents.action.refusedState', { action: words.consentAction[action], state: words.consentState[refusedState] })}</p>
      )}
      {result && (
        <div role="status" className="notice">
          <p>{result.basis === 'consent' ? t('consents.action.recordedOnConsent') : t('consents.action.recordedOnOverride')}</p>
          {result.scope && <blockquote className="scope">{result.scope}</blockquote>}
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={recordAction.isPending}>
          {t('consents.action.submit')}
        </button>
      </div>
    </form>
  );
}
