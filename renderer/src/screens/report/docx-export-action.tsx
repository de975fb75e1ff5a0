import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportBlockedDetails } from '../../../../shared/contract/reports';
import { ApiError } from '../../api/bridge';
import { ErrorMessage } from '../../components/error-message';
import { ProceedDialog } from '../../components/proceed-dialog';

/** What the finished file held, when the second scan refused it (the file is deleted by then). */
function writtenFindings(error: unknown): Extract<ReportBlockedDetails, { stage: 'written_document' }>['findings'] {
  if (!(error instanceof ApiError) || error.data.code !== 'REPORT_BLOCKED') return [];
  const details = error.data.details as ReportBlockedDetails | undefined;
  return details?.stage === 'written_document' ? details.findings : [];
}

/**
 * Saving a learning document (single or joint) as Word: the warning that the file is not
 * encrypted first, then the save; a refusal by the scan of the written file shows its words.
 */
export function DocxExportAction({
  label,
  disabled,
  exportDocx,
}: {
  label: string;
  disabled: boolean;
  exportDocx: { mutate: () => void; isPending: boolean; error: unknown };
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const leftInFile = writtenFindings(exportDocx.error);
  return (
    <>
      <ErrorMessage error={exportDocx.error} />
      {leftInFile.length > 0 && (
        <>
          <p>{t('report.export.writtenFindings')}</p>
          <ul>
            {leftInFile.map((finding, index) => (
              <li key={index}>
                <mark className="finding">{finding.text}</mark> ({t(`report.findings.kind.${finding.kind}`)})
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={disabled || exportDocx.isPending} onClick={() => setAsking(true)}>
          {exportDocx.isPending ? t('actions.working') : label}
        </button>
      </div>
      <ProceedDialog
        isOpen={asking}
        title={t('report.export.warningTitle')}
        proceedLabel={t('report.export.confirm')}
        onCancel={() => setAsking(false)}
        onProceed={() => {
          setAsking(false);
          exportDocx.mutate();
        }}
      >
        <p>{t('report.export.warningBody')}</p>
      </ProceedDialog>
    </>
  );
}
