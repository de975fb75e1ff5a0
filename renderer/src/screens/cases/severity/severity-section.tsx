import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { formatDate } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';
import { CaseChecklistPanel } from '../checklist/case-checklist-panel';
import { useReopen } from '../../../drafts/workspace-place';
import { SeverityForm } from './severity-form';

/** Afdækning af omfang og alvorlighedsgrad: the latest assessment and its steps; earlier ones kept below. */
export function SeveritySection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const words = useLabels();
  const [assessing, setAssessing] = useState(false);
  const assessments = detail.severityAssessments;
  const latest = assessments.at(-1);
  const caseId = detail.case.id;
  useReopen('severity', caseId, () => setAssessing(true));
  return (
    <section aria-labelledby="severity-title">
      <h2 id="severity-title">{t('consents.severity.title')}</h2>
      <p className="hint">{t('consents.severity.intro')}</p>
      {latest && (
        <section aria-labelledby="latest-assessment-title" className="card">
          <h3 id="latest-assessment-title">{t('consents.severity.latestTitle', { date: formatDate(latest.assessedOn) })}</h3>
          <dl className="facts">
            <dt>{t('consents.severity.chosenLevel')}</dt>
            <dd>
              <strong>{words.severityLevel[latest.chosenLevel]}</strong>
              {latest.chosenLevel !== latest.suggestedLevel && (
                <span className="hint"> {t('consents.severity.suggestedWas', { level: words.severityLevel[latest.suggestedLevel] })}</span>
              )}
            </dd>
            <dt>{t('consents.severity.extent')}</dt>
            <dd>
              {words.extent[latest.extent]} · {t('consents.severity.affected', { count: latest.affectedCount })}
            </dd>
            <dt>{t('consents.severity.factors')}</dt>
            <dd>{latest.factors.length === 0 ? t('consents.severity.noFactors') : latest.factors.map((factor) => words.severityFactor[factor]).join(', ')}</dd>
            {latest.rationale && (
              <>
                <dt>{t('consents.severity.rationale')}</dt>
                <dd className="prose">{latest.rationale}</dd>
              </>
            )}
          </dl>
          <CaseChecklistPanel detail={detail} heading="h4" framed={false} />
        </section>
      )}
      {assessing || !latest ? (
        <SeverityForm caseId={caseId} detail={detail} latest={latest} onDone={() => setAssessing(false)} />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setAssessing(true)}>
            {t('consents.severity.reassess')}
          </button>
        </div>
      )}
      {assessments.length > 1 && (
        <details className="history">
          <summary>{t('consents.severity.earlier', { count: assessments.length - 1 })}</summary>
          <ol>
            {assessments.slice(0, -1).map((assessment) => (
              <li key={assessment.id}>
                {formatDate(assessment.assessedOn)}: {words.severityLevel[assessment.chosenLevel]} · {words.extent[assessment.extent]}
                {assessment.rationale && <span className="prose"> · {assessment.rationale}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
