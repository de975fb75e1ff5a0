import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../shared/domain/schemas/common';
import { useExportIdentityCard, useVaultIdentity } from '../../api/use-colleagues';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { Fingerprint } from './fingerprint';

/** "Mine oplysninger til kollegaen": the public key and the numbers the two read to each other. */
export function IdentitySection() {
  const { t } = useTranslation();
  const identity = useVaultIdentity();
  const exportCard = useExportIdentityCard();
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  return (
    <section aria-labelledby="identity-title" className="card">
      <h2 id="identity-title">{t('colleagues.identity.title')}</h2>
      <p>{t('colleagues.identity.intro')}</p>
      <ErrorMessage error={identity.error} />
      {identity.isPending && <p role="status">{t('colleagues.identity.loading')}</p>}
      {identity.data && (
        <dl className="identity-facts">
          <dt>{t('colleagues.identity.fingerprint')}</dt>
          <dd>
            <Fingerprint value={identity.data.fingerprint} className="fingerprint-large" />
          </dd>
          <dt>{t('colleagues.identity.recipient')}</dt>
          <dd>
            <code className="recipient">{identity.data.recipient}</code>
          </dd>
        </dl>
      )}
      <h3>{t('colleagues.identity.cardTitle')}</h3>
      <p className="hint">{t('colleagues.identity.cardIntro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          setNameMissing(trimmed === '');
          if (trimmed !== '') exportCard.mutate({ name: trimmed });
        }}
      >
        <Field
          label={t('colleagues.identity.cardName')}
          description={t('colleagues.identity.cardNameHint')}
          value={name}
          maxLength={TEXT_LIMITS.short}
          onChange={(event) => setName(event.target.value)}
          error={nameMissing ? t('colleagues.identity.cardNameRequired') : undefined}
        />
        <ErrorMessage error={exportCard.error} />
        {exportCard.data && <p role="status">{t('colleagues.identity.cardSaved', { file: exportCard.data.file })}</p>}
        <div className="actions">
          <button type="submit" disabled={exportCard.isPending}>
            {exportCard.isPending ? t('actions.working') : t('colleagues.identity.cardButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
