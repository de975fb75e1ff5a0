import { z } from 'zod';
import { TEXT_LIMITS, idSchema, optionalText, requiredText } from './common';

/**
 * Bilag are kept inside the encrypted vault. The limit keeps one scan from swelling every
 * backup; the types are those a signed agreement or a screenshot arrives as, recognised
 * by their content (magic bytes), never by the file name.
 */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** The name shown for the file: a base name only, no folders and no control characters. */
export const attachmentFileNameSchema = requiredText(TEXT_LIMITS.short).refine(
  (name) => !/[/\\\p{Cc}]/u.test(name) && name !== '.' && name !== '..',
  { message: 'Expected a file name without folders or control characters' },
);

/** The file itself is chosen in a dialog in main; the renderer never reads files. */
export const attachmentAddInputSchema = z.strictObject({
  caseId: idSchema,
  description: optionalText(TEXT_LIMITS.medium).default(null),
});
export type AttachmentAddInput = z.output<typeof attachmentAddInputSchema>;

/** Removing a bilag cannot be undone, so the caller confirms it explicitly. */
export const attachmentRemoveInputSchema = z.strictObject({ id: idSchema, confirm: z.literal(true) });
export type AttachmentRemoveInput = z.output<typeof attachmentRemoveInputSchema>;

/** What is known about a bilag without its content. */
export interface AttachmentRecord {
  id: number;
  caseId: number;
  fileName: string;
  mediaType: AttachmentMediaType;
  size: number;
  /** Hex SHA-256 of the content, to show that a saved copy is the stored file. */
  sha256: string;
  description: string | null;
  addedAt: string;
}
