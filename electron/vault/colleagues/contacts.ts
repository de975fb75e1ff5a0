import type { ColleagueContact } from '../../../shared/contract/colleagues';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { execute, queryAll, queryOne } from '../db/sql';
import { inTransaction } from '../records/case-access';
import { nowInstant } from '../records/clock';
import { notFound } from '../records/input-issues';
import { fingerprintOf, sameFingerprint } from './fingerprint';

/*
 * Colleagues this vault may exchange packages with. A contact is usable only after the
 * person confirmed that the fingerprint was compared with the colleague (in person or on
 * the phone). A new key under a known name is never taken silently: it is refused with
 * CONTACT_KEY_CHANGED, and when the person insists the contact is unconfirmed again and
 * shows the earlier fingerprint until it is confirmed. Audit rows carry the contact id only.
 */

interface ContactRow {
  id: number;
  name: string;
  recipient: string;
  confirmedAt: string | null;
  replacedRecipient: string | null;
  createdAt: string;
}

const COLUMNS = `id, name, recipient, confirmed_at AS confirmedAt, replaced_recipient AS replacedRecipient, created_at AS createdAt`;

function toView(row: ContactRow): ColleagueContact {
  return {
    id: row.id,
    name: row.name,
    recipient: row.recipient,
    fingerprint: fingerprintOf(row.recipient),
    confirmedAt: row.confirmedAt,
    previousFingerprint: row.replacedRecipient === null ? null : fingerprintOf(row.replacedRecipient),
    createdAt: row.createdAt,
  };
}

export function listContacts(db: Database): ColleagueContact[] {
  return queryAll<ContactRow>(db, `SELECT ${COLUMNS} FROM colleague_contacts ORDER BY name COLLATE NOCASE, id`).map(toView);
}

export function getContact(db: Database, contactId: number): ColleagueContact {
  const row = queryOne<ContactRow>(db, `SELECT ${COLUMNS} FROM colleague_contacts WHERE id = ?`, contactId);
  if (row === undefined) throw notFound('contact');
  return toView(row);
}

/** The contact a package may go to or come from; CONTACT_NOT_CONFIRMED until the fingerprint was compared. */
export function requireConfirmedContact(db: Database, contactId: number): ColleagueContact {
  const contact = getContact(db, contactId);
  if (contact.confirmedAt === null) {
    throw new AppError(
      contact.previousFingerprint === null ? 'CONTACT_NOT_CONFIRMED' : 'CONTACT_KEY_CHANGED',
      'The contact must be confirmed before it is used.',
      { contactId },
    );
  }
  return contact;
}

export function findContactByRecipient(db: Database, recipient: string): ColleagueContact | null {
  const row = queryOne<ContactRow>(db, `SELECT ${COLUMNS} FROM colleague_contacts WHERE recipient = ?`, recipient);
  return row === undefined ? null : toView(row);
}

export function addContact(
  db: Database,
  input: { name: string; recipient: string; replaceKey: boolean },
  ownRecipient: string,
): ColleagueContact {
  if (input.recipient === ownRecipient) {
    throw new AppError('INVALID_INPUT', 'That is this vault’s own recipient.', { issues: [{ path: 'recipient', code: 'own_recipient' }] });
  }
  return inTransaction(db, () => {
    const now = nowInstant();
    const byName = queryOne<ContactRow>(db, `SELECT ${COLUMNS} FROM colleague_contacts WHERE name = ?`, input.name);
    const byKey = findContactByRecipient(db, input.recipient);
    if (byName !== undefined && byName.recipient === input.recipient) return toView(byName);
    if (byKey !== null) throw new AppError('CONTACT_EXISTS', 'Another contact already has this key.', { contactId: byKey.id });
    if (byName !== undefined) {
      if (!input.replaceKey) {
        throw new AppError('CONTACT_KEY_CHANGED', 'A contact with this name has another key.', {
          contactId: byName.id,
          previousFingerprint: fingerprintOf(byName.recipient),
          newFingerprint: fingerprintOf(input.recipient),
        });
      }
      execute(
        db,
        `UPDATE colleague_contacts SET recipient = ?, replaced_recipient = ?, confirmed_at = NULL, updated_at = ? WHERE id = ?`,
        input.recipient,
        byName.recipient,
        now,
        byName.id,
      );
      appendAudit(db, { action: 'colleagues.contact_key_changed', subject: `contact=${byName.id}` });
      return getContact(db, byName.id);
    }
    const { lastId } = execute(
      db,
      `INSERT INTO colleague_contacts (name, recipient, confirmed_at, replaced_recipient, created_at, updated_at)
       VALUES (?, ?, NULL, NULL, ?, ?)`,
      input.name,
      input.recipient,
      now,
      now,
    );
    appendAudit(db, { action: 'colleagues.contact_add', subject: `contact=${lastId}` });
    return getContact(db, lastId);
  });
}

/** The person compared `fingerprint` with the colleague; it must still be the contact's key. */
export function confirmContact(db: Database, contactId: number, fingerprint: string): ColleagueContact {
  return inTransaction(db, () => {
    const contact = getContact(db, contactId);
    if (!sameFingerprint(contact.fingerprint, fingerprint)) {
      throw new AppError('CONTACT_KEY_CHANGED', 'The compared fingerprint is not the contact’s current one.', { contactId });
    }
    execute(db, 'UPDATE colleague_contacts SET confirmed_at = ?, replaced_recipient = NULL, updated_at = ? WHERE id = ?', nowInstant(), nowInstant(), contactId);
    appendAudit(db, { action: 'colleagues.contact_confirm', subject: `contact=${contactId}` });
    return getContact(db, contactId);
  });
}

/** Packages already sent or received keep the contact's name; their link to the contact goes. */
export function removeContact(db: Database, contactId: number): void {
  inTransaction(db, () => {
    getContact(db, contactId);
    execute(db, 'DELETE FROM colleague_contacts WHERE id = ?', contactId);
    appendAudit(db, { action: 'colleagues.contact_remove', subject: `contact=${contactId}` });
  });
}

export function requireContactByName(db: Database, name: string): ColleagueContact {
  const row = queryOne<ContactRow>(db, `SELECT ${COLUMNS} FROM colleague_contacts WHERE name = ?`, name);
  if (row === undefined) throw notFound('contact');
  return toView(row);
}
