import {
  attachmentAddInputSchema,
  attachmentRemoveInputSchema,
  type AttachmentRecord,
} from '../domain/schemas/attachment';
import { idInputSchema } from '../domain/schemas/common';
import { method } from './define';

/**
 * Bilag. The renderer never touches files: main asks for the file in a dialog and reads
 * or writes it there. A cancelled dialog answers null.
 */
export const attachmentMethods = {
  /** FILE_TOO_LARGE or FILE_TYPE_NOT_ALLOWED (judged by content) when refused. */
  'attachments.add': method(attachmentAddInputSchema).returns<AttachmentRecord | null>(),
  /** Writes an unencrypted copy where the person chooses; audited as an export. */
  'attachments.saveCopy': method(idInputSchema).returns<{ file: string } | null>(),
  'attachments.remove': method(attachmentRemoveInputSchema).returns<null>(),
};
