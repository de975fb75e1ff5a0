import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { useExportJointReport } from '../../api/use-joint-report';
import { ProceedDialog } from '../../components/proceed-dialog';
import { ErrorMessage } from '../../components/error-message';

/** The joint DOCX: only when both guards passed on this very draft, and after the not-encrypted warning. */
export function ExportJointReport({ exportable, exportReport }: { exportable: boolean; exportReport: ReturnType<typeof useExportJointReport> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <div className="joint-export">
      <h4>{t('colleagues.joint.exportTitle')}</h4>
      {!exportable && <p className="hint">{t('colleagues.joint.exportBlocked')}</p>}
      <ErrorMessage error={exportReport.error} />
      <div className="actions">
        <button type="button" className="primary" disabled={!exportable || exportReport.isPending} onClick={() => setAsking(true)}>
          {exportReport.isPending ? t('actions.working') : t('colleagues.joint.exportButton')}
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
    </div>
  );
}
