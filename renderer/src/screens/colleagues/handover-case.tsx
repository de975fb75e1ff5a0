import { ArrowRightLeft } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentState, OVERRIDE_REASON_MIN_LENGTH } from '../../../../shared/domain/consents';
import type { CaseDetail } from '../../../../shared/domain/schemas/case-view';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { useConfirmedContacts, useHandover } from '../../api/use-colleagues';
import { ErrorMessage } from '../../components/error-message';
import { TextAreaField } from '../../components/textarea-field';
import { chosenContact, ContactChoice } from './contact-choice';
import { EncryptedFileDialog } from './encrypted-file-dialog';

/**
 * "Overdrag sagen": to a confirmed colleague, on the person's consent to hand it over or
 * with a written reason that goes into the ledger. The case stays, locked, until the receipt.
 */
export function HandoverCase({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const contacts = useConfirmedContacts();
  const handover = useHandover();
  const [contactId, setContactId] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState(false);
  const [asking, setAsking] = useState(false);
  // The form stays folded until asked for: handing over is rare, and its reason field is heavy on every case.
  const [open, setOpen] = useState(false);
  const contact = chosenContact(contacts.data, contactId);
  const consented = consentState(detail.consents, { action: 'hand_over_case' }) === 'granted';
  const record = detail.case;
  return (
    <section aria-labelledby="handover-case-title" className="card">
      <h3 id="handover-case-title">{t('colleagues.handover.title')}</h3>
      <p>{t('colleagues.handover.intro')}</p>
      {consented ? <p className="notice">{t('colleagues.handover.consentGranted')}</p> : <p className="hint">{t('colleagues.handover.noConsent')}</p>}
      {!open && !handover.data && (
        <div className="actions">
          <button type="button" aria-expanded={false} onClick={() => setOpen(true)}>
            <ArrowRightLeft aria-hidden="true" size={18} /> {t('colleagues.handover.button')}
          </button>
        </div>
      )}
      {handover.data && contact && <p role="status">{t('colleagues.handover.done', { name: contact.name, file: handover.data.file })}</p>}
      {open && (
        <form
          noValidate
          className="subform"
          onSubmit={(event) => {
            event.preventDefault();
            const tooShort = !consented && reason.trim().length < OVERRIDE_REASON_MIN_LENGTH;
            setReasonProblem(tooShort);
            if (!tooShort && contact) setAsking(true);
          }}
        >
          {contacts.data && <ContactChoice label={t('colleagues.handover.contact')} contacts={contacts.data} value={contact?.id ?? null} onChange={setContactId} />}
          {!consented && contact && (
            <TextAreaField
              label={t('colleagues.handover.overrideReason')}
              description={t('colleagues.handover.overrideHint', { min: OVERRIDE_REASON_MIN_LENGTH })}
              rows={2}
              maxLength={TEXT_LIMITS.medium}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={reasonProblem ? t('colleagues.handover.overrideTooShort', { min: OVERRIDE_REASON_MIN_LENGTH }) : undefined}
            />
          )}
          <ErrorMessage error={handover.error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={handover.isPending || !contact}>
              {handover.isPending ? t('actions.working') : t('colleagues.handover.continue')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      )}
      <EncryptedFileDialog
        isOpen={asking}
        recipientName={contact?.name ?? ''}
        what={t('colleagues.handover.what', { reference: record.reference })}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          if (contact) handover.mutate({ caseIds: [record.id], contactId: contact.id, overrideReason: consented ? null : reason.trim() }, { onSuccess: () => setOpen(false) });
        }}
      />
    </section>
  );
}
