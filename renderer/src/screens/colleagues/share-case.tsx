import { Share2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useConfirmedContacts, useSharePreview, useShareCase } from '../../api/use-colleagues';
import { ErrorMessage } from '../../components/error-message';
import { useLabels } from '../../components/use-labels';
import { chosenContact, ContactChoice } from './contact-choice';
import { EncryptedFileDialog } from './encrypted-file-dialog';
import { PackageContentsList } from './package-contents';

/**
 * "Del med kollegaen": only on the affected person's standing consent, and only what its
 * scope allows. Without it the panel says what to ask and record instead.
 */
export function ShareCase({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const words = useLabels();
  const preview = useSharePreview(caseId);
  const contacts = useConfirmedContacts();
  const share = useShareCase();
  const [contactId, setContactId] = useState<number | null>(null);
  const [asking, setAsking] = useState(false);
  const contact = chosenContact(contacts.data, contactId);
  const data = preview.data;
  return (
    <section aria-labelledby="share-case-title" className="card">
      <h3 id="share-case-title">{t('colleagues.share.title')}</h3>
      <p>{t('colleagues.share.intro')}</p>
      <ErrorMessage error={preview.error ?? contacts.error} />
      {preview.isPending && <p role="status">{t('colleagues.share.loading')}</p>}
      {data && !data.permitted && (
        <div className="warning">
          <p>{data.consentState === 'granted' ? t('colleagues.share.noScopeChosen') : t('colleagues.share.noConsent')}</p>
          <p>{t('colleagues.share.consentState', { state: words.consentState[data.consentState].toLowerCase() })}</p>
          <p>
            <Link href={`/cases/${caseId}/consents`}>{t('colleagues.share.goToConsents')}</Link>
          </p>
        </div>
      )}
      {data?.permitted && data.scope !== null && (
        <>
          <p className="notice">
            {t('colleagues.share.consentGranted')} <strong>{t('colleagues.share.scope', { scope: words.consultationScope[data.scope] })}</strong>
          </p>
          <p>{t('colleagues.share.contents')}:</p>
          <PackageContentsList contents={data.contents} />
          {contacts.data && <ContactChoice label={t('colleagues.share.contact')} contacts={contacts.data} value={contact?.id ?? null} onChange={setContactId} />}
          <ErrorMessage error={share.error} />
          {share.data && contact && <p role="status">{t('colleagues.share.done', { name: contact.name, file: share.data.file })}</p>}
          {contact && (
            <div className="actions">
              <button type="button" className="primary" disabled={share.isPending} onClick={() => setAsking(true)}>
                <Share2 aria-hidden="true" size={18} /> {share.isPending ? t('actions.working') : t('colleagues.share.button')}
              </button>
            </div>
          )}
          <EncryptedFileDialog
            isOpen={asking}
            recipientName={contact?.name ?? ''}
            what={t('colleagues.share.what', { reference: data.reference })}
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              setAsking(false);
              if (contact) share.mutate({ caseId, contactId: contact.id });
            }}
          />
        </>
      )}
    </section>
  );
}
