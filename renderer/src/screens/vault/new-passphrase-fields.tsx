import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/field';
import { PassphraseStrengthMeter } from '../../components/passphrase-strength-meter';

export interface NewPassphraseValues {
  passphrase: string;
  confirm: string;
}

/** A new passphrase twice, with live strength feedback. Validation is the form's schema. */
export function NewPassphraseFields<T extends NewPassphraseValues>({ form, label }: { form: UseFormReturn<T>; label: string }) {
  const { t } = useTranslation();
  // Any form whose values include these two fields; narrowed once here rather than at each caller.
  const { register, watch, formState } = form as unknown as UseFormReturn<NewPassphraseValues>;
  return (
    <>
      <Field
        label={label}
        type="password"
        autoComplete="new-password"
        {...register('passphrase')}
        error={formState.errors.passphrase?.message}
        description={<PassphraseStrengthMeter passphrase={watch('passphrase')} />}
      />
      <Field label={t('vault.create.confirm')} type="password" autoComplete="new-password" {...register('confirm')} error={formState.errors.confirm?.message} />
    </>
  );
}
