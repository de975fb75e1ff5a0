import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentState } from '../../../../../shared/domain/consents';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { CONSENT_ACTIONS } from '../../../../../shared/domain/vocabulary';
import { formatDate } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';
import { useReopen } from '../../../drafts/workspace-place';
import { ActionForm } from './action-form';
import { ConsultationScopeLine } from '../../colleagues/consultation-scope-line';
import { consentActionLabel } from './consent-action-label';
import { ConsentDialog, type ConsentPreset } from './consent-form';
import { WhoMayKnow } from './who-may-know';

/** "Den berørte bestemmer": what the person allows first, then how to record a new answer, then the ledger. */
export function ConsentsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const words = useLabels();
  const [preset, setPreset] = useState<ConsentPreset | null>(null);
  const [saved, setSaved] = useState(false);
  const open = (next: ConsentPreset) => {
    setSaved(false);
    setPreset(next);
  };
  const caseId = detail.case.id;
  // The dialog was open when the vault locked: open it again; its draft sets action and answer.
  useReopen('consent', caseId, () => setPreset((current) => current ?? { action: 'other', decision: 'granted' }));
  return (
    <section aria-labelledby="consents-title">
      <h2 id="consents-title">{t('consents.title')}</h2>
      <WhoMayKnow current={detail.currentConsents} headingLevel={3} />
      <section aria-labelledby="consent-states-title" className="card">
        <h3 id="consent-states-title">{t('consents.states.title')}</h3>
        <ul className="plain-list consent-states">
          {CONSENT_ACTIONS.filter((action) => action !== 'other').map((action) => {
            const state = consentState(detail.consents, { action });
            return (
              <li key={action} className={`consent-state state-${state}`}>
                <span className="consent-state-action">{words.consentAction[action]}</span>
                <span className="consent-state-value">{words.consentState[state]}</span>
                <span className="row-actions">
                  {state === 'granted' ? (
                    <button
                      type="button"
                      onClick={() => open({ action, decision: 'withdrawn' })}
                      aria-label={t('consents.states.withdrawNamed', { action: words.consentAction[action] })}
                    >
                      {t('consents.states.withdraw')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      onClick={() => open({ action, decision: 'granted' })}
                      aria-label={t('consents.states.recordNamed', { action: words.consentAction[action] })}
                    >
                      {t('consents.states.record')}
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
        {saved && <p role="status">{t('consents.form.recorded')}</p>}
        <div className="actions">
          <button type="button" onClick={() => open({ action: 'other', decision: 'granted' })}>
            {t('consents.states.recordOther')}
          </button>
        </div>
      </section>
      <ConsentDialog
        caseId={caseId}
        ledger={detail.consents}
        preset={preset}
        onClose={(wasSaved) => {
          setSaved(wasSaved);
          setPreset(null);
        }}
      />
      <ActionForm caseId={caseId} />
      <section aria-labelledby="ledger-title" className="card">
        <h3 id="ledger-title">{t('consents.ledger.title')}</h3>
        {detail.consents.length === 0 ? (
          <p className="hint">{t('consents.ledger.none')}</p>
        ) : (
          <ol className="ledger">
            {detail.consents.map((entry) => (
              <li key={entry.id}>
                <p>
                  <strong>{formatDate(entry.decidedOn)}</strong> · {consentActionLabel(entry, words)} ·{' '}
                  <span className={`decision decision-${entry.decision}`}>{words.consentDecision[entry.decision]}</span> ·{' '}
                  {words.consentForm[entry.form]}
                </p>
                {entry.scope && <blockquote className="scope">{entry.scope}</blockquote>}
                <ConsultationScopeLine scope={entry.consultationScope} />
              </li>
            ))}
          </ol>
        )}
        <h3>{t('consents.ledger.actionsTitle')}</h3>
        {detail.actionsTaken.length === 0 ? (
          <p className="hint">{t('consents.ledger.noActions')}</p>
        ) : (
          <ol className="ledger">
            {detail.actionsTaken.map((taken) => (
              <li key={taken.id}>
                <p>
                  <strong>{formatDate(taken.takenOn)}</strong> · {consentActionLabel(taken, words)} ·{' '}
                  {taken.overrideReason === null ? t('consents.ledger.onConsent') : t('consents.ledger.onOverride')}
                </p>
                {taken.overrideReason && <p className="prose">{taken.overrideReason}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
