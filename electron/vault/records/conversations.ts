import {
  conversationNeedsDate,
  type ConversationCreateInput,
  type ConversationRecord,
  type ConversationUpdateInput,
} from '../../../shared/domain/schemas/conversation';
import type { Database } from '../db/database';
import { auditCase, inTransaction, requireCase, requireCaseOf } from './case-access';
import { nowInstant } from './clock';
import { invalidInput } from './input-issues';
import { execute, queryAll, queryOne } from '../db/sql';

/** The offered series of conversations ("Tilbud om en samtalerække"). */

const CONVERSATION_COLUMNS = `id, case_id AS caseId, status, date, note, created_at AS createdAt, updated_at AS updatedAt`;

export function listConversations(db: Database, caseId: number): ConversationRecord[] {
  return queryAll<ConversationRecord>(
    db,
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE case_id = ? ORDER BY date IS NULL, date, id`,
    caseId,
  );
}

function getConversation(db: Database, id: number): ConversationRecord {
  return queryOne<ConversationRecord>(db, `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE id = ?`, id) as ConversationRecord;
}

export function createConversation(db: Database, input: ConversationCreateInput): ConversationRecord {
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    const at = nowInstant();
    const { lastId } = execute(
      db,
      `INSERT INTO conversations (case_id, status, date, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      head.id,
      input.status,
      input.date,
      input.note,
      at,
      at,
    );
    auditCase(db, 'conversation.create', head);
    return getConversation(db, lastId);
  });
}

/** The date rule is checked on the record as it will be after the change. */
export function updateConversation(db: Database, input: ConversationUpdateInput): ConversationRecord {
  return inTransaction(db, () => {
    const head = requireCaseOf(db, 'conversations', input.id);
    const current = getConversation(db, input.id);
    const next = {
      status: input.status ?? current.status,
      date: input.date === undefined ? current.date : input.date,
      note: input.note === undefined ? current.note : input.note,
    };
    if (conversationNeedsDate(next.status) && next.date === null) {
      throw invalidInput('A planned or held conversation needs a date', [{ path: 'date', code: 'date_required' }]);
    }
    execute(
      db,
      'UPDATE conversations SET status = ?, date = ?, note = ?, updated_at = ? WHERE id = ?',
      next.status,
      next.date,
      next.note,
      nowInstant(),
      current.id,
    );
    auditCase(db, 'conversation.update', head);
    return getConversation(db, current.id);
  });
}

export function removeConversation(db: Database, id: number): void {
  inTransaction(db, () => {
    const head = requireCaseOf(db, 'conversations', id);
    execute(db, 'DELETE FROM conversations WHERE id = ?', id);
    auditCase(db, 'conversation.remove', head);
  });
}
