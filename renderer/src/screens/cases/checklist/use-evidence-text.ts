import { useTranslation } from 'react-i18next';
import type { StepEvidence } from '../../../../../shared/domain/case-checklist';
import { formatDate } from '../../../components/formatting';
import { useLabels } from '../../../components/use-labels';

/** The record that shows a step was taken, in one plain sentence. */
export function useEvidenceText(): (evidence: StepEvidence) => string {
  const { t } = useTranslation();
  const words = useLabels();
  return (evidence) => {
    switch (evidence.kind) {
      case 'conversation_held':
        return evidence.date === null
          ? t('casePage.checklist.evidence.conversation_held_undated')
          : t('casePage.checklist.evidence.conversation_held', { date: formatDate(evidence.date) });
      case 'conversation_offered':
        return t('casePage.checklist.evidence.conversation_offered');
      case 'conversation_note':
      case 'decision_note':
      case 'assessment_saved':
      case 'task_done':
        return t(`casePage.checklist.evidence.${evidence.kind}`, { date: formatDate(evidence.date) });
      case 'agreement_signed':
        return t('casePage.checklist.evidence.agreement_signed', {
          version: evidence.version,
          date: evidence.date === null ? '' : formatDate(evidence.date),
        });
      case 'agreement_drafted':
        return t('casePage.checklist.evidence.agreement_drafted', { version: evidence.version });
      case 'consent_recorded':
        return t('casePage.checklist.evidence.consent_recorded', { action: words.consentAction[evidence.action], date: formatDate(evidence.date) });
      case 'support_offered':
        return t('casePage.checklist.evidence.support_offered', { offer: words.supportOffer[evidence.offer], version: evidence.version });
      case 'party_support_person':
        return t('casePage.checklist.evidence.party_support_person');
      case 'case_closed': {
        const outcome = words.outcome[evidence.outcome].toLocaleLowerCase();
        return evidence.date === null
          ? t('casePage.checklist.evidence.case_closed', { outcome })
          : t('casePage.checklist.evidence.case_closed_dated', { date: formatDate(evidence.date), outcome });
      }
    }
  };
}
