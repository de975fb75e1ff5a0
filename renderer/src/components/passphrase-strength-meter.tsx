import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { assessPassphrase } from '../../../shared/passphrase-strength';

/** Live feedback from the same estimator the engine enforces. */
export function PassphraseStrengthMeter({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(passphrase);
  const assessment = useMemo(() => (deferred ? assessPassphrase(deferred) : null), [deferred]);
  if (!assessment) return <p className="hint">{t('vault.strength.hint')}</p>;
  return (
    <div aria-live="polite">
      <div className="strength">
        <meter min={0} max={4} low={2} high={3} optimum={4} value={assessment.score} aria-label={t('vault.strength.label')} />
        <span>
          {t('vault.strength.label')}: {t(`vault.strength.levels.${assessment.score}`)}
        </span>
      </div>
      {!assessment.acceptable && <p className="hint strength-tip">{t('vault.strength.hint')}</p>}
    </div>
  );
}

export function isAcceptablePassphrase(passphrase: string): boolean {
  return assessPassphrase(passphrase).acceptable;
}
