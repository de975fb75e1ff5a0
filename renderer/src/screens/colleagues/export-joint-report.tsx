import { useTranslation } from 'react-i18next';
import type { useExportJointReport } from '../../api/use-joint-report';
import { DocxExportAction } from '../report/docx-export-action';

/** The joint DOCX: only when both guards passed on this very draft, and after the not-encrypted warning. */
export function ExportJointReport({ exportable, exportReport }: { exportable: boolean; exportReport: ReturnType<typeof useExportJointReport> }) {
  const { t } = useTranslation();
  return (
    <div className="joint-export">
      <h4>{t('colleagues.joint.exportTitle')}</h4>
      {!exportable && <p className="hint">{t('colleagues.joint.exportBlocked')}</p>}
      <DocxExportAction label={t('colleagues.joint.exportButton')} disabled={!exportable} exportDocx={exportReport} />
    </div>
  );
}
