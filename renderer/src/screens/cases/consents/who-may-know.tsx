import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentEntryRecord } from '../../../../../shared/domain/schemas/consent';
import { formatDate } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';
import { ConsultationScopeLine } from '../../colleagues/consultation-scope-line';
import { consentActionLabel } from './consent-action-label';

/**
 * "Hvem må vide hvad": what the affected person allows right now, in their own words.
 * Anything not listed here may not be shared, and the panel says so.
 */
export function WhoMayKnow({ current, headingLevel = 2 }: { current: ConsentEntryRecord[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const words = useLabels();
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={titleId} className="card who-may-know">
      <Heading id={titleId}>{t('consents.whoMayKnow.title')}</Heading>
      {current.length === 0 ? (
        <p className="who-may-know-none">{t('consents.whoMayKnow.none')}</p>
      ) : (
        <>
          <ul className="plain-list">
            {current.map((entry) => (
              <li key={entry.id} className="consent-granted">
                <p className="consent-action">{consentActionLabel(entry, words)}</p>
                {entry.scope ? (
                  <blockquote className="scope">{entry.scope}</blockquote>
                ) : entry.consultationScope === null ? (
                  <p className="hint">{t('consents.whoMayKnow.noScope')}</p>
                ) : null}
                <ConsultationScopeLine scope={entry.consultationScope} />
                <p className="hint">
                  {t('consents.whoMayKnow.given', { date: formatDate(entry.decidedOn), form: words.consentForm[entry.form].toLowerCase() })}
                </p>
              </li>
            ))}
          </ul>
          <p>
            <strong>{t('consents.whoMayKnow.nothingElse')}</strong>
          </p>
        </>
      )}
    </section>
  );
}
