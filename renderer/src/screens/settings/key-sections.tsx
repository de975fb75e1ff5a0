import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useChangePassphrase, useNewRecoveryKey } from '../../api/use-vault';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { NewPassphraseFields, type NewPassphraseValues } from '../vault/new-passphrase-fields';
import { newPassphraseSchema } from '../vault/new-passphrase-schema';
import { RecoveryKeyPanel } from '../vault/recovery-key-panel';

export function ChangePassphraseSection() {
  const { t } = useTranslation();
  const change = useChangePassphrase();
  const schema = newPassphraseSchema(t).and(z.object({ current: z.string().min(1) }));
  const form = useForm<NewPassphraseValues & { current: string }>({
    resolver: zodResolver(schema),
    defaultValues: { current: '', passphrase: '', confirm: '' },
  });
  const submit = form.handleSubmit(async ({ current, passphrase }) => {
    await change.mutateAsync({ current, next: passphrase });
    form.reset();
  });
  return (
    <section aria-labelledby="change-title" className="card">
      <h2 id="change-title">{t('vault.settings.changeTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <Field label={t('vault.settings.current')} type="password" autoComplete="current-password" {...form.register('current')} />
        <NewPassphraseFields form={form} label={t('vault.settings.next')} />
        <ErrorMessage error={change.error} />
        {change.isSuccess && <p role="status">{t('vault.settings.changed')}</p>}
        <div className="actions">
          <button type="submit" disabled={change.isPending}>
            {t('vault.settings.changeButton')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function NewRecoveryKeySection() {
  const { t } = useTranslation();
  const renew = useNewRecoveryKey();
  const form = useForm({ resolver: zodResolver(z.object({ passphrase: z.string().min(1) })), defaultValues: { passphrase: '' } });
  const submit = form.handleSubmit(async ({ passphrase }) => {
    await renew.mutateAsync({ passphrase });
    form.reset();
  });
  return (
    <section aria-labelledby="recovery-title" className="card">
      <h2 id="recovery-title">{t('vault.settings.recoveryTitle')}</h2>
      {renew.data ? (
        <RecoveryKeyPanel recoveryKey={renew.data.recoveryKey} doneLabel={t('actions.continue')} onDone={() => renew.reset()} />
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('vault.settings.recoveryIntro')}</p>
          <Field label={t('vault.settings.current')} type="password" autoComplete="current-password" {...form.register('passphrase')} />
          <ErrorMessage error={renew.error} />
          <div className="actions">
            <button type="submit" disabled={renew.isPending}>
              {t('vault.settings.recoveryButton')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
