import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LANGUAGES, type Language } from '../../../../shared/domain/vocabulary';
import { useAgreementPrintDocument, usePrintAgreement, useSaveAgreementPdf } from '../../api/use-agreements';
import { AppDialog } from '../../components/app-dialog';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/select-field';
import { agreementPath, agreementPrintPath } from './agreement-paths';
import { AgreementSheet } from './agreement-sheet';
import './agreements.css';

/** The PDF leaves the vault unencrypted: the person reads that before choosing where it goes. */
function SavePdfDialog({ id, language, onClose, onSaved }: { id: number; language: Language; onClose: () => void; onSaved: (file: string) => void }) {
  const { t } = useTranslation();
  const savePdf = useSaveAgreementPdf();
  const confirm = async () => {
    const result = await savePdf.mutateAsync({ id, language }).catch(() => undefined);
    if (result === undefined) return;
    if (result !== null) onSaved(result.file);
    onClose();
  };
  return (
    <AppDialog isOpen onClose={onClose} title={t('agreements.print.pdfTitle')}>
      <p className="notice">{t('agreements.print.pdfWarning')}</p>
      <ErrorMessage error={savePdf.error} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button type="button" className="primary" disabled={savePdf.isPending} onClick={() => void confirm()}>
          {savePdf.isPending ? t('actions.working') : t('agreements.print.pdfConfirm')}
        </button>
      </div>
    </AppDialog>
  );
}

/**
 * The agreement on A4, as it is printed for signature: the system print dialog prints this
 * very page, and "save as PDF" saves it. Everything but the sheet is left out of print.
 */
export function AgreementPrintScreen({ id, language }: { id: number; language: Language }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const document = useAgreementPrintDocument(id, language);
  const print = usePrintAgreement();
  const [pdfOpen, setPdfOpen] = useState(false);
  const [savedFile, setSavedFile] = useState<string | null>(null);

  return (
    <div className="agreement-print-screen">
      <div role="region" aria-label={t('agreements.print.toolbar')} className="no-print">
        <nav aria-label={t('agreements.screen.breadcrumb')} className="breadcrumb">
          <Link href={agreementPath(id)}>{t('agreements.print.back')}</Link>
        </nav>
        <div className="print-toolbar">
          <SelectField
            label={t('agreements.print.language')}
            options={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`) }))}
            value={language}
            onChange={(event) => navigate(agreementPrintPath(id, event.target.value === 'en' ? 'en' : 'da'), { replace: true })}
          />
          <button type="button" className="primary" disabled={!document.data || print.isPending} onClick={() => print.mutate(id)}>
            {t('agreements.print.print')}
          </button>
          <button type="button" disabled={!document.data} onClick={() => setPdfOpen(true)}>
            {t('agreements.print.savePdf')}
          </button>
        </div>
        <ErrorMessage error={print.error ?? document.error} />
        {print.data?.printed && <p role="status">{t('agreements.print.printed')}</p>}
        {savedFile !== null && <p role="status">{t('agreements.print.pdfDone', { file: savedFile })}</p>}
      </div>
      {document.isPending && <p role="status">{t('agreements.screen.loading')}</p>}
      {document.data && <AgreementSheet document={document.data} titleLevel={1} label={t('agreements.print.sheet')} printed />}
      {pdfOpen && <SavePdfDialog id={id} language={language} onClose={() => setPdfOpen(false)} onSaved={setSavedFile} />}
    </div>
  );
}
