import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  agreementSignInputSchema,
  type AgreementCaseContext,
  type AgreementDetail,
} from '../../../../shared/contract/agreements';
import { useSignAgreement } from '../../api/use-agreements';
import { AppDialog } from '../../components/app-dialog';
import { Field } from '../../components/field';
import { todayIsoDate } from '../../components/formatting';
import { AgreementError } from './agreement-error';

type SignInput = z.input<typeof agreementSignInputSchema>;
type SignOutput = z.output<typeof agreementSignInputSchema>;

/** The names on the signature lines: the affected person first, then the contact persons. */
function signerNames(detail: AgreementDetail, context: AgreementCaseContext): string[] {
  const { agreement } = detail;
  const affected = context.affectedParties.find((party) => party.id === agreement.affectedPartyId);
  const names = [
    affected?.name ?? affected?.nickname ?? null,
    ...agreement.contactPersons.map((role) => context.contactPersonNames[role]),
  ];
  return names.filter((name): name is string => name !== null && name.trim() !== '');
}

/**
 * Records the signature: the day, who signed and whether on paper or orally. For a
 * version signed elsewhere (imported) only who and how are asked; its date stays.
 */
export function SignDialog({
  detail,
  context,
  isOpen,
  onClose,
}: {
  detail: AgreementDetail;
  context: AgreementCaseContext;
  isOpen: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const sign = useSignAgreement();
  const { agreement } = detail;
  const completing = agreement.status === 'signed';
  const names = signerNames(detail, context);
  const form = useForm<SignInput, unknown, SignOutput>({
    resolver: zodResolver(agreementSignInputSchema),
    defaultValues: { id: agreement.id, signedOn: agreement.signedOn ?? todayIsoDate(), signedBy: names, form: 'written' },
  });
  const errors = form.formState.errors;
  const replaces = detail.versions.find((version) => version.status === 'signed' && version.version < agreement.version);
  const submit = form.handleSubmit(async (input) => {
    const signed = await sign.mutateAsync(input).catch(() => null);
    if (signed !== null) onClose();
  });
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('agreements.sign.title')}>
      <form noValidate onSubmit={submit}>
        <Field
          label={t('agreements.sign.signedOn')}
          type="date"
          readOnly={completing}
          max={todayIsoDate()}
          {...form.register('signedOn')}
          error={errors.signedOn ? t('agreements.editor.fieldErrors.date') : undefined}
        />
        <fieldset aria-describedby={errors.signedBy ? 'sign-signers-error' : undefined}>
          <legend>{t('agreements.sign.signedBy')}</legend>
          <div className="agreement-choices">
            {names.map((name) => (
              <label key={name}>
                <input type="checkbox" value={name} {...form.register('signedBy')} />
                <span>{name}</span>
              </label>
            ))}
          </div>
          {errors.signedBy && (
            <p id="sign-signers-error" className="field-error">
              {t('agreements.sign.chooseSigner')}
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('agreements.sign.form')}</legend>
          <div className="agreement-choices">
            <label>
              <input type="radio" value="written" {...form.register('form')} />
              <span>{t('agreements.sign.formWritten')}</span>
            </label>
            <label>
              <input type="radio" value="oral" {...form.register('form')} />
              <span>{t('agreements.sign.formOral')}</span>
            </label>
          </div>
        </fieldset>
        {replaces !== undefined && !completing && <p className="hint">{t('agreements.sign.supersedes', { version: replaces.version })}</p>}
        <AgreementError error={sign.error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={sign.isPending}>
            {sign.isPending ? t('actions.working') : t('agreements.sign.confirm')}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}
