import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useKeyStatus, useRekey } from '../../api/use-key-rotation';
import { Choice } from '../../components/choice-group';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { formatDateTime } from '../../components/formatting';
import { RecoveryKeyPanel } from '../vault/recovery-key-panel';

const rekeySchema = z
  .object({ passphrase: z.string().min(1), recoveryKey: z.string(), noRecoveryKey: z.boolean() })
  .refine((values) => values.noRecoveryKey || values.recoveryKey.trim() !== '', { path: ['recoveryKey'] });
type RekeyValues = z.infer<typeof rekeySchema>;

/**
 * "Skift nøglen til boksen": rotates the database key. Suggested here once the raw key has
 * been shown (cli key, the emergency path) and not rotated since.
 */
export function RekeySection() {
  const { t } = useTranslation();
  const titleId = useId();
  const status = useKeyStatus();
  const rekey = useRekey();
  const form = useForm<RekeyValues>({
    resolver: zodResolver(rekeySchema),
    defaultValues: { passphrase: '', recoveryKey: '', noRecoveryKey: false },
  });
  const noRecoveryKey = useWatch({ control: form.control, name: 'noRecoveryKey' });
  const submit = form.handleSubmit(async ({ passphrase, recoveryKey, noRecoveryKey: makeNew }) => {
    await rekey.mutateAsync({ passphrase, recoveryKey: makeNew ? null : recoveryKey.trim() });
    form.reset();
  });
  const newRecoveryKey = rekey.data?.newRecoveryKey ?? null;

  return (
    <section aria-labelledby={titleId} className="card">
      <h2 id={titleId}>{t('keys.rotate.title')}</h2>
      {status.data?.rotationAdvised && status.data.rawKeyShownAt && (
        <p className="warning">{t('keys.rotate.advised', { date: formatDateTime(status.data.rawKeyShownAt) })}</p>
      )}
      {newRecoveryKey !== null ? (
        <>
          <p role="status">{t('keys.rotate.done')}</p>
          <p>{t('keys.rotate.newRecoveryKeyIntro')}</p>
          <RecoveryKeyPanel recoveryKey={newRecoveryKey} doneLabel={t('actions.continue')} onDone={() => rekey.reset()} />
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('keys.rotate.intro')}</p>
          <p>{t('keys.rotate.backups')}</p>
          {status.data?.rotatedAt && <p className="hint">{t('keys.rotate.lastRotated', { date: formatDateTime(status.data.rotatedAt) })}</p>}
          <Field label={t('keys.rotate.passphrase')} type="password" autoComplete="current-password" {...form.register('passphrase')} />
          {!noRecoveryKey && (
            <Field
              label={t('keys.rotate.recoveryKey')}
              description={t('keys.rotate.recoveryKeyHint')}
              autoComplete="off"
              spellCheck={false}
              {...form.register('recoveryKey')}
            />
          )}
          <Choice type="checkbox" label={t('keys.rotate.noRecoveryKey')} {...form.register('noRecoveryKey')} />
          <ErrorMessage error={rekey.error} />
          {rekey.isPending && <p role="status">{t('keys.rotate.working')}</p>}
          {rekey.isSuccess && <p role="status">{t('keys.rotate.done')}</p>}
          <div className="actions">
            <button type="submit" disabled={rekey.isPending}>
              {t('keys.rotate.button')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
