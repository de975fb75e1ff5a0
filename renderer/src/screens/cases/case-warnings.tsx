import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/schemas/case-view';
import { useLabels } from '../../components/use-labels';
import { partyName } from './party-name';

/**
 * Inhabilitet and power relations, shown above every tab: they decide who may handle the
 * case and how, so they must not hide behind a tab. They block nothing.
 */
export function CaseWarnings({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const words = useLabels();
  const conflicts = detail.conflictOfInterest.warnings;
  const powers = detail.powerRelationWarnings;
  if (conflicts.length === 0 && powers.length === 0) return null;
  const nameOf = (id: number) => {
    const party = detail.parties.find((candidate) => candidate.id === id);
    return party ? partyName(party, words) : '—';
  };
  return (
    <section aria-labelledby="case-warnings-title" className="warnings">
      <h2 id="case-warnings-title">{t('cases.warnings.title')}</h2>
      <ul>
        {conflicts.map((warning, index) => (
          <li key={`conflict-${index}`} className="warning warning-conflict">
            {words.conflictWarning[warning.code]}
          </li>
        ))}
        {powers.map((warning, index) => (
          <li key={`power-${index}`} className="warning">
            {words.powerRelationWarning[warning.code]}{' '}
            <span className="hint">
              {t('cases.warnings.between', { accused: nameOf(warning.accusedPartyId), affected: nameOf(warning.affectedPartyId) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
