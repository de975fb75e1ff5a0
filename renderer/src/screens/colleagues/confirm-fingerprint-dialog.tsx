import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColleagueContact } from '../../../../shared/contract/colleagues';
import { useConfirmContact } from '../../api/use-colleagues';
import { AppDialog } from '../../components/app-dialog';
import { Choice } from '../../components/choice-group';
import { ErrorMessage } from '../../components/error-message';
import { Fingerprint } from './fingerprint';

/**
 * "Jeg har sammenlignet tallene": the contact becomes usable only after this. The
 * fingerprint sent back is the one shown, so a key changed meanwhile is refused.
 */
export function ConfirmFingerprintDialog({ contact, onClose }: { contact: ColleagueContact | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog isOpen={contact !== null} onClose={onClose} title={t('colleagues.contacts.confirmTitle', { name: contact?.name ?? '' })}>
      {contact && <ConfirmFingerprintForm key={contact.id} contact={contact} onClose={onClose} />}
    </AppDialog>
  );
}

function ConfirmFingerprintForm({ contact, onClose }: { contact: ColleagueContact; onClose: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmContact();
  const [compared, setCompared] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (compared) confirm.mutate({ contactId: contact.id, fingerprint: contact.fingerprint }, { onSuccess: onClose });
      }}
    >
      <p>{t('colleagues.contacts.confirmIntro', { name: contact.name })}</p>
      <p className="fingerprint-to-compare">
        <Fingerprint value={contact.fingerprint} className="fingerprint-large" />
      </p>
      <Choice type="checkbox" label={t('colleagues.contacts.confirmCheck')} checked={compared} onChange={(event) => setCompared(event.target.checked)} />
      <ErrorMessage error={confirm.error} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!compared || confirm.isPending}>
          {t('colleagues.contacts.confirmSubmit')}
        </button>
      </div>
    </form>
  );
}
