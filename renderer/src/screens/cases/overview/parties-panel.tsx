import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyRecord } from '../../../../../shared/domain/schemas/party';
import { useRemoveParty } from '../../../api/use-case-sections';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EditRemoveActions } from '../../../components/edit-remove-actions';
import { useLabels } from '../../../components/use-labels';
import { partyName } from '../party-name';
import { AddPartyForm, EditPartyForm } from './party-form';

/** The people in the case: who was affected, who is accused, witnesses and support persons. */
export function PartiesPanel({ caseId, parties }: { caseId: number; parties: PartyRecord[] }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [removing, setRemoving] = useState<PartyRecord | null>(null);
  const remove = useRemoveParty();
  const words = useLabels();
  return (
    <section aria-labelledby="parties-title" className="card">
      <h2 id="parties-title">{t('cases.parties.title')}</h2>
      {parties.length === 0 && <p className="hint">{t('cases.parties.none')}</p>}
      <ul className="plain-list">
        {parties.map((party) =>
          editingId === party.id ? (
            <li key={party.id}>
              <EditPartyForm party={party} onDone={() => setEditingId(null)} />
            </li>
          ) : (
            <li key={party.id} className="party">
              <PartySummary party={party} />
              <EditRemoveActions
                onEdit={() => setEditingId(party.id)}
                onRemove={() => setRemoving(party)}
                editLabel={t('cases.parties.editNamed', { name: partyName(party, words) })}
                removeLabel={t('cases.parties.removeNamed', { name: partyName(party, words) })}
              />
            </li>
          ),
        )}
      </ul>
      {adding ? (
        <AddPartyForm caseId={caseId} onDone={() => setAdding(false)} />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setAdding(true)}>
            {t('cases.parties.add')}
          </button>
        </div>
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('cases.parties.removeTitle')}
        confirmLabel={t('cases.parties.removeConfirm')}
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => {
          remove.reset();
          setRemoving(null);
        }}
        onConfirm={() => {
          if (removing) remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null) });
        }}
      >
        <p>{t('cases.parties.removeBody', { name: removing ? partyName(removing, words) : '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

function PartySummary({ party }: { party: PartyRecord }) {
  const { t } = useTranslation();
  const words = useLabels();
  const details = [
    party.nickname && party.name ? `“${party.nickname}”` : null,
    party.organisationalRole ? words.organisationalRole[party.organisationalRole] : null,
    party.unit,
    party.under18 ? t('cases.parties.isUnder18') : null,
    party.contactPerson ? words.contactPersonRole[party.contactPerson] : null,
  ].filter((detail): detail is string => Boolean(detail));
  return (
    <div>
      <p className="party-heading">
        <span className="party-role">{words.partyRole[party.role]}:</span>{' '}
        <strong>{party.name ?? party.nickname ?? t('cases.parties.unnamed')}</strong>
      </p>
      {details.length > 0 && <p className="hint">{details.join(' · ')}</p>}
      {(party.email || party.phone) && <p className="hint">{[party.email, party.phone].filter(Boolean).join(' · ')}</p>}
      {party.description && <p className="prose">{party.description}</p>}
    </div>
  );
}
