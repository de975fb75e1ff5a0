import JSZip from 'jszip';
import type { AttachmentMediaType } from '../../../../shared/domain/schemas/attachment';

/*
 * A bilag's type comes from its first bytes, never from its name: a renamed executable
 * must not be stored as "aftale.pdf". DOCX is a ZIP, and so are many other formats, so a
 * ZIP counts as DOCX only when it holds a Word main document. Text has no signature; it
 * is accepted when it is valid UTF-8 without control characters other than layout ones.
 */

const SIGNATURES: readonly { type: AttachmentMediaType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function startsWith(content: Uint8Array, bytes: readonly number[]): boolean {
  return content.length >= bytes.length && bytes.every((byte, index) => content[index] === byte);
}

async function isWordDocument(content: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(content);
    return zip.file('[Content_Types].xml') !== null && zip.file('word/document.xml') !== null;
  } catch {
    return false;
  }
}

/** Tab, line feed, form feed and carriage return are text; other control characters are not. */
const NON_TEXT_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

function isPlainText(content: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return false;
  }
  return !NON_TEXT_CONTROL.test(text);
}

/** The allowed type the content is, or null when it is none of them (or empty). */
export async function detectMediaType(content: Uint8Array): Promise<AttachmentMediaType | null> {
  if (content.length === 0) return null;
  const signed = SIGNATURES.find((signature) => startsWith(content, signature.bytes));
  if (signed !== undefined) return signed.type;
  if (startsWith(content, ZIP_SIGNATURE)) return (await isWordDocument(content)) ? DOCX_TYPE : null;
  return isPlainText(content) ? 'text/plain' : null;
}
