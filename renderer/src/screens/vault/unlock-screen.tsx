import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { parseRecoveryKey } from '../../../../shared/recovery-key';
import { useChooseFolder, useResetPassphrase, useUnlockVault } from '../../api/use-vault';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { NewPassphraseFields, type NewPassphraseValues } from './new-passphrase-fields';
import { newPassphraseSchema } from './new-passphrase-schema';

export function UnlockScreen({ dir: knownDir, notice }: { dir: string | null; notice: string | null }) {
  const { t } = useTranslation();
  const [chosenDir, setChosenDir] = useState<string | null>(null);
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const chooseFolder = useChooseFolder();
  const dir = chosenDir ?? knownDir;

  const pickFolder = async () => {
    const picked = await chooseFolder.mutateAsync();
    if (picked) setChosenDir(picked.dir);
  };

  return (
    <section aria-labelledby="unlock-title" className="narrow">
      <h1 id="unlock-title">{mode === 'passphrase' ? t('vault.unlock.title') : t('vault.unlock.recoveryTitle')}</h1>
      {notice && <p role="status" className="notice">{notice}</p>}
      <p>
        <strong>{t('vault.unlock.folder')}:</strong> <code data-testid="vault-dir">{dir ?? '—'}</code>
      </p>
      {dir && mode === 'passphrase' && <PassphraseForm dir={dir} />}
      {dir && mode === 'recovery' && <RecoveryForm dir={dir} />}
      <ErrorMessage error={chooseFolder.error} />
      <div className="actions secondary-actions">
        <button type="button" onClick={() => setMode(mode === 'passphrase' ? 'recovery' : 'passphrase')} disabled={!dir}>
          {mode === 'passphrase' ? t('vault.unlock.useRecovery') : t('vault.unlock.usePassphrase')}
        </button>
        <button type="button" onClick={pickFolder}>
          {t('vault.unlock.otherVault')}
        </button>
      </div>
    </section>
  );
}

function PassphraseForm({ dir }: { dir: string }) {
  const { t } = useTranslation();
  const unlock = useUnlockVault();
  const form = useForm({ resolver: zodResolver(z.object({ passphrase: z.string().min(1) })), defaultValues: { passphrase: '' } });
  const submit = form.handleSubmit(async ({ passphrase }) => {
    try {
      await unlock.mutateAsync({ dir, passphrase });
    } finally {
      form.reset();
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('vault.unlock.passphrase')} type="password" autoComplete="current-password" autoFocus {...form.register('passphrase')} />
      <ErrorMessage error={unlock.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={unlock.isPending}>
          {unlock.isPending ? t('vault.unlock.unlocking') : t('vault.unlock.unlockButton')}
        </button>
      </div>
    </form>
  );
}

type RecoveryValues = NewPassphraseValues & { recoveryKey: string };

function RecoveryForm({ dir }: { dir: string }) {
  const { t } = useTranslation();
  const reset = useResetPassphrase();
  const schema = newPassphraseSchema(t).and(
    z.object({ recoveryKey: z.string().refine((key) => parseRecoveryKey(key).ok, t('vault.unlock.recoveryTypo')) }),
  );
  const form = useForm<RecoveryValues>({ resolver: zodResolver(schema), defaultValues: { recoveryKey: '', passphrase: '', confirm: '' } });
  const submit = form.handleSubmit(async ({ recoveryKey, passphrase }) => {
    await reset.mutateAsync({ dir, recoveryKey, newPassphrase: passphrase });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Field
        label={t('vault.unlock.recoveryKey')}
        autoComplete="off"
        spellCheck={false}
        description={<p className="hint">{t('vault.unlock.recoveryFormat')}</p>}
        {...form.register('recoveryKey')}
        error={form.formState.errors.recoveryKey?.message}
      />
      <NewPassphraseFields form={form} label={t('vault.unlock.newPassphrase')} />
      <ErrorMessage error={reset.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={reset.isPending}>
          {t('vault.unlock.resetButton')}
        </button>
      </div>
    </form>
  );
}
