import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import {
  addAttachment,
  assertAttachmentSize,
  exportAttachmentContent,
  getAttachment,
  removeAttachment,
} from '../records/attachments/attachments';
import type { HandlerModule } from './handler-types';

const ATTACHMENT_FILTERS = [{ name: 'PDF, billeder, tekst og Word', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'txt', 'docx'] }];

/** Reads the chosen file in main; its size is checked before a byte of it is read. */
function readChosenFile(file: string): Buffer {
  try {
    assertAttachmentSize(fs.statSync(file).size);
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', 'The chosen file could not be read.');
  }
}

export const attachmentHandlers: HandlerModule<'attachments.add' | 'attachments.saveCopy' | 'attachments.remove'> = {
  'attachments.add': async ({ caseId, description }, { vault, dialogs }) => {
    vault.require();
    const file = await dialogs.chooseOpenFile({ filters: ATTACHMENT_FILTERS });
    if (file === null) return null;
    const content = readChosenFile(file);
    return addAttachment(vault.require().db, { caseId, description, fileName: path.basename(file), content });
  },
  'attachments.saveCopy': async ({ id }, { vault, dialogs }) => {
    const record = getAttachment(vault.require().db, id);
    const extension = path.extname(record.fileName).slice(1);
    const file = await dialogs.chooseSaveFile({
      defaultName: record.fileName,
      filters: extension === '' ? [] : [{ name: record.fileName, extensions: [extension] }],
    });
    if (file === null) return null;
    // Asked again after the dialog: the vault may have locked itself while it was open.
    writeFileAtomic(file, exportAttachmentContent(vault.require().db, id).content);
    return { file };
  },
  'attachments.remove': ({ id }, { vault }) => {
    removeAttachment(vault.require().db, id);
    return null;
  },
};
