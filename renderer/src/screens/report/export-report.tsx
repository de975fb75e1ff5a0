import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportBlockedDetails, ReportPreview } from '../../../../shared/contract/reports';
import { ApiError } from '../../api/bridge';
import { useExportReport } from '../../api/use-report';
import { ProceedDialog } from '../../components/proceed-dialog';
import { ErrorMessage } from '../../components/error-message';

/** What the finished file held, when the second scan refused it (the file is deleted by then). */
function writtenFindings(error: unknown): Extract<ReportBlockedDetails, { stage: 'written_document' }>['findings'] {
  if (!(error instanceof ApiError) || error.data.code !== 'REPORT_BLOCKED') return [];
  const details = error.data.details as ReportBlockedDetails | undefined;
  return details?.stage === 'written_document' ? details.findings : [];
}

/**
 * Saving the document: possible only with no findings left, and only after the warning
 * that the Word file is not encrypted. Main asks where to save and checks the file again.
 */
export function ExportReport({ preview }: { preview: ReportPreview | undefined }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const exportReport = useExportReport();
  const periodBlocked = preview?.document === null;
  const blocked = preview === undefined || periodBlocked || preview.findings.length > 0;
  const leftInFile = writtenFindings(exportReport.error);
  return (
    <section aria-labelledby="report-export-title" className="card">
      <h2 id="report-export-title">{t('report.export.title')}</h2>
      <p>{t('report.export.intro')}</p>
      {preview !== undefined && blocked && (
        <p className="hint">{periodBlocked ? t('report.export.periodBlocked') : t('report.export.blocked')}</p>
      )}
      <ErrorMessage error={exportReport.error} />
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
      {exportReport.data && <p role="status">{t('report.export.done', { file: exportReport.data.file })}</p>}
      <div className="actions">
        <button type="button" className="primary" disabled={blocked || exportReport.isPending} onClick={() => setAsking(true)}>
          {exportReport.isPending ? t('actions.working') : t('report.export.button')}
        </button>
      </div>
      <ProceedDialog
        isOpen={asking}
        title={t('report.export.warningTitle')}
        proceedLabel={t('report.export.confirm')}
        onCancel={() => setAsking(false)}
        onProceed={() => {
          setAsking(false);
          exportReport.mutate();
        }}
      >
        <p>{t('report.export.warningBody')}</p>
      </ProceedDialog>
    </section>
  );
}
