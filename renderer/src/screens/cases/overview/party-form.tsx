import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { partyCreateInputSchema, partyUpdateInputSchema, type PartyRecord } from '../../../../../shared/domain/schemas/party';
import { useAddParty, useUpdateParty } from '../../../api/use-case-sections';
import { FormActions } from '../../../components/form-actions';
import { PartyFields, partyFormValues } from './party-fields';

export function AddPartyForm({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddParty();
  const form = useForm({ resolver: zodResolver(partyCreateInputSchema), defaultValues: { caseId, ...partyFormValues(undefined) } });
  const submit = form.handleSubmit(async (values) => {
    await add.mutateAsync(values);
    onDone();
  });
  return (
    <form noValidate onSubmit={submit} className="subform" aria-label={t('cases.parties.addTitle')}>
      <PartyFields form={form} />
      <FormActions pending={add.isPending} error={add.error} submitLabel={t('cases.parties.addButton')} onCancel={onDone} />
    </form>
  );
}

export function EditPartyForm({ party, onDone }: { party: PartyRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateParty();
  const form = useForm({ resolver: zodResolver(partyUpdateInputSchema), defaultValues: { id: party.id, ...partyFormValues(party) } });
  const submit = form.handleSubmit(async (values) => {
    await update.mutateAsync(values);
    onDone();
  });
  return (
    <form noValidate onSubmit={submit} className="subform" aria-label={t('cases.parties.editTitle')}>
      <PartyFields form={form} />
      <FormActions pending={update.isPending} error={update.error} onCancel={onDone} />
    </form>
  );
}
