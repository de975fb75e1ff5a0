import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/domain/schemas/attachment';
import { appErrorOf, appErrorOfAsync } from '../testing/app-error';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from '../testing/records-vault';
import { addAttachment, exportAttachmentContent, listAttachments, removeAttachment } from './attachments';

const { db } = useRecordsVault();

const PDF = Buffer.from('%PDF-1.7\nUnderskrevet aftale\n%%EOF\n');

describe('attachments', () => {
  it('stores the file inside the vault with its type, size and SHA-256, and gives back the same bytes', async () => {
    const created = newCase(db());
    const record = await addAttachment(db(), { caseId: created.id, fileName: 'aftale.pdf', description: 'Underskrevet kopi', content: PDF });
    expect(record).toMatchObject({
      caseId: created.id,
      fileName: 'aftale.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const before = lastAuditSeq(db());
    const copy = exportAttachmentContent(db(), record.id);
    expect(Buffer.compare(copy.content, PDF)).toBe(0);
    expect(auditTrail(db(), before)).toEqual(['attachment.export 2026-001']);
  });

  it('goes by content, not name: an executable named .pdf is FILE_TYPE_NOT_ALLOWED', async () => {
    const created = newCase(db());
    const error = await appErrorOfAsync(() =>
      addAttachment(db(), { caseId: created.id, fileName: 'aftale.pdf', description: null, content: Buffer.from('MZ\x90\x00', 'latin1') }),
    );
    expect(error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(listAttachments(db(), created.id)).toEqual([]);
  });

  it('refuses a file over the limit with FILE_TOO_LARGE', async () => {
    const created = newCase(db());
    const content = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x41);
    const error = await appErrorOfAsync(() => addAttachment(db(), { caseId: created.id, fileName: 'stor.txt', description: null, content }));
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  it('refuses a file name with folders in it', async () => {
    const created = newCase(db());
    const error = await appErrorOfAsync(() =>
      addAttachment(db(), { caseId: created.id, fileName: '../../etc/passwd', description: null, content: PDF }),
    );
    expect(error.details).toEqual({ issues: [{ path: 'fileName', code: 'invalid_file_name' }] });
  });

  it('keeps a bilag that is the signed copy of an agreement, and removes others', async () => {
    const created = newCase(db());
    const signed = await addAttachment(db(), { caseId: created.id, fileName: 'aftale.pdf', description: null, content: PDF });
    const other = await addAttachment(db(), { caseId: created.id, fileName: 'note.txt', description: null, content: Buffer.from('Hej') });
    db()
      .prepare(
        `INSERT INTO agreements (case_id, version, status, contact_persons, support_offered, next_steps, signed_on,
                                 signed_copy_attachment_id, created_at, updated_at)
         VALUES (?, 1, 'signed', '[]', '[]', '[]', '2026-03-09', ?, 'now', 'now')`,
      )
      .run(created.id, signed.id);
    expect(appErrorOf(() => removeAttachment(db(), signed.id)).details).toEqual({
      issues: [{ path: 'id', code: 'attachment_is_signed_copy' }],
    });
    removeAttachment(db(), other.id);
    expect(listAttachments(db(), created.id).map((record) => record.id)).toEqual([signed.id]);
  });
});
