import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { detectMediaType } from './media-type';

async function zipWith(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('detectMediaType', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), 'image/jpeg'],
    ['Danish UTF-8 text', Buffer.from('Referat af samtalen på Gudenåen.\r\n\tNæste møde: 12/3.\n'), 'text/plain'],
  ])('recognises %s by its content', async (_label, content, expected) => {
    expect(await detectMediaType(content)).toBe(expected);
  });

  it('takes a ZIP as DOCX only when it holds a Word document', async () => {
    const docx = await zipWith({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    const spreadsheet = await zipWith({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(await detectMediaType(docx)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await detectMediaType(spreadsheet)).toBeNull();
  });

  it.each([
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
    ['binary data with NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x01])],
    ['Latin-1 text that is not UTF-8', Buffer.from('bl\xe5b\xe6r', 'latin1')],
    ['an empty file', Buffer.alloc(0)],
    ['a broken ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])('refuses %s', async (_label, content) => {
    expect(await detectMediaType(content)).toBeNull();
  });
});
