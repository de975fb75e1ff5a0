import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { AUTO_LOCK_MINUTES } from '../../../../shared/contract/settings';
import { platformCapabilities } from '../../../../shared/domain/platform';
import { call } from '../../api/bridge';
import { useAppSettings, useUpdateAppSettings } from '../../api/use-settings';
import { ErrorMessage } from '../../components/error-message';

export function SecuritySection() {
  const { t } = useTranslation();
  const settings = useAppSettings();
  const update = useUpdateAppSettings();
  // What this operating system can do; a switch that would do nothing is shown as unavailable, with the reason.
  const info = useQuery({ queryKey: ['app-info'], queryFn: () => call('app.info'), staleTime: Infinity });
  const minutesId = useId();
  const protectionId = useId();
  if (!settings.data || !info.data) return null;
  const capabilities = platformCapabilities(info.data.platform);
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
          aria-describedby={capabilities.screenLockEvent ? undefined : `${minutesId}-screen-lock`}
          onBlur={(event) => {
            const minutes = Number(event.target.value);
            if (minutes !== settings.data.autoLockMinutes) update.mutate({ autoLockMinutes: minutes });
          }}
        />
        {!capabilities.screenLockEvent && (
          <p id={`${minutesId}-screen-lock`} className="hint">
            {t('vault.settings.screenLockUnavailable', { minutes: AUTO_LOCK_MINUTES.defaultWithoutScreenLock })}
          </p>
        )}
      </div>
      <div className="checkbox">
        <input
          id={protectionId}
          type="checkbox"
          checked={capabilities.contentProtection && settings.data.contentProtection}
          disabled={!capabilities.contentProtection}
          aria-describedby={capabilities.contentProtection ? undefined : `${protectionId}-unavailable`}
          onChange={(event) => update.mutate({ contentProtection: event.target.checked })}
        />
        <label htmlFor={protectionId}>{t('vault.settings.contentProtection')}</label>
      </div>
      {!capabilities.contentProtection && (
        <p id={`${protectionId}-unavailable`} className="hint">
          {t('vault.settings.contentProtectionUnavailable')}
        </p>
      )}
      <ErrorMessage error={update.error} />
      {update.isSuccess && <p role="status">{t('actions.saved')}</p>}
    </section>
  );
}
