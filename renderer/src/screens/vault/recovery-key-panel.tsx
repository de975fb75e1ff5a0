import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recoveryKeyGroups } from './recovery-key-groups';

/**
 * Shows a recovery key once, for printing or writing down. The app never puts it on the
 * clipboard; the person must confirm before moving on.
 */
export function RecoveryKeyPanel({ recoveryKey, onDone, doneLabel }: { recoveryKey: string; onDone: () => void; doneLabel: string }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const checkboxId = useId();
  return (
    <div className="recovery-key">
      <p>{t('vault.create.recoveryIntro')}</p>
      <div className="print-area">
        <p className="print-only">{t('app.name')} — {t('vault.create.recoveryLabel')}</p>
        <p className="recovery-key-value" aria-label={t('vault.create.recoveryLabel')} data-testid="recovery-key">
          {/* One span per group so a line only ever breaks between groups. */}
          {recoveryKeyGroups(recoveryKey).map((group, index) => (
            <span key={index} className="key-group">
              {group}
            </span>
          ))}
        </p>
      </div>
      <div className="actions">
        <button type="button" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
      </div>
      <div className="checkbox">
        <input id={checkboxId} type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
        <label htmlFor={checkboxId}>{t('vault.create.writtenDown')}</label>
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={!confirmed} onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </div>
  );
}
