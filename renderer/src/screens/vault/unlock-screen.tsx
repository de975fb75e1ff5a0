import { zodResolver } from '@hookform/resolvers/zod';
import { FolderOpen } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { parseRecoveryKey } from '../../../../shared/recovery-key';
import { useChooseFolder, useResetPassphrase, useUnlockVault, useVaultStatus } from '../../api/use-vault';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { FolderName } from '../../components/folder-name';
import { PageHeader } from '../../components/page-header';
import { NewPassphraseFields, type NewPassphraseValues } from './new-passphrase-fields';
import { newPassphraseSchema } from './new-passphrase-schema';

export function UnlockScreen({ dir: knownDir, notice }: { dir: string | null; notice: string | null }) {
  const { t } = useTranslation();
  const status = useVaultStatus();
  const [chosenDir, setChosenDir] = useState<string | null>(null);
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const chooseFolder = useChooseFolder();
  const dir = chosenDir ?? knownDir;

  const pickFolder = async () => {
    const picked = await chooseFolder.mutateAsync();
    if (picked) setChosenDir(picked.dir);
  };

  // No vault known yet ("Åbn en eksisterende boks"): the one thing to do is to point at its folder.
  if (dir === null) {
    return (
      <section aria-labelledby="open-title" className="narrow">
        <PageHeader id="open-title" title={t('vault.open.title')} back={{ href: '/', label: t('nav.back'), navLabel: t('nav.back') }} />
        <p>{t('vault.open.intro')}</p>
        <p className="hint">{t('vault.open.hint')}</p>
        <ErrorMessage error={chooseFolder.error} />
        <div className="actions">
          <button type="button" className="primary" onClick={pickFolder} disabled={chooseFolder.isPending}>
            <FolderOpen size={18} aria-hidden="true" />
            {t('vault.open.choose')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="unlock-title" className="narrow">
      <h1 id="unlock-title">{mode === 'passphrase' ? t('vault.unlock.title') : t('vault.unlock.recoveryTitle')}</h1>
      {notice && <p role="status" className="notice">{notice}</p>}
      <FolderName dir={dir} defaultDir={status.data?.defaultDir ?? null} label={t('vault.unlock.folder')} />
      {mode === 'passphrase' && <PassphraseForm dir={dir} />}
      {mode === 'recovery' && <RecoveryForm dir={dir} />}
      <ErrorMessage error={chooseFolder.error} />
      <div className="actions secondary-actions">
        <button type="button" onClick={() => setMode(mode === 'passphrase' ? 'recovery' : 'passphrase')}>
          {mode === 'passphrase' ? t('vault.unlock.useRecovery') : t('vault.unlock.usePassphrase')}
        </button>
        <button type="button" onClick={pickFolder}>
          <FolderOpen size={18} aria-hidden="true" />
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
