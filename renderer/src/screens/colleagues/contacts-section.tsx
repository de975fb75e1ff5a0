import { AlertTriangle, CheckCircle2, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recipientSchema, type ColleagueContact, type ContactAddInput } from '../../../../shared/contract/colleagues';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { ApiError } from '../../api/bridge';
import { useAddContact, useContacts, useRemoveContact } from '../../api/use-colleagues';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { formatDateTime } from '../../components/formatting';
import { ConfirmFingerprintDialog } from './confirm-fingerprint-dialog';
import { Fingerprint } from './fingerprint';

const isKeyChanged = (error: unknown) => error instanceof ApiError && error.data.code === 'CONTACT_KEY_CHANGED';

/**
 * The colleagues this vault knows. A contact is usable only after the person confirms the
 * fingerprint was compared; a changed key is shown loudly until it is compared again.
 */
export function ContactsSection() {
  const { t } = useTranslation();
  const contacts = useContacts();
  const [confirming, setConfirming] = useState<ColleagueContact | null>(null);
  const [removing, setRemoving] = useState<ColleagueContact | null>(null);
  const remove = useRemoveContact();
  const list = contacts.data ?? [];
  const [addedId, setAddedId] = useState<number | null>(null);
  const addedUnconfirmed = list.find((contact) => contact.id === addedId && contact.confirmedAt === null);
  return (
    <section aria-labelledby="contacts-title" className="card">
      <h2 id="contacts-title">{t('colleagues.contacts.title')}</h2>
      <p>{t('colleagues.contacts.intro')}</p>
      <ErrorMessage error={contacts.error} />
      {contacts.isPending && <p role="status">{t('colleagues.contacts.loading')}</p>}
      {contacts.data && list.length === 0 && <p className="hint">{t('colleagues.contacts.none')}</p>}
      <ul className="plain-list contact-list">
        {list.map((contact) => (
          <li key={contact.id} className={contact.previousFingerprint !== null ? 'contact key-changed' : 'contact'}>
            <h3 className="contact-name">{contact.name}</h3>
            {contact.previousFingerprint !== null && (
              <div role="alert" className="key-changed-warning">
                <p className="key-changed-title">
                  <AlertTriangle aria-hidden="true" size={22} /> {t('colleagues.contacts.keyChangedTitle')}
                </p>
                <p>{t('colleagues.contacts.keyChanged', { name: contact.name })}</p>
                <p className="hint">
                  {t('colleagues.contacts.previousFingerprint')}: <Fingerprint value={contact.previousFingerprint} />
                </p>
              </div>
            )}
            <p>
              {contact.previousFingerprint !== null && <>{t('colleagues.contacts.newFingerprint')}: </>}
              <Fingerprint value={contact.fingerprint} />
            </p>
            {contact.confirmedAt !== null ? (
              <p className="contact-confirmed">
                <CheckCircle2 aria-hidden="true" size={18} /> {t('colleagues.contacts.confirmed', { date: formatDateTime(contact.confirmedAt) })}
              </p>
            ) : (
              <p className="contact-unconfirmed">{t('colleagues.contacts.notConfirmed')}</p>
            )}
            <div className="row-actions">
              {contact.confirmedAt === null && (
                <button type="button" className="primary" onClick={() => setConfirming(contact)} aria-label={t('colleagues.contacts.confirmNamed', { name: contact.name })}>
                  {t('colleagues.contacts.confirmButton')}
                </button>
              )}
              <button type="button" onClick={() => setRemoving(contact)} aria-label={t('colleagues.contacts.removeNamed', { name: contact.name })}>
                {t('actions.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <AddContact
        onAdded={(contact) => {
          setAddedId(contact.id);
          setConfirming(contact);
        }}
      />
      {addedUnconfirmed && <p role="status">{t('colleagues.contacts.added', { name: addedUnconfirmed.name })}</p>}
      <ConfirmFingerprintDialog contact={confirming} onClose={() => setConfirming(null)} />
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('colleagues.contacts.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('actions.remove')}
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate({ contactId: removing.id }, { onSuccess: () => setRemoving(null) });
        }}
      >
        <p>{t('colleagues.contacts.removeBody', { name: removing?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Paste a recipient or import a card; a known name with another key asks before replacing it. */
function AddContact({ onAdded }: { onAdded: (contact: ColleagueContact) => void }) {
  const { t } = useTranslation();
  const add = useAddContact();
  const [name, setName] = useState('');
  const [recipient, setRecipient] = useState('');
  const [problems, setProblems] = useState<{ name?: string; recipient?: string }>({});
  const [replacing, setReplacing] = useState<ContactAddInput | null>(null);

  const send = (input: ContactAddInput) => {
    add.mutate(input, {
      onSuccess: (contact) => {
        setReplacing(null);
        if (contact === null) return;
        setName('');
        setRecipient('');
        onAdded(contact);
      },
      onError: (error) => {
        if (isKeyChanged(error)) setReplacing({ ...input, replaceKey: true });
      },
    });
  };

  const submit = () => {
    const next = {
      name: name.trim() === '' ? t('colleagues.contacts.nameRequired') : undefined,
      recipient: recipientSchema.safeParse(recipient).success ? undefined : t('colleagues.contacts.recipientInvalid'),
    };
    setProblems(next);
    if (next.name || next.recipient) return;
    send({ source: 'recipient', name: name.trim(), recipient: recipient.trim().toLowerCase(), replaceKey: false });
  };

  return (
    <section aria-labelledby="add-contact-title" className="subform">
      <h3 id="add-contact-title">{t('colleagues.contacts.addTitle')}</h3>
      <p className="hint">{t('colleagues.contacts.addIntro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Field label={t('colleagues.contacts.name')} value={name} maxLength={TEXT_LIMITS.short} onChange={(event) => setName(event.target.value)} error={problems.name} />
        <Field
          label={t('colleagues.contacts.recipient')}
          description={t('colleagues.contacts.recipientHint')}
          value={recipient}
          spellCheck={false}
          autoComplete="off"
          className="recipient-input"
          onChange={(event) => setRecipient(event.target.value)}
          error={problems.recipient}
        />
        {!isKeyChanged(add.error) && <ErrorMessage error={add.error} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={add.isPending}>
            <UserPlus aria-hidden="true" size={18} /> {t('colleagues.contacts.add')}
          </button>
          <button type="button" disabled={add.isPending} onClick={() => send({ source: 'card', name: name.trim() === '' ? null : name.trim(), replaceKey: false })}>
            {t('colleagues.contacts.importCard')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        isOpen={replacing !== null}
        title={t('colleagues.contacts.replaceTitle', { name: replacing?.name ?? name })}
        confirmLabel={t('colleagues.contacts.replaceConfirm')}
        pending={add.isPending}
        error={null}
        onCancel={() => setReplacing(null)}
        onConfirm={() => replacing && send(replacing)}
      >
        <p className="key-changed-title">
          <AlertTriangle aria-hidden="true" size={22} /> {t('colleagues.contacts.keyChangedTitle')}
        </p>
        <p>{t('colleagues.contacts.replaceBody', { name: replacing?.name ?? name })}</p>
      </ConfirmDialog>
    </section>
  );
}
