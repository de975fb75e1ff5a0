import { ArrowRightLeft } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpenStatus } from '../../../../shared/domain/case-status';
import { OVERRIDE_REASON_MIN_LENGTH } from '../../../../shared/domain/consents';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { ApiError } from '../../api/bridge';
import { useCaseMarkers, useConfirmedContacts, useHandover } from '../../api/use-colleagues';
import { useCaseList } from '../../api/use-cases';
import { Choice, ChoiceGroup } from '../../components/choice-group';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/textarea-field';
import { chosenContact, ContactChoice } from './contact-choice';
import { EncryptedFileDialog } from './encrypted-file-dialog';

/**
 * "Overdrag sager": one case or every open case to a confirmed colleague, e.g. to the new
 * trusted person after the national meeting. Cases without consent need the written reason.
 */
export function HandoverCases() {
  const { t } = useTranslation();
  const list = useCaseList();
  const contacts = useConfirmedContacts();
  const handover = useHandover();
  const [which, setWhich] = useState<'all' | 'one'>('all');
  const [caseId, setCaseId] = useState<number | null>(null);
  const [contactId, setContactId] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState(false);
  const [asking, setAsking] = useState(false);
  const markers = useCaseMarkers();
  // As the engine counts "all open": a consultation copy or a case already handed over is not this vault's to hand over.
  const open = (list.data?.items ?? []).filter((item) => isOpenStatus(item.status) && !markers.has(item.id));
  const withoutConsent = refusedCaseIds(handover.error).map((id) => (list.data?.items ?? []).find((item) => item.id === id)?.reference ?? String(id));
  const contact = chosenContact(contacts.data, contactId);
  const chosenCase = open.find((item) => item.id === caseId) ?? open[0];
  const count = which === 'all' ? open.length : 1;
  const trimmed = reason.trim();
  return (
    <section aria-labelledby="handover-cases-title" className="card">
      <h2 id="handover-cases-title">{t('colleagues.handover.allTitle')}</h2>
      <p>{t('colleagues.handover.allIntro')}</p>
      {handover.data && contact && (
        <p role="status" className="notice">
          {t('colleagues.handover.allDone', { count: handover.data.cases.length, name: contact.name, file: handover.data.file })}
        </p>
      )}
      {list.data && open.length === 0 ? (
        // Right after handing everything over, the notice above says enough.
        !handover.data && <p className="hint">{t('colleagues.handover.noOpen')}</p>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const tooShort = trimmed !== '' && trimmed.length < OVERRIDE_REASON_MIN_LENGTH;
            setReasonProblem(tooShort);
            if (!tooShort && contact) setAsking(true);
          }}
        >
          <ChoiceGroup legend={t('colleagues.handover.which')}>
            <Choice type="radio" name="handover-which" value="all" checked={which === 'all'} onChange={() => setWhich('all')} label={t('colleagues.handover.whichAll', { count: open.length })} />
            <Choice type="radio" name="handover-which" value="one" checked={which === 'one'} onChange={() => setWhich('one')} label={t('colleagues.handover.whichOne')} />
          </ChoiceGroup>
          {which === 'one' && (
            <SelectField
              label={t('colleagues.handover.chooseCase')}
              options={open.map((item) => ({ value: String(item.id), label: t('cases.case.title', { reference: item.reference }) }))}
              value={chosenCase ? String(chosenCase.id) : ''}
              onChange={(event) => setCaseId(Number(event.target.value))}
            />
          )}
          {contacts.data && <ContactChoice label={t('colleagues.handover.contact')} contacts={contacts.data} value={contact?.id ?? null} onChange={setContactId} />}
          <TextAreaField
            label={t('colleagues.handover.allOverrideReason')}
            description={t('colleagues.handover.allOverrideHint', { min: OVERRIDE_REASON_MIN_LENGTH })}
            rows={2}
            maxLength={TEXT_LIMITS.medium}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={reasonProblem ? t('colleagues.handover.overrideTooShort', { min: OVERRIDE_REASON_MIN_LENGTH }) : undefined}
          />
          <ErrorMessage error={handover.error} />
          {withoutConsent.length > 0 && <p className="hint">{t('colleagues.handover.withoutConsent', { references: withoutConsent.join(', ') })}</p>}
          <div className="actions">
            <button type="submit" disabled={handover.isPending || !contact}>
              <ArrowRightLeft aria-hidden="true" size={18} /> {handover.isPending ? t('actions.working') : t('colleagues.handover.allButton')}
            </button>
          </div>
        </form>
      )}
      <EncryptedFileDialog
        isOpen={asking}
        recipientName={contact?.name ?? ''}
        what={t('colleagues.handover.allWhat', { count })}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          if (!contact) return;
          handover.mutate({
            caseIds: which === 'all' ? 'all-open' : chosenCase ? [chosenCase.id] : [],
            contactId: contact.id,
            overrideReason: trimmed === '' ? null : trimmed,
          });
        }}
      />
    </section>
  );
}

/** The cases CONSENT_REQUIRED names: those without consent to hand over, when no reason was given. */
function refusedCaseIds(error: unknown): number[] {
  if (!(error instanceof ApiError) || error.data.code !== 'CONSENT_REQUIRED') return [];
  const ids = (error.data.details as { caseIds?: unknown } | undefined)?.caseIds;
  return Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number') : [];
}
