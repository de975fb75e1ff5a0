import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_MINUTES } from '../../../../shared/contract/settings';
import { useAppSettings, useUpdateAppSettings } from '../../api/use-settings';
import { ErrorMessage } from '../../components/error-message';

export function SecuritySection() {
  const { t } = useTranslation();
  const settings = useAppSettings();
  const update = useUpdateAppSettings();
  const minutesId = useId();
  const protectionId = useId();
  if (!settings.data) return null;
  return (
    <section aria-labelledby={`${minutesId}-title`} className="card">
      <h2 id={`${minutesId}-title`}>{t('vault.settings.securityTitle')}</h2>
      <div className="field">
        <label htmlFor={minutesId}>{t('vault.settings.autoLock')}</label>
        <input
          id={minutesId}
          type="number"
          min={AUTO_LOCK_MINUTES.min}
          max={AUTO_LOCK_MINUTES.max}
          defaultValue={settings.data.autoLockMinutes}
          onBlur={(event) => {
            const minutes = Number(event.target.value);
            if (minutes !== settings.data.autoLockMinutes) update.mutate({ autoLockMinutes: minutes });
          }}
        />
      </div>
      <div className="checkbox">
        <input
          id={protectionId}
          type="checkbox"
          checked={settings.data.contentProtection}
          onChange={(event) => update.mutate({ contentProtection: event.target.checked })}
        />
        <label htmlFor={protectionId}>{t('vault.settings.contentProtection')}</label>
      </div>
      <ErrorMessage error={update.error} />
      {update.isSuccess && <p role="status">{t('actions.saved')}</p>}
    </section>
  );
}
