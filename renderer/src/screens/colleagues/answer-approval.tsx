import { ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerApprovalRequest } from '../../api/use-joint-report';
import { ProceedDialog } from '../../components/proceed-dialog';
import { ErrorMessage } from '../../components/error-message';
import { MarkedText } from '../report/marked-text';

/**
 * The colleague's joint draft, checked with this vault's own identifiers: an approval goes
 * back only when nothing is found; otherwise the places are shown here and nothing is written.
 */
export function AnswerApproval() {
  const { t } = useTranslation();
  const answer = useAnswerApprovalRequest();
  const [asking, setAsking] = useState(false);
  const result = answer.data;
  return (
    <section aria-labelledby="joint-answer-title" className="card">
      <h3 id="joint-answer-title">{t('colleagues.joint.answerTitle')}</h3>
      <p>{t('colleagues.joint.answerIntro')}</p>
      <ErrorMessage error={answer.error} />
      {result?.outcome === 'approved' && <p role="status">{t('colleagues.joint.answerApproved', { file: result.file })}</p>}
      {result?.outcome === 'findings' && (
        <div className="report-findings has-findings">
          <p role="status">{t('colleagues.joint.answerFindings', { count: result.findings.length })}</p>
          <ul>
            {result.findings.map((finding, index) => (
              <li key={index}>
                <MarkedText text={finding.text} findings={[{ ...finding, start: 0, end: finding.text.length }]} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" disabled={answer.isPending} onClick={() => setAsking(true)}>
          <ShieldCheck aria-hidden="true" size={18} /> {answer.isPending ? t('actions.working') : t('colleagues.joint.answerButton')}
        </button>
      </div>
      <ProceedDialog
        isOpen={asking}
        title={t('colleagues.joint.answerWarningTitle')}
        proceedLabel={t('colleagues.joint.answerContinue')}
        onCancel={() => setAsking(false)}
        onProceed={() => {
          setAsking(false);
          answer.mutate();
        }}
      >
        <p>{t('colleagues.joint.answerWarning')}</p>
      </ProceedDialog>
    </section>
  );
}
