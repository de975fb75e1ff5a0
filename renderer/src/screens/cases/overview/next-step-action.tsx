import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseDetail } from '../../../../../shared/domain/schemas/case-view';
import { useLabels } from '../../../components/use-labels';
import { caseNextSteps } from './next-steps-panel';

const LONGEST_LABEL = 48;

/**
 * The case's primary action: the first of its next steps, leading to where it is done.
 * A closed case, or one with nothing left to do, has no primary action.
 */
export function NextStepAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const words = useLabels();
  const first = detail.case.status === 'closed' ? undefined : caseNextSteps(detail)[0];
  if (!first) return null;
  const caseId = detail.case.id;
  const [what, section] =
    first.kind === 'task'
      ? [first.task.title, 'tasks']
      : first.kind === 'status'
        ? [t('casePage.nextSteps.confirmStatus', { status: words.caseStatus[first.suggestion.to] }), 'overview']
        : [words.severityStep[first.item.step], first.item.section];
  const shown = what.length > LONGEST_LABEL ? `${what.slice(0, LONGEST_LABEL - 1).trimEnd()}…` : what;
  return (
    <Link href={`/cases/${caseId}/${section}`} className="button primary" title={what}>
      {t('casePage.nextSteps.action', { what: shown })} <ArrowRight aria-hidden="true" size={18} />
    </Link>
  );
}
