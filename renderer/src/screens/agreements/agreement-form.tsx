import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AgreementCaseContext } from '../../../../shared/contract/agreements';
import type { FormDraftKey } from '../../../../shared/contract/drafts';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { CONTACT_PERSON_ROLES, SUPPORT_OFFERS } from '../../../../shared/domain/vocabulary';
import { useAgreementTemplates } from '../../api/use-agreements';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/textarea-field';
import { useLabels, useLanguage } from '../../components/use-labels';
import { DraftRestoredNotice } from '../../drafts/draft-restored-notice';
import { useFormDraft } from '../../drafts/use-form-draft';
import { consentActionLabel } from '../cases/consents/consent-action-label';
import {
  agreementContentSchema,
  useFieldErrorText,
  type AgreementContent,
  type AgreementContentInput,
} from './agreement-content';
import { AgreementError } from './agreement-error';
import { AGREEMENT_TEMPLATES_PATH } from './agreement-paths';
import { NextStepsFields } from './next-steps-fields';

const asPartyId = { setValueAs: (value: string | number | null) => (value === '' || value === null ? null : Number(value)) };

/**
 * The sections of the written agreement (DESIGN section 5) as a form, pre-filled from the
 * case. Sections 6 and 7 are the organisation's standard texts, shown but not edited here.
 */
export function AgreementForm({
  draftKey,
  context,
  defaultValues,
  submitLabel,
  onSave,
  extraAction,
  error,
}: {
  /** Where what is typed waits as an encrypted draft until it is saved. */
  draftKey: FormDraftKey;
  context: AgreementCaseContext;
  defaultValues: AgreementContentInput;
  submitLabel: string;
  onSave: (content: AgreementContent) => Promise<void>;
  /** A second way to submit, e.g. "ready to sign": saves first, then does its part. */
  extraAction?: { label: string; hint: string; run: (content: AgreementContent) => Promise<void> };
  /** The failure of the last save or extra action. */
  error: unknown;
}) {
  const { t } = useTranslation();
  const words = useLabels();
  const language = useLanguage();
  const errorText = useFieldErrorText();
  const templates = useAgreementTemplates();
  const [saved, setSaved] = useState(false);
  const form = useForm<AgreementContentInput, unknown, AgreementContent>({
    resolver: zodResolver(agreementContentSchema),
    defaultValues,
  });
  const draft = useFormDraft(form, draftKey);
  const errors = form.formState.errors;
  const standard = templates.data?.texts[language];

  const submitWith = (action: (content: AgreementContent) => Promise<void>) =>
    form.handleSubmit(async (content) => {
      setSaved(false);
      try {
        await draft.saveWith(async () => {
          await action(content);
          form.reset(form.getValues());
        });
      } catch {
        // The caller's mutation holds the error and shows it; the form keeps what was typed.
        return;
      }
      setSaved(true);
    });

  const partyOptions = context.affectedParties.map((party) => ({
    value: String(party.id),
    label: party.name ?? party.nickname ?? t('agreements.editor.unnamedParty'),
  }));

  return (
    <form noValidate onSubmit={submitWith(onSave)} className="agreement-form" aria-label={t('agreements.editor.formTitle')}>
      <DraftRestoredNotice restored={draft.restored} />
      <dl className="agreement-facts">
        <dt>{t('agreements.editor.organisation')}</dt>
        <dd>{context.organisationName ?? t('agreements.editor.organisationMissing')}</dd>
        <dt>{t('agreements.editor.caseReference')}</dt>
        <dd>{context.caseReference}</dd>
      </dl>
      {partyOptions.length === 0 ? (
        <p className="notice">{t('agreements.editor.noAffectedParty')}</p>
      ) : (
        <SelectField
          label={t('agreements.editor.affectedParty')}
          options={partyOptions}
          emptyLabel={t('agreements.editor.chooseAffected')}
          {...form.register('affectedPartyId', asPartyId)}
          error={errorText(errors.affectedPartyId)}
        />
      )}
      <fieldset aria-describedby={errors.contactPersons ? 'agreement-contacts-error' : undefined}>
        <legend>{t('agreements.editor.contactPersons')}</legend>
        <div className="agreement-choices">
          {CONTACT_PERSON_ROLES.map((role) => (
            <label key={role}>
              <input type="checkbox" value={role} {...form.register('contactPersons')} />
              <span>
                {words.contactPersonRole[role]}: {context.contactPersonNames[role] ?? t('agreements.editor.noName')}
              </span>
            </label>
          ))}
        </div>
        {errors.contactPersons && (
          <p id="agreement-contacts-error" className="field-error">
            {t('agreements.editor.fieldErrors.chooseContact')}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label={t('agreements.editor.wishes')}
        description={t('agreements.editor.wishesHint')}
        rows={5}
        maxLength={TEXT_LIMITS.long}
        {...form.register('wishes')}
        error={errorText(errors.wishes)}
      />
      <TextAreaField
        label={t('agreements.editor.disclosure')}
        description={t('agreements.editor.disclosureHint')}
        rows={5}
        maxLength={TEXT_LIMITS.long}
        {...form.register('disclosure')}
        error={errorText(errors.disclosure)}
      />
      <section aria-labelledby="agreement-consents-title" className="consents-in-agreement">
        <h2 id="agreement-consents-title">{t('agreements.editor.consentsTitle')}</h2>
        {context.currentConsents.length === 0 ? (
          <p className="hint">{t('agreements.editor.noConsents')}</p>
        ) : (
          <ul className="consent-list">
            {context.currentConsents.map((entry) => (
              <li key={entry.id}>
                {consentActionLabel(entry, words)}
                {entry.scope !== null && <> — {entry.scope}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <TextAreaField
        label={t('agreements.editor.otherParty')}
        description={t('agreements.editor.otherPartyHint')}
        rows={4}
        maxLength={TEXT_LIMITS.long}
        {...form.register('otherPartyInvolvement')}
        error={errorText(errors.otherPartyInvolvement)}
      />
      <fieldset aria-describedby="agreement-support-hint">
        <legend>{t('agreements.editor.support')}</legend>
        <p id="agreement-support-hint" className="hint">
          {t('agreements.editor.supportHint')}
        </p>
        <div className="agreement-choices">
          {SUPPORT_OFFERS.map((offer) => (
            <label key={offer}>
              <input type="checkbox" value={offer} {...form.register('supportOffered')} />
              <span>
                <strong>{words.supportOffer[offer]}</strong>
                {standard && <span className="hint"> — {standard.supportOffers[offer]}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <NextStepsFields form={form} />
      <section aria-labelledby="agreement-fixed-title">
        <h2 id="agreement-fixed-title">{t('agreements.editor.fixedTexts')}</h2>
        <p className="hint">{t('agreements.editor.fixedTextsHint')}</p>
        {standard && (
          <>
            <p className="standard-text">{standard.rights}</p>
            <p className="standard-text">{standard.confidentiality}</p>
          </>
        )}
        <Link href={AGREEMENT_TEMPLATES_PATH}>{t('agreements.editor.editTemplates')}</Link>
      </section>
      {saved && !form.formState.isDirty && <p role="status">{t('agreements.editor.saved')}</p>}
      <AgreementError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {submitLabel}
        </button>
        {extraAction && (
          <button type="button" disabled={form.formState.isSubmitting} onClick={submitWith(extraAction.run)} aria-describedby="agreement-extra-hint">
            {extraAction.label}
          </button>
        )}
      </div>
      {extraAction && (
        <p id="agreement-extra-hint" className="hint">
          {extraAction.hint}
        </p>
      )}
    </form>
  );
}
