import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AgreementDetail } from '../../../../shared/contract/agreements';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { LANGUAGES, type Language } from '../../../../shared/domain/vocabulary';
import { useExportAgreementDocx, useReviseAgreement, useTransitionAgreement } from '../../api/use-agreements';
import { AppDialog } from '../../components/app-dialog';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/textarea-field';
import { AgreementError } from './agreement-error';
import { agreementPath } from './agreement-paths';

interface DialogProps {
  detail: AgreementDetail;
  isOpen: boolean;
  onClose: () => void;
}

/** Changing a version that may be on paper: a new draft version with its text (the engine keeps the old one). */
export function ReviseDialog({ detail, isOpen, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const revise = useReviseAgreement();
  const confirm = async () => {
    const revised = await revise.mutateAsync(detail.agreement.id).catch(() => null);
    if (revised === null) return;
    onClose();
    navigate(agreementPath(revised.id));
  };
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('agreements.revise.title')}>
      <p>{detail.agreement.status === 'signed' ? t('agreements.revise.signedBody') : t('agreements.revise.readyBody')}</p>
      <AgreementError error={revise.error} />
      <div className="actions">
        <button type="button" autoFocus onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button type="button" className="primary" disabled={revise.isPending} onClick={() => void confirm()}>
          {revise.isPending ? t('actions.working') : t('agreements.revise.confirm')}
        </button>
      </div>
    </AppDialog>
  );
}

/** Withdrawing is always the person's right; the reason is optional and kept with the status change. */
export function WithdrawDialog({ detail, isOpen, onClose }: DialogProps) {
  const { t } = useTranslation();
  const transition = useTransitionAgreement();
  const [reason, setReason] = useState('');
  const confirm = async () => {
    const done = await transition.mutateAsync({ id: detail.agreement.id, to: 'withdrawn', reason }).catch(() => null);
    if (done !== null) onClose();
  };
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('agreements.withdraw.title')} role="alertdialog">
      <p>{t('agreements.withdraw.body')}</p>
      <TextAreaField
        label={t('agreements.withdraw.reason')}
        maxLength={TEXT_LIMITS.medium}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <AgreementError error={transition.error} />
      <div className="actions">
        <button type="button" autoFocus onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button type="button" className="danger" disabled={transition.isPending} onClick={() => void confirm()}>
          {t('agreements.withdraw.confirm')}
        </button>
      </div>
    </AppDialog>
  );
}

/**
 * The DOCX leaves the vault unencrypted, so the person reads that first and then picks
 * where it goes in the system's save dialog.
 */
export function ExportDialog({ detail, isOpen, onClose, onExported }: DialogProps & { onExported: (file: string) => void }) {
  const { t } = useTranslation();
  const exportDocx = useExportAgreementDocx();
  const [language, setLanguage] = useState<Language>('da');
  const confirm = async () => {
    const result = await exportDocx.mutateAsync({ id: detail.agreement.id, language }).catch(() => undefined);
    if (result === undefined) return;
    if (result !== null) onExported(result.file);
    onClose();
  };
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('agreements.export.title')}>
      <p className="notice">{t('agreements.export.warning')}</p>
      <SelectField
        label={t('agreements.export.language')}
        options={LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`) }))}
        value={language}
        onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'da')}
      />
      <AgreementError error={exportDocx.error} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button type="button" className="primary" disabled={exportDocx.isPending} onClick={() => void confirm()}>
          {exportDocx.isPending ? t('actions.working') : t('agreements.export.confirm')}
        </button>
      </div>
    </AppDialog>
  );
}
