import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { vaultSettingsUpdateSchema, type VaultSettings } from '../../../../shared/domain/schemas/vault-settings';
import { CONTACT_PERSON_ROLES } from '../../../../shared/domain/vocabulary';
import { useUpdateVaultSettings, useVaultSettings } from '../../api/use-vault-settings';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { emptyAsNull, optionsOf, SelectField } from '../../components/select-field';
import { useErrorText } from '../../components/use-error-text';
import { useLabels } from '../../components/use-labels';

/** The organisation and the independent contact instance: used in documents and for inhabilitet. */
export function OrganisationSection() {
  const { t } = useTranslation();
  const settings = useVaultSettings();
  return (
    <section aria-labelledby="organisation-title" className="card">
      <h2 id="organisation-title">{t('organisation.organisation.title')}</h2>
      <p className="hint">{t('organisation.organisation.intro')}</p>
      <ErrorMessage error={settings.error} />
      {settings.data && <OrganisationForm settings={settings.data} />}
    </section>
  );
}

function OrganisationForm({ settings }: { settings: VaultSettings }) {
  const { t } = useTranslation();
  const words = useLabels();
  const errorText = useErrorText();
  const update = useUpdateVaultSettings();
  const form = useForm({
    resolver: zodResolver(vaultSettingsUpdateSchema),
    defaultValues: {
      organisationName: settings.organisationName ?? '',
      contactPersons: {
        secretariat_head: settings.contactPersons.secretariat_head ?? '',
        trusted_person: settings.contactPersons.trusted_person ?? '',
      },
      vaultOwner: settings.vaultOwner,
    },
  });
  const { register, formState } = form;
  const submit = form.handleSubmit(async (values) => {
    const saved = await update.mutateAsync(values);
    form.reset({
      organisationName: saved.organisationName ?? '',
      contactPersons: { secretariat_head: saved.contactPersons.secretariat_head ?? '', trusted_person: saved.contactPersons.trusted_person ?? '' },
      vaultOwner: saved.vaultOwner,
    });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Field
        label={t('organisation.organisation.name')}
        maxLength={TEXT_LIMITS.short}
        {...register('organisationName')}
        error={errorText(formState.errors.organisationName)}
      />
      {CONTACT_PERSON_ROLES.map((role) => (
        <Field
          key={role}
          label={t('organisation.organisation.personName', { role: words.contactPersonRole[role] })}
          maxLength={TEXT_LIMITS.short}
          autoComplete="off"
          {...register(`contactPersons.${role}`)}
          error={errorText(formState.errors.contactPersons?.[role])}
        />
      ))}
      <SelectField
        label={t('organisation.organisation.owner')}
        description={t('organisation.organisation.ownerHint')}
        options={optionsOf(CONTACT_PERSON_ROLES, words.contactPersonRole)}
        emptyLabel={t('organisation.organisation.ownerUnset')}
        {...register('vaultOwner', emptyAsNull)}
      />
      <ErrorMessage error={update.error} />
      {update.isSuccess && !formState.isDirty && <p role="status">{t('actions.saved')}</p>}
      <div className="actions">
        <button type="submit" disabled={update.isPending}>
          {t('actions.save')}
        </button>
      </div>
    </form>
  );
}
