import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { partyCreateInputSchema, partyUpdateInputSchema, type PartyRecord } from '../../../../../shared/domain/schemas/party';
import { useAddParty, useUpdateParty } from '../../../api/use-case-sections';
import { useAnnounce } from '../../../components/announcer';
import { useCloseUntouchedOnEscape } from '../../../components/close-on-escape';
import { FormActions } from '../../../components/form-actions';
import { PartyFields, partyFormValues } from './party-fields';

export function AddPartyForm({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const add = useAddParty();
  const form = useForm({ resolver: zodResolver(partyCreateInputSchema), defaultValues: { caseId, ...partyFormValues(undefined) } });
  const submit = form.handleSubmit(async (values) => {
    await add.mutateAsync(values);
    announce(t('actions.saved'));
    onDone();
  });
  const escapeCloses = useCloseUntouchedOnEscape(form, onDone);
  return (
    <form noValidate onSubmit={submit} onKeyDown={escapeCloses} className="subform" aria-label={t('cases.parties.addTitle')}>
      <PartyFields form={form} />
      <FormActions pending={add.isPending} error={add.error} submitLabel={t('cases.parties.addButton')} onCancel={onDone} />
    </form>
  );
}

export function EditPartyForm({ party, onDone }: { party: PartyRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const update = useUpdateParty();
  const form = useForm({ resolver: zodResolver(partyUpdateInputSchema), defaultValues: { id: party.id, ...partyFormValues(party) } });
  const submit = form.handleSubmit(async (values) => {
    await update.mutateAsync(values);
    announce(t('actions.saved'));
    onDone();
  });
  const escapeCloses = useCloseUntouchedOnEscape(form, onDone);
  return (
    <form noValidate onSubmit={submit} onKeyDown={escapeCloses} className="subform" aria-label={t('cases.parties.editTitle')}>
      <PartyFields form={form} />
      <FormActions pending={update.isPending} error={update.error} onCancel={onDone} />
    </form>
  );
}
