import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useChooseFolder, useCreateVault, useVaultStatus } from '../../api/use-vault';
import { ErrorMessage } from '../../components/error-message';
import { FolderName } from '../../components/folder-name';
import { NewPassphraseFields, type NewPassphraseValues } from './new-passphrase-fields';
import { newPassphraseSchema } from './new-passphrase-schema';
import { RecoveryKeyPanel } from './recovery-key-panel';

export function CreateVaultScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const status = useVaultStatus();
  const chooseFolder = useChooseFolder();
  const create = useCreateVault();
  const [step, setStep] = useState<'location' | 'passphrase' | 'recovery'>('location');
  const [chosenDir, setChosenDir] = useState<string | null>(null);
  const dir = chosenDir ?? status.data?.defaultDir ?? '';
  const form = useForm<NewPassphraseValues>({ resolver: zodResolver(newPassphraseSchema(t)), defaultValues: { passphrase: '', confirm: '' } });

  const pickFolder = async () => {
    const picked = await chooseFolder.mutateAsync();
    if (picked) setChosenDir(picked.dir);
  };

  const submit = form.handleSubmit(async ({ passphrase }) => {
    await create.mutateAsync({ dir, passphrase });
    form.reset();
    setStep('recovery');
  });

  return (
    <section aria-labelledby="create-title" className="narrow">
      <h1 id="create-title">{t('vault.create.title')}</h1>
      {step === 'location' && (
        <>
          <h2>{t('vault.create.stepLocation')}</h2>
          <p>{t('vault.create.locationIntro')}</p>
          <FolderName dir={dir} defaultDir={status.data?.defaultDir ?? null} label={t('vault.create.folder')} />
          <ErrorMessage error={chooseFolder.error} />
          <div className="actions">
            <button type="button" onClick={pickFolder}>
              {t('vault.create.chooseFolder')}
            </button>
            <button type="button" className="primary" disabled={!dir} onClick={() => setStep('passphrase')}>
              {t('actions.continue')}
            </button>
          </div>
        </>
      )}
      {step === 'passphrase' && (
        <form onSubmit={submit} noValidate>
          <h2>{t('vault.create.stepPassphrase')}</h2>
          <p>{t('vault.create.passphraseIntro')}</p>
          <NewPassphraseFields form={form} label={t('vault.create.passphrase')} />
          <ErrorMessage error={create.error} />
          {create.isPending && <p role="status">{t('vault.create.creating')}</p>}
          <div className="actions">
            <button type="button" onClick={() => setStep('location')}>
              {t('nav.back')}
            </button>
            <button type="submit" className="primary" disabled={create.isPending}>
              {t('vault.create.createButton')}
            </button>
          </div>
        </form>
      )}
      {step === 'recovery' && create.data && (
        <>
          <h2>{t('vault.create.stepRecovery')}</h2>
          <RecoveryKeyPanel
            recoveryKey={create.data.recoveryKey}
            doneLabel={t('vault.create.finish')}
            onDone={() => {
              create.reset();
              void status.refetch().then(() => navigate('/'));
            }}
          />
        </>
      )}
    </section>
  );
}
