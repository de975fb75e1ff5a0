import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { requireCase } from '../records/case-access';
import { todayIsoDate } from '../records/clock';
import { addContact, confirmContact, listContacts, removeContact } from '../colleagues/contacts';
import { previewShare, prepareConsultation } from '../colleagues/consultation';
import { packageHash } from '../colleagues/envelope';
import { cancelHandover, prepareHandover } from '../colleagues/handover';
import { ensureIdentity } from '../colleagues/identity';
import { identityCardText, readIdentityCard } from '../colleagues/identity-card';
import { IDENTITY_CARD_FILTERS, PACKAGE_FILTERS, readPackageFile, writePackageFile } from '../colleagues/package-files';
import { listReceivedPackages, listSentPackages } from '../colleagues/package-lists';
import { acceptPackage, checkCasePackage, describePackage } from '../colleagues/receive';
import { openReceipt, sealReceipt } from '../colleagues/receipts';
import { caseSharing } from '../colleagues/shared-cases';
import type { HandlerModule } from './handler-types';

type ColleagueMethod =
  | 'colleagues.identity'
  | 'colleagues.identityCard.export'
  | 'colleagues.contacts.list'
  | 'colleagues.contacts.add'
  | 'colleagues.contacts.confirm'
  | 'colleagues.contacts.remove'
  | 'colleagues.share.preview'
  | 'colleagues.share'
  | 'colleagues.handover'
  | 'colleagues.handover.cancel'
  | 'colleagues.receive.inspect'
  | 'colleagues.receive.accept'
  | 'colleagues.receipt.save'
  | 'colleagues.receipt.open'
  | 'colleagues.packages.sent'
  | 'colleagues.packages.received'
  | 'colleagues.caseSharing';

/**
 * A package the person inspected, waiting for "Modtag": the path stays in main (the
 * renderer holds only the token), and accepting re-reads the file and refuses it if it
 * changed since it was shown.
 */
interface Inspected {
  vaultDir: string;
  file: string;
  sha256: string;
}
const inspected = new Map<string, Inspected>();
const MAX_INSPECTED = 20;

function remember(entry: Inspected): string {
  const token = randomBytes(16).toString('hex');
  if (inspected.size >= MAX_INSPECTED) inspected.delete(inspected.keys().next().value as string);
  inspected.set(token, entry);
  return token;
}

export const colleagueHandlers: HandlerModule<ColleagueMethod> = {
  'colleagues.identity': async (_input, { vault }) => {
    const { recipient, fingerprint } = await ensureIdentity(vault.require().db);
    return { recipient, fingerprint };
  },
  'colleagues.identityCard.export': async ({ name }, { vault, dialogs }) => {
    const { recipient } = await ensureIdentity(vault.require().db);
    const file = await dialogs.chooseSaveFile({ defaultName: `fortrolig-identitetskort.fortrolig-id`, filters: IDENTITY_CARD_FILTERS });
    if (file === null) return null;
    writeFileAtomic(file, identityCardText({ name, recipient }));
    return { file };
  },

  'colleagues.contacts.list': (_input, { vault }) => listContacts(vault.require().db),
  'colleagues.contacts.add': async (input, { vault, dialogs }) => {
    const db = vault.require().db;
    const own = await ensureIdentity(db);
    if (input.source === 'recipient') return addContact(db, input, own.recipient);
    const file = await dialogs.chooseOpenFile({ filters: IDENTITY_CARD_FILTERS });
    if (file === null) return null;
    const card = readIdentityCard(file);
    return addContact(db, { name: input.name ?? card.name, recipient: card.recipient, replaceKey: input.replaceKey }, own.recipient);
  },
  'colleagues.contacts.confirm': ({ contactId, fingerprint }, { vault }) => confirmContact(vault.require().db, contactId, fingerprint),
  'colleagues.contacts.remove': ({ contactId }, { vault }) => {
    removeContact(vault.require().db, contactId);
    return null;
  },

  'colleagues.share.preview': ({ caseId }, { vault }) => previewShare(vault.require().db, caseId),
  'colleagues.share': async ({ caseId, contactId }, { vault, dialogs }) => {
    const db = vault.require().db;
    const prepared = await prepareConsultation(db, { caseId, contactId });
    const reference = requireCase(db, caseId).reference;
    const file = await dialogs.chooseSaveFile({ defaultName: `fortrolig-sag-${reference}-${todayIsoDate()}.age`, filters: PACKAGE_FILTERS });
    if (file === null) return null;
    writePackageFile(file, prepared.bytes);
    return prepared.commit(file);
  },

  'colleagues.handover': async (input, { vault, dialogs }) => {
    const db = vault.require().db;
    const prepared = await prepareHandover(db, input);
    const file = await dialogs.chooseSaveFile({ defaultName: `fortrolig-overdragelse-${todayIsoDate()}.age`, filters: PACKAGE_FILTERS });
    if (file === null) return null;
    writePackageFile(file, prepared.bytes);
    return prepared.commit(file);
  },
  'colleagues.handover.cancel': ({ packageId }, { vault }) => {
    cancelHandover(vault.require().db, packageId);
    return null;
  },

  'colleagues.receive.inspect': async (_input, { vault, dialogs }) => {
    const open = vault.require();
    const file = await dialogs.chooseOpenFile({ filters: PACKAGE_FILTERS });
    if (file === null) return null;
    const bytes = readPackageFile(file);
    const checked = await checkCasePackage(open.db, bytes);
    return describePackage(open.db, checked, remember({ vaultDir: open.dir, file, sha256: packageHash(bytes) }));
  },
  'colleagues.receive.accept': async ({ token }, { vault }) => {
    const open = vault.require();
    const entry = inspected.get(token);
    if (entry === undefined || entry.vaultDir !== open.dir) throw new AppError('NOT_FOUND', 'Open the package again.');
    inspected.delete(token);
    const bytes = readPackageFile(entry.file);
    if (packageHash(bytes) !== entry.sha256) throw new AppError('PACKAGE_INVALID', 'The file changed after it was inspected.');
    return acceptPackage(open.db, await checkCasePackage(open.db, bytes));
  },
  'colleagues.receipt.save': async ({ packageId }, { vault, dialogs }) => {
    const db = vault.require().db;
    const file = await dialogs.chooseSaveFile({ defaultName: `fortrolig-kvittering-${todayIsoDate()}.age`, filters: PACKAGE_FILTERS });
    if (file === null) return null;
    const sealed = await sealReceipt(db, packageId);
    writePackageFile(file, sealed.bytes);
    return { file, packageId: sealed.packageId, bytes: sealed.bytes.byteLength };
  },
  'colleagues.receipt.open': async (_input, { vault, dialogs }) => {
    const db = vault.require().db;
    const file = await dialogs.chooseOpenFile({ filters: PACKAGE_FILTERS });
    if (file === null) return null;
    return openReceipt(db, readPackageFile(file));
  },

  'colleagues.packages.sent': (_input, { vault }) => listSentPackages(vault.require().db),
  'colleagues.packages.received': (_input, { vault }) => listReceivedPackages(vault.require().db),
  'colleagues.caseSharing': ({ caseId }, { vault }) => caseSharing(vault.require().db, caseId),
};
