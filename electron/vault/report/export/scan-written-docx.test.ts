import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildLearningDocx } from '../../documents/learning/build-learning-docx';
import { danishLearningDocument } from '../../documents/learning/test-learning-documents';
import { createGuard } from '../guard/guard-texts';
import { scanWrittenDocx } from './scan-written-docx';

// Sara and Bent are one edit from the theme's "Sora" font and "Beng" script, which must not count.
const guard = createGuard(
  [
    { kind: 'name', value: 'Søren Mølgaard' },
    { kind: 'name', value: 'Sara Holm' },
    { kind: 'name', value: 'Bent Vang' },
  ],
  { commonWords: ['Alternativet'] },
);

const PERIOD = '1. september 2025 – 31. august 2026';

/** A package like Word writes it, with the given body paragraphs and creator. */
async function docxWith(paragraphsXml: string, creator = 'Fortrolig'): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${paragraphsXml}</w:body></w:document>`);
  zip.file('docProps/core.xml', `<?xml version="1.0"?><cp:coreProperties><dc:creator>${creator}</dc:creator></cp:coreProperties>`);
  zip.file('word/media/image1.png', 'Søren Mølgaard');
  return zip.generateAsync({ type: 'uint8array' });
}

describe('the second look at the written document', () => {
  it('finds nothing in the builder’s own document, its theme’s font names and its period included', async () => {
    const docx = await buildLearningDocx(danishLearningDocument());
    expect(await scanWrittenDocx(docx, guard, [PERIOD])).toEqual([]);
    // Without its period allowed, the title page's dates are what it flags.
    expect((await scanWrittenDocx(docx, guard, [])).map((finding) => finding.kind)).toEqual(['date', 'date', 'date', 'date']);
  });

  it('reads a name split over two runs as the reader sees it, and names the part it is in', async () => {
    const docx = await docxWith('<w:p><w:r><w:t>Tak til Sø</w:t></w:r><w:r><w:t xml:space="preserve">ren for hjælpen.</w:t></w:r></w:p>');
    expect(await scanWrittenDocx(docx, guard, [])).toEqual([{ part: 'word/document.xml', kind: 'name', text: 'Søren' }]);
  });

  it('scans the file’s properties and decodes XML entities, but reads only XML parts', async () => {
    const docx = await docxWith('<w:p><w:r><w:t>Holm &amp; co.</w:t></w:r></w:p>', 'Bent Vang');
    expect(await scanWrittenDocx(docx, guard, [])).toEqual([
      { part: 'word/document.xml', kind: 'name', text: 'Holm' },
      { part: 'word/document.xml', kind: 'name', text: 'Holm' },
      { part: 'docProps/core.xml', kind: 'name', text: 'Bent Vang' },
    ]);
  });
});
