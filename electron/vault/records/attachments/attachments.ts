import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  ATTACHMENT_MAX_BYTES,
  attachmentFileNameSchema,
  type AttachmentRecord,
} from '../../../../shared/domain/schemas/attachment';
import { AppError } from '../../../../shared/errors';
import type { Database } from '../../db/database';
import { auditCase, inTransaction, requireCase, requireCaseOf } from '../case-access';
import { nowInstant } from '../clock';
import { invalidInput, notFound } from '../input-issues';
import { execute, queryAll, queryOne } from '../../db/sql';
import { detectMediaType } from './media-type';

/** Bilag are stored in the database itself, so they are as encrypted and backed up as the rest. */

const ATTACHMENT_COLUMNS = `id, case_id AS caseId, file_name AS fileName, media_type AS mediaType, size, sha256,
  description, added_at AS addedAt`;

export interface NewAttachment {
  caseId: number;
  fileName: string;
  description: string | null;
  content: Uint8Array;
}

/**
 * Reads a file the person chose (a bilag, a scanned signed copy) in main; its size is
 * checked before a byte of it is read, and an unreadable file is IO_ERROR.
 */
export function readChosenFile(file: string): { fileName: string; content: Buffer } {
  try {
    assertAttachmentSize(fs.statSync(file).size);
    return { fileName: path.basename(file), content: fs.readFileSync(file) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', 'The chosen file could not be read.');
  }
}

export function assertAttachmentSize(size: number): void {
  if (size > ATTACHMENT_MAX_BYTES) {
    throw new AppError('FILE_TOO_LARGE', 'The file is larger than a bilag may be', { maxBytes: ATTACHMENT_MAX_BYTES });
  }
}

export function listAttachments(db: Database, caseId: number): AttachmentRecord[] {
  return queryAll<AttachmentRecord>(db, `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE case_id = ? ORDER BY id`, caseId);
}

/** With the stored bytes, for an export; the content of every bilag of the case is read at once. */
export function listAttachmentsWithContent(db: Database, caseId: number): (AttachmentRecord & { content: Buffer })[] {
  return queryAll<AttachmentRecord & { content: Buffer }>(
    db,
    `SELECT ${ATTACHMENT_COLUMNS}, content FROM attachments WHERE case_id = ? ORDER BY id`,
    caseId,
  );
}

export function getAttachment(db: Database, id: number): AttachmentRecord {
  const record = queryOne<AttachmentRecord>(db, `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?`, id);
  if (record === undefined) throw notFound('attachment');
  return record;
}

export async function addAttachment(db: Database, input: NewAttachment): Promise<AttachmentRecord> {
  assertAttachmentSize(input.content.length);
  const fileName = attachmentFileNameSchema.safeParse(input.fileName);
  if (!fileName.success) throw invalidInput('The file name cannot be stored', [{ path: 'fileName', code: 'invalid_file_name' }]);
  const mediaType = await detectMediaType(input.content);
  if (mediaType === null) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', 'Only PDF, PNG, JPEG, DOCX and plain text files can be attached');
  }
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  return inTransaction(db, () => {
    const head = requireCase(db, input.caseId);
    const { lastId } = execute(
      db,
      `INSERT INTO attachments (case_id, file_name, media_type, size, sha256, description, content, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      head.id,
      fileName.data,
      mediaType,
      input.content.length,
      sha256,
      input.description,
      input.content,
      nowInstant(),
    );
    auditCase(db, 'attachment.add', head);
    return getAttachment(db, lastId);
  });
}

/**
 * The stored bytes, for saving a copy outside the vault. Audited as an export: the copy
 * is no longer encrypted.
 */
export function exportAttachmentContent(db: Database, id: number): { record: AttachmentRecord; content: Buffer } {
  return inTransaction(db, () => {
    const head = requireCaseOf(db, 'attachments', id);
    const record = getAttachment(db, id);
    const row = queryOne<{ content: Buffer }>(db, 'SELECT content FROM attachments WHERE id = ?', id) as { content: Buffer };
    auditCase(db, 'attachment.export', head);
    return { record, content: row.content };
  });
}

/** A scanned signed agreement stays as long as the agreement does. */
export function removeAttachment(db: Database, id: number): void {
  inTransaction(db, () => {
    const head = requireCaseOf(db, 'attachments', id);
    if (queryOne(db, 'SELECT 1 FROM agreements WHERE signed_copy_attachment_id = ? LIMIT 1', id) !== undefined) {
      throw invalidInput('The bilag is the signed copy of an agreement', [{ path: 'id', code: 'attachment_is_signed_copy' }]);
    }
    execute(db, 'DELETE FROM attachments WHERE id = ?', id);
    auditCase(db, 'attachment.remove', head);
  });
}
