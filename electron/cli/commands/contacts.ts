import { contactAddInputSchema, fingerprintSchema } from '../../../shared/contract/colleagues';
import { AppError } from '../../../shared/errors';
import { addContact, confirmContact, listContacts, removeContact, requireContactByName } from '../../vault/colleagues/contacts';
import { ensureIdentity } from '../../vault/colleagues/identity';
import type { CliCommand, CliValues } from '../command';
import { EXIT } from '../exit-codes';
import { requiredString } from '../options';
import { withRecordsVault } from './with-records-vault';

const USAGE = '--vault DIR [add --name N --recipient R [--replace-key] | confirm N --fingerprint F | remove N]';

function words(values: CliValues): string[] {
  const list = values._;
  return Array.isArray(list) ? list.map(String) : [];
}

function usage(message: string): AppError {
  return new AppError('INVALID_INPUT', `${message}; usage: fortrolig contacts ${USAGE}`);
}

function contactState(contact: { confirmedAt: string | null; previousFingerprint: string | null }): string {
  if (contact.previousFingerprint !== null) return 'KEY-CHANGED';
  return contact.confirmedAt === null ? 'unconfirmed' : 'confirmed';
}

export const contactsCommand: CliCommand = {
  name: 'contacts',
  summary: 'List, add, confirm (after comparing the fingerprint) or remove colleagues this vault exchanges packages with',
  usage: USAGE,
  options: { vault: { type: 'string' }, name: { type: 'string' }, recipient: { type: 'string' }, fingerprint: { type: 'string' }, 'replace-key': { type: 'boolean' } },
  positionals: true,
  async run(values, io) {
    const [action, target, ...extra] = words(values);
    if (extra.length > 0) throw usage('too many words');
    return withRecordsVault(values, io, async (db) => {
      if (action === undefined) {
        if (target !== undefined) throw usage('unexpected words');
        for (const contact of listContacts(db)) io.out([contact.name, contactState(contact), contact.fingerprint, contact.recipient].join('\t'));
        return EXIT.ok;
      }
      if (action === 'add') {
        if (target !== undefined) throw usage('add takes --name and --recipient');
        const parsed = contactAddInputSchema.safeParse({
          source: 'recipient',
          name: requiredString(values, 'name', 'N'),
          recipient: requiredString(values, 'recipient', 'R'),
          replaceKey: values['replace-key'] === true,
        });
        if (!parsed.success || parsed.data.source !== 'recipient') throw new AppError('INVALID_INPUT', 'The recipient is not an age recipient (age1…).');
        const own = await ensureIdentity(db);
        const contact = addContact(db, parsed.data, own.recipient);
        io.out(`fingerprint: ${contact.fingerprint}`);
        if (contact.previousFingerprint !== null) io.err(`WARNING: the key of "${contact.name}" changed; the earlier fingerprint was ${contact.previousFingerprint}.`);
        io.err(`Compare the fingerprint with ${contact.name}, then run: contacts confirm "${contact.name}" --fingerprint "<the digits>"`);
        return EXIT.ok;
      }
      if (action !== 'confirm' && action !== 'remove') throw usage(`unknown action "${action}"`);
      if (target === undefined) throw usage(`${action} needs the contact's name`);
      const contact = requireContactByName(db, target);
      if (action === 'confirm') {
        const fingerprint = fingerprintSchema.safeParse(requiredString(values, 'fingerprint', 'F'));
        if (!fingerprint.success) throw new AppError('INVALID_INPUT', 'A fingerprint is 30 digits (six groups of five).');
        confirmContact(db, contact.id, fingerprint.data);
        io.err(`${contact.name} is confirmed.`);
        return EXIT.ok;
      }
      removeContact(db, contact.id);
      io.err(`${contact.name} is removed.`);
      return EXIT.ok;
    });
  },
};
