import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import {
  addAttachment,
  exportAttachmentContent,
  getAttachment,
  readChosenFile,
  removeAttachment,
} from '../records/attachments/attachments';
import type { HandlerModule } from './handler-types';

const ATTACHMENT_FILTERS = [{ name: 'PDF, billeder, tekst og Word', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'txt', 'docx'] }];

export const attachmentHandlers: HandlerModule<'attachments.add' | 'attachments.saveCopy' | 'attachments.remove'> = {
  'attachments.add': async ({ caseId, description }, { vault, dialogs }) => {
    vault.require();
    const file = await dialogs.chooseOpenFile({ filters: ATTACHMENT_FILTERS });
    if (file === null) return null;
    const { fileName, content } = readChosenFile(file);
    return addAttachment(vault.require().db, { caseId, description, fileName, content });
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
