import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { ReceivedPackageView, SentPackageView } from '../../../shared/contract/colleagues';
import { call } from './bridge';
import { useInvalidateCaseData } from './case-data';

/* The other contact person: this vault's identity, contacts, and the `.age` packages between the two vaults. */

export const colleagueKeys = {
  all: ['colleagues'] as const,
  identity: ['colleagues', 'identity'] as const,
  contacts: ['colleagues', 'contacts'] as const,
  sent: ['colleagues', 'sent'] as const,
  received: ['colleagues', 'received'] as const,
  sharePreview: (caseId: number) => ['colleagues', 'sharePreview', caseId] as const,
  caseSharing: (caseId: number) => ['colleagues', 'caseSharing', caseId] as const,
};

export function useVaultIdentity() {
  return useQuery({ queryKey: colleagueKeys.identity, queryFn: () => call('colleagues.identity') });
}

export function useExportIdentityCard() {
  return useMutation({ mutationFn: (input: InputOf<'colleagues.identityCard.export'>) => call('colleagues.identityCard.export', input) });
}

export function useContacts() {
  return useQuery({ queryKey: colleagueKeys.contacts, queryFn: () => call('colleagues.contacts.list') });
}

/** Only a contact whose fingerprint was compared may receive anything. */
export function useConfirmedContacts() {
  const contacts = useContacts();
  return { ...contacts, data: contacts.data?.filter((contact) => contact.confirmedAt !== null) };
}

function useContactChange<M extends 'colleagues.contacts.add' | 'colleagues.contacts.confirm' | 'colleagues.contacts.remove'>(method: M) {
  const client = useQueryClient();
  const send = call as (method: M, input: InputOf<M>) => Promise<OutputOf<M>>;
  return useMutation({
    mutationFn: (input: InputOf<M>) => send(method, input),
    onSettled: () => client.invalidateQueries({ queryKey: colleagueKeys.all }),
  });
}

export const useAddContact = () => useContactChange('colleagues.contacts.add');
export const useConfirmContact = () => useContactChange('colleagues.contacts.confirm');
export const useRemoveContact = () => useContactChange('colleagues.contacts.remove');

/** Whether the case may go for consultation and what would go; asked afresh each time the panel opens. */
export function useSharePreview(caseId: number) {
  return useQuery({ queryKey: colleagueKeys.sharePreview(caseId), queryFn: () => call('colleagues.share.preview', { caseId }), staleTime: 0 });
}

export function useCaseSharing(caseId: number) {
  return useQuery({ queryKey: colleagueKeys.caseSharing(caseId), queryFn: () => call('colleagues.caseSharing', { caseId }) });
}

export function useSentPackages() {
  return useQuery({ queryKey: colleagueKeys.sent, queryFn: () => call('colleagues.packages.sent') });
}

export function useReceivedPackages() {
  return useQuery({ queryKey: colleagueKeys.received, queryFn: () => call('colleagues.packages.received') });
}

/**
 * Writing, receiving and opening receipts all change cases (audit, read-only marks, imports,
 * deletions), so every case query is refetched with the colleagues' own.
 */
function usePackageChange<M extends MethodOfPackages>(method: M) {
  const client = useQueryClient();
  const invalidateCases = useInvalidateCaseData();
  const send = call as (method: M, input: InputOf<M>) => Promise<OutputOf<M>>;
  return useMutation({
    mutationFn: (input: InputOf<M>) => send(method, input),
    onSettled: async () => {
      await Promise.all([invalidateCases(), client.invalidateQueries({ queryKey: colleagueKeys.all })]);
    },
  });
}

type MethodOfPackages =
  | 'colleagues.share'
  | 'colleagues.handover'
  | 'colleagues.handover.cancel'
  | 'colleagues.receive.accept'
  | 'colleagues.receipt.save';

export const useShareCase = () => usePackageChange('colleagues.share');
export const useHandover = () => usePackageChange('colleagues.handover');
export const useCancelHandover = () => usePackageChange('colleagues.handover.cancel');
export const useSaveReceipt = () => usePackageChange('colleagues.receipt.save');
export const useAcceptPackage = () => usePackageChange('colleagues.receive.accept');

/** Inspecting imports nothing; it only opens the file the person chooses. */
export function useInspectPackage() {
  return useMutation({ mutationFn: () => call('colleagues.receive.inspect') });
}

/** Opening a receipt deletes the handed-over cases it confirms; their cached details go at once. */
export function useOpenReceipt() {
  const client = useQueryClient();
  const invalidateCases = useInvalidateCaseData();
  return useMutation({
    mutationFn: () => call('colleagues.receipt.open'),
    onSuccess: async () => {
      client.removeQueries({ queryKey: ['cases', 'detail'] });
      await Promise.all([invalidateCases(), client.invalidateQueries({ queryKey: colleagueKeys.all })]);
    },
  });
}

export type CaseMarker = { kind: 'awaitingReceipt' } | { kind: 'sharedBy'; contactName: string };

/**
 * Cases that are not this vault's to change or pass on, by id: handed over and waiting for
 * the receipt, or a colleague's consultation copy. Read from the two package lists, so the
 * whole case list needs two queries, not one per case.
 */
export function useCaseMarkers(): Map<number, CaseMarker> {
  const sent = useSentPackages();
  const received = useReceivedPackages();
  return caseMarkersOf(sent.data ?? [], received.data ?? []);
}

/** A handover waiting for its receipt outranks an earlier consultation copy of the same case. */
export function caseMarkersOf(sent: readonly SentPackageView[], received: readonly ReceivedPackageView[]): Map<number, CaseMarker> {
  const markers = new Map<number, CaseMarker>();
  for (const item of received) {
    if (item.kind !== 'consultation') continue;
    for (const { caseId } of item.cases) markers.set(caseId, { kind: 'sharedBy', contactName: item.contactName });
  }
  for (const item of sent) {
    if (item.kind !== 'handover' || item.receiptAt !== null || item.cancelledAt !== null) continue;
    for (const { caseId } of item.cases) markers.set(caseId, { kind: 'awaitingReceipt' });
  }
  return markers;
}
