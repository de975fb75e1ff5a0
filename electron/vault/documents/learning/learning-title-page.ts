import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';
import { xmlSafe } from '../common/blocks';
import { COMMON_TEXTS } from '../common/common-texts';
import { formatPeriod } from '../common/format';
import type { LearningDocumentInput } from './learning-input';
import { LEARNING_TEXTS } from './learning-texts';

function centred(text: string, options: { size: number; bold?: boolean; spaceBefore?: number }): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.spaceBefore ?? 0, after: 240 },
    children: [new TextRun({ text: xmlSafe(text), size: options.size, bold: options.bold })],
  });
}

/** Page one: what the document is, whose and for which period — and that it is confidential. */
export function learningTitlePage(input: LearningDocumentInput): Paragraph[] {
  const texts = LEARNING_TEXTS[input.language];
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { before: 3600, after: 480 },
      children: [new TextRun(texts.kindTitle)],
    }),
    centred(input.organisationName, { size: 32, bold: true }),
    centred(formatPeriod(input.period.from, input.period.to, input.language), { size: 28 }),
    centred(COMMON_TEXTS[input.language].confidential, { size: 32, bold: true, spaceBefore: 1200 }),
    centred(texts.preparedBy, { size: 22, spaceBefore: 1200 }),
  ];
}
