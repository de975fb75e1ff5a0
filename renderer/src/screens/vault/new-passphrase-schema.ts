import type { TFunction } from 'i18next';
import { z } from 'zod';
import { isAcceptablePassphrase } from '../../components/passphrase-strength-meter';

/** The rule the engine enforces, checked first in the form so the person sees why. */
export function newPassphraseSchema(t: TFunction) {
  return z
    .object({
      passphrase: z.string().refine(isAcceptablePassphrase, t('vault.create.tooWeak')),
      confirm: z.string(),
    })
    .refine((values) => values.passphrase === values.confirm, { path: ['confirm'], message: t('vault.create.mismatch') });
}
