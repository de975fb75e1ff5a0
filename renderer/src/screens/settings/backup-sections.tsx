import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useBackup, useRestore } from '../../api/use-vault';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { folderBaseName, SavedPlace } from '../../components/folder-name';

export function BackupSection() {
  const { t } = useTranslation();
  const backup = useBackup();
  return (
    <section aria-labelledby="backup-title" className="card">
      <h2 id="backup-title">{t('vault.settings.backupTitle')}</h2>
      <p>{t('vault.settings.backupIntro')}</p>
      <ErrorMessage error={backup.error} />
      {backup.data && <SavedPlace message={t('vault.settings.backupDone', { file: folderBaseName(backup.data.file) })} path={backup.data.file} />}
      <div className="actions">
        <button type="button" disabled={backup.isPending} onClick={() => backup.mutate()}>
          {backup.isPending ? t('actions.working') : t('vault.settings.backupButton')}
        </button>
      </div>
    </section>
  );
}

export function RestoreSection() {
  const { t } = useTranslation();
  const restore = useRestore();
  const form = useForm({ resolver: zodResolver(z.object({ passphrase: z.string().min(1) })), defaultValues: { passphrase: '' } });
  const submit = form.handleSubmit(async ({ passphrase }) => {
    await restore.mutateAsync({ passphrase });
    form.reset();
  });
  return (
    <section aria-labelledby="restore-title" className="card">
      <h2 id="restore-title">{t('vault.settings.restoreTitle')}</h2>
      <p>{t('vault.settings.restoreIntro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('vault.settings.restorePassphrase')} type="password" autoComplete="off" {...form.register('passphrase')} />
        <ErrorMessage error={restore.error} />
        {restore.data &&
          (restore.data.replacedDir === null ? (
            <p role="status">{t('vault.settings.restoreDoneNothingKept')}</p>
          ) : (
            <SavedPlace message={t('vault.settings.restoreDone', { dir: folderBaseName(restore.data.replacedDir) })} path={restore.data.replacedDir} />
          ))}
        <div className="actions">
          <button type="submit" disabled={restore.isPending}>
            {restore.isPending ? t('actions.working') : t('vault.settings.restoreButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
