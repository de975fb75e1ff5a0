import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { Language } from '../../../../shared/domain/vocabulary';
import { xmlSafe } from './blocks';
import { COMMON_TEXTS } from './common-texts';
import { DOCUMENT_LOCALES } from './document-language';
import { A4_HEIGHT_TWIPS, A4_WIDTH_TWIPS, MARGIN_TWIPS } from './page';

// Dark navy: reads as a heading in colour and stays dark on a black-and-white printer.
const HEADING_COLOUR = '1F3864';

/** The only name a document carries as its creator: the app's, never a person's. */
export const DOCUMENT_CREATOR = 'Fortrolig';

export interface DocumentShellOptions {
  language: Language;
  /** The document's kind ("Skriftlig aftale"); stored in the file's properties, so never personal data. */
  kindTitle: string;
  children: readonly FileChild[];
}

function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Replaces the core properties docx writes, which always include created and modified
 * timestamps: they would tell a reader when a contact person worked on a case, and the
 * learning document may hold no date but its period.
 */
function corePropertiesXml(kindTitle: string, language: Language): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${escapeXml(kindTitle)}</dc:title>` +
    `<dc:creator>${DOCUMENT_CREATOR}</dc:creator>` +
    `<cp:lastModifiedBy>${DOCUMENT_CREATOR}</cp:lastModifiedBy>` +
    `<dc:language>${DOCUMENT_LOCALES[language]}</dc:language>` +
    '<cp:revision>1</cp:revision>' +
    '</cp:coreProperties>'
  );
}

function confidentialHeader(language: Language): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: COMMON_TEXTS[language].confidential, bold: true })],
      }),
    ],
  });
}

function pageNumberFooter(language: Language): Footer {
  const texts = COMMON_TEXTS[language];
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [texts.pageBeforeNumber, PageNumber.CURRENT, texts.pageBetweenNumbers, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * Packs body content into the frame both documents share: A4, the document language
 * on the styles, "Fortroligt" in the header, "Side X af Y" in the footer, and neutral
 * file properties. No comments or tracked changes are ever created.
 */
export async function packDocument(options: DocumentShellOptions): Promise<Buffer> {
  const { language } = options;
  const document = new Document({
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: DOCUMENT_LOCALES[language] } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: { run: { size: 44, bold: true }, paragraph: { spacing: { after: 240 } } },
        // Headings keep with the next paragraph so none is left alone at the foot of a page.
        heading1: {
          run: { size: 28, bold: true, color: HEADING_COLOUR },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { size: 24, bold: true, color: HEADING_COLOUR },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH_TWIPS, height: A4_HEIGHT_TWIPS },
            margin: { top: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS, right: MARGIN_TWIPS },
          },
        },
        headers: { default: confidentialHeader(language) },
        footers: { default: pageNumberFooter(language) },
        children: options.children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(options.kindTitle, language) },
  ]);
}
