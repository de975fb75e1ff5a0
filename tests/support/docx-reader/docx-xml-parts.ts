import JSZip from 'jszip';

/**
 * Every XML part of a DOCX (including .rels) by its path inside the zip, as text, so
 * tests can scan the raw package for anything a reader's object model would hide.
 */
export async function docxXmlParts(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const parts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
    parts.set(entry.name, await entry.async('string'));
  }
  return parts;
}
