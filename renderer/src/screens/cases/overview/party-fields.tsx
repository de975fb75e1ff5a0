import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../../shared/domain/schemas/common';
import type { PartyRecord } from '../../../../../shared/domain/schemas/party';
import { CONTACT_PERSON_ROLES, ORGANISATIONAL_ROLES, PARTY_ROLES } from '../../../../../shared/domain/vocabulary';
import { Choice } from '../../../components/choice-group';
import { Field } from '../../../components/field';
import { emptyAsNull, optionsOf, SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/textarea-field';
import { useErrorText } from '../../../components/use-error-text';
import { useLabels } from '../../../components/use-labels';

type PartyFieldValues = Omit<PartyRecord, 'id' | 'caseId' | 'createdAt' | 'updatedAt'>;

/** What the form starts from: the party as stored, or an affected person nobody knows yet. */
export function partyFormValues(party: PartyRecord | undefined) {
  return {
    role: party?.role ?? 'affected',
    under18: party?.under18 ?? false,
    name: party?.name ?? '',
    nickname: party?.nickname ?? '',
    organisationalRole: party?.organisationalRole ?? null,
    unit: party?.unit ?? '',
    email: party?.email ?? '',
    phone: party?.phone ?? '',
    contactPerson: party?.contactPerson ?? null,
    description: party?.description ?? '',
  } satisfies Record<keyof PartyFieldValues, unknown>;
}

/** The fields of a party, shared by adding and editing one. */
export function PartyFields<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const { t } = useTranslation();
  const words = useLabels();
  const errorText = useErrorText();
  // Any form whose values include these fields; narrowed once here rather than at each caller.
  const { register, formState } = form as unknown as UseFormReturn<PartyFieldValues>;
  const errors = formState.errors;
  return (
    <>
      <SelectField label={t('cases.parties.role')} options={optionsOf(PARTY_ROLES, words.partyRole)} {...register('role')} />
      <div className="field-row">
        <Field label={t('cases.parties.name')} autoComplete="off" maxLength={TEXT_LIMITS.short} {...register('name')} error={errorText(errors.name)} />
        <Field
          label={t('cases.parties.nickname')}
          autoComplete="off"
          maxLength={TEXT_LIMITS.short}
          {...register('nickname')}
          error={errorText(errors.nickname)}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={t('cases.parties.organisationalRole')}
          options={optionsOf(ORGANISATIONAL_ROLES, words.organisationalRole)}
          emptyLabel={t('cases.fields.notKnownYet')}
          {...register('organisationalRole', emptyAsNull)}
        />
        <Field label={t('cases.parties.unit')} autoComplete="off" maxLength={TEXT_LIMITS.short} {...register('unit')} error={errorText(errors.unit)} />
      </div>
      <Choice type="checkbox" label={t('cases.parties.under18')} {...register('under18')} />
      <div className="field-row">
        <Field label={t('cases.parties.email')} type="email" autoComplete="off" {...register('email')} error={errorText(errors.email, 'email')} />
        <Field label={t('cases.parties.phone')} type="tel" autoComplete="off" {...register('phone')} error={errorText(errors.phone, 'phone')} />
      </div>
      <SelectField
        label={t('cases.parties.contactPerson')}
        description={t('cases.parties.contactPersonHint')}
        options={optionsOf(CONTACT_PERSON_ROLES, words.contactPersonRole)}
        emptyLabel={t('cases.parties.notContactPerson')}
        {...register('contactPerson', emptyAsNull)}
      />
      <TextAreaField
        label={t('cases.parties.description')}
        description={t('cases.parties.descriptionHint')}
        maxLength={TEXT_LIMITS.medium}
        rows={2}
        {...register('description')}
        error={errorText(errors.description)}
      />
    </>
  );
}
