import { useTranslation } from 'react-i18next';
import type { ReportPreview } from '../../../../shared/contract/reports';
import { useExportReport } from '../../api/use-report';
import { DocxExportAction } from './docx-export-action';

/**
 * Saving the document: possible only with no findings left, and only after the warning
 * that the Word file is not encrypted. Main asks where to save and checks the file again.
 */
export function ExportReport({ preview }: { preview: ReportPreview | undefined }) {
  const { t } = useTranslation();
  const exportReport = useExportReport();
  const periodBlocked = preview?.document === null;
  const blocked = preview === undefined || periodBlocked || preview.findings.length > 0;
  return (
    <section aria-labelledby="report-export-title" className="card">
      <h2 id="report-export-title">{t('report.export.title')}</h2>
      <p>{t('report.export.intro')}</p>
      {preview !== undefined && blocked && (
        <p className="hint">{periodBlocked ? t('report.export.periodBlocked') : t('report.export.blocked')}</p>
      )}
      {exportReport.data && <p role="status">{t('report.export.done', { file: exportReport.data.file })}</p>}
      <DocxExportAction label={t('report.export.button')} disabled={blocked} exportDocx={exportReport} />
    </section>
  );
}
