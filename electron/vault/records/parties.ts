import { assessConflictOfInterest } from '../../../shared/domain/conflict-of-interest';
import { powerRelationWarnings } from '../../../shared/domain/power-relations';
import type {
  PartyChange,
  PartyCreateInput,
  PartyRecord,
  PartyUpdateInput,
  PartyWarnings,
} from '../../../shared/domain/schemas/party';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase, requireCaseOf, type CaseHead } from './case-access';
import { nowInstant } from './clock';
import { invalidInput } from './input-issues';
import { execute, queryAll, queryOne } from '../db/sql';
import { getVaultSettings } from './vault-settings';

const PARTY_COLUMNS = `id, case_id AS caseId, role, under18, name, nickname, organisational_role AS organisationalRole,
  unit, email, phone, contact_person AS contactPerson, description, created_at AS createdAt, updated_at AS updatedAt`;

type PartyRow = Omit<PartyRecord, 'under18'> & { under18: number };

function toParty(row: PartyRow): PartyRecord {
  return { ...row, under18: row.under18 === 1 };
}

export function listParties(db: Database, caseId: number): PartyRecord[] {
  return queryAll<PartyRow>(db, `SELECT ${PARTY_COLUMNS} FROM parties WHERE case_id = ? ORDER BY id`, caseId).map(toParty);
}

function getParty(db: Database, id: number): PartyRecord {
  return toParty(queryOne<PartyRow>(db, `SELECT ${PARTY_COLUMNS} FROM parties WHERE id = ?`, id) as PartyRow);
}

export function partyWarnings(db: Database, head: CaseHead, parties: readonly PartyRecord[]): PartyWarnings {
  return {
    powerRelationWarnings: powerRelationWarnings(parties, head.context),
    conflictOfInterest: assessConflictOfInterest(parties, getVaultSettings(db).vaultOwner),
  };
}

function partyChange(db: Database, head: CaseHead, partyId: number): PartyChange {
  return { party: getParty(db, partyId), ...partyWarnings(db, head, listParties(db, head.id)) };
}

export function addParty(db: Database, input: PartyCreateInput): PartyChange {
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    const at = nowInstant();
    const { lastId } = execute(
      db,
      `INSERT INTO parties (case_id, role, under18, name, nickname, organisational_role, unit, email, phone,
                            contact_person, description, created_at, updated_at)
       VALUES (@caseId, @role, @under18, @name, @nickname, @organisationalRole, @unit, @email, @phone,
               @contactPerson, @description, @at, @at)`,
      { ...input, under18: input.under18 ? 1 : 0, at },
    );
    auditCase(db, 'party.add', head);
    return partyChange(db, head, lastId);
  });
}

const UPDATABLE_COLUMNS = {
  role: 'role',
  under18: 'under18',
  name: 'name',
  nickname: 'nickname',
  organisationalRole: 'organisational_role',
  unit: 'unit',
  email: 'email',
  phone: 'phone',
  contactPerson: 'contact_person',
  description: 'description',
} as const;

export function updateParty(db: Database, input: PartyUpdateInput): PartyChange {
  return inTransaction(db, () => {
    const head = requireCaseOf(db, 'parties', input.id);
    for (const [field, column] of Object.entries(UPDATABLE_COLUMNS)) {
      const value = input[field as keyof typeof UPDATABLE_COLUMNS];
      if (value === undefined) continue;
      execute(db, `UPDATE parties SET ${column} = ? WHERE id = ?`, typeof value === 'boolean' ? Number(value) : value, input.id);
    }
    execute(db, 'UPDATE parties SET updated_at = ? WHERE id = ?', nowInstant(), input.id);
    auditCase(db, 'party.update', head);
    return partyChange(db, head, input.id);
  });
}

/** A party named in a written agreement stays: the agreement must keep saying who it is with. */
export function removeParty(db: Database, id: number): PartyWarnings {
  return inTransaction(db, () => {
    const head = requireCaseOf(db, 'parties', id);
    if (queryOne(db, 'SELECT 1 FROM agreements WHERE affected_party_id = ? LIMIT 1', id) !== undefined) {
      throw invalidInput('The party is named in a written agreement', [{ path: 'id', code: 'party_in_agreement' }]);
    }
    execute(db, 'DELETE FROM parties WHERE id = ?', id);
    auditCase(db, 'party.remove', head);
    return partyWarnings(db, head, listParties(db, head.id));
  });
}
