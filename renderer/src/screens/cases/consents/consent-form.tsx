import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { consentEntryErrors } from '../../../../../shared/domain/consents';
import type { Labels } from '../../../../../shared/domain/labels';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import { consentEntryInputSchema, type ConsentEntryRecord } from '../../../../../shared/domain/schemas/consent';
import { CONSENT_ACTIONS, CONSENT_DECISIONS, CONSENT_FORMS, type ConsentAction, type ConsentDecision } from '../../../../../shared/domain/vocabulary';
import { useRecordConsent } from '../../../api/use-consents';
import { AppDialog } from '../../../components/app-dialog';
import { Choice, ChoiceGroup } from '../../../components/choice-group';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { todayIsoDate } from '../../../components/formatting';
import { optionsOf, SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/textarea-field';
import { useErrorText } from '../../../components/use-error-text';
import { useLabels } from '../../../components/use-labels';
import { DraftRestoredNotice } from '../../../drafts/draft-restored-notice';
import { useFormDraft } from '../../../drafts/use-form-draft';
import { ConsultationScopeChoice } from '../../colleagues/consultation-scope-choice';

/** The contract's schema plus the ledger rules (only a standing consent can be withdrawn), in words. */
function consentSchema(ledger: readonly ConsentEntryRecord[], words: Labels) {
  return consentEntryInputSchema.superRefine((input, ctx) => {
    for (const code of consentEntryErrors(ledger, input)) {
      ctx.addIssue({ code: 'custom', path: [code === 'withdraw_without_grant' ? 'decision' : 'otherAction'], message: words.consentEntryError[code] });
    }
  });
}

export interface ConsentPreset {
  action: ConsentAction;
  decision: ConsentDecision;
}

/**
 * Appends what the person said to the ledger, in a dialog opened from the consent list
 * with the action and answer already chosen; a changed mind is a new entry, never an edit.
 */
export function ConsentDialog({
  caseId,
  ledger,
  preset,
  onClose,
}: {
  caseId: number;
  ledger: ConsentEntryRecord[];
  preset: ConsentPreset | null;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <AppDialog isOpen={preset !== null} onClose={() => onClose(false)} title={t('consents.form.title')}>
      {preset && <ConsentForm caseId={caseId} ledger={ledger} preset={preset} onClose={onClose} />}
    </AppDialog>
  );
}

function ConsentForm({
  caseId,
  ledger,
  preset,
  onClose,
}: {
  caseId: number;
  ledger: ConsentEntryRecord[];
  preset: ConsentPreset;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const words = useLabels();
  const errorText = useErrorText();
  const record = useRecordConsent();
  const form = useForm({
    resolver: zodResolver(consentSchema(ledger, words)),
    defaultValues: { caseId, action: preset.action, otherAction: '', decision: preset.decision, form: 'oral', decidedOn: todayIsoDate(), scope: '', consultationScope: null },
  });
  const { register, formState, control } = form;
  const errors = formState.errors;
  const [action, decision] = useWatch({ control, name: ['action', 'decision'] });

  const draft = useFormDraft(form, { form: 'consent', caseId, target: null });
  const submit = form.handleSubmit(async (values) => {
    await draft.saveWith(() => record.mutateAsync(values));
    onClose(true);
  });
  return (
    <form noValidate onSubmit={submit}>
      <DraftRestoredNotice restored={draft.restored} />
      <p className="hint">{t('consents.form.intro')}</p>
      <SelectField label={t('consents.form.action')} options={optionsOf(CONSENT_ACTIONS, words.consentAction)} {...register('action')} />
      {action === 'other' && (
        <Field label={t('consents.form.otherAction')} maxLength={TEXT_LIMITS.short} {...register('otherAction')} error={errors.otherAction?.message} />
      )}
      <ChoiceGroup legend={t('consents.form.decision')} error={errors.decision?.message}>
        {CONSENT_DECISIONS.map((value) => (
          <Choice key={value} type="radio" value={value} label={words.consentDecision[value]} {...register('decision')} />
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend={t('consents.form.form')}>
        {CONSENT_FORMS.map((value) => (
          <Choice key={value} type="radio" value={value} label={words.consentForm[value]} {...register('form')} />
        ))}
      </ChoiceGroup>
      {action === 'tell_other_contact_person' && decision === 'granted' && (
        <ConsultationScopeChoice field={register('consultationScope', { shouldUnregister: true })} error={errors.consultationScope?.message} />
      )}
      <Field label={t('consents.form.decidedOn')} type="date" {...register('decidedOn')} error={errorText(errors.decidedOn, 'date')} />
      <TextAreaField
        label={t('consents.form.scope')}
        description={decision === 'granted' ? t('consents.form.scopeHint') : t('consents.form.scopeHintOther')}
        rows={4}
        maxLength={TEXT_LIMITS.medium}
        {...register('scope')}
        error={errorText(errors.scope)}
      />
      <ErrorMessage error={record.error} />
      <div className="actions">
        <button type="button" onClick={() => void draft.clear().then(() => onClose(false))}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="primary" disabled={record.isPending}>
          {t('consents.form.submit')}
        </button>
      </div>
    </form>
  );
}
