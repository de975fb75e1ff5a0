import {
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { CONTENT_WIDTH_TWIPS } from './page';

// Characters XML 1.0 forbids. Text pasted from other programs can carry them, and a
// single one makes Word refuse the whole file. docx drops the C0 controls itself but
// writes U+FFFE and U+FFFF as they are, so all of them are removed here.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * Text runs for one paragraph; single line breaks the writer typed are kept as breaks.
 * Bold is only ever switched on here: an explicit "not bold" would override the
 * paragraph style, and headings are bold by style.
 */
function linesAsRuns(text: string, bold = false): TextRun[] {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ text: line, break: index === 0 ? 0 : 1, ...(bold ? { bold } : {}) }));
}

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: linesAsRuns(text) });
}

export function heading(text: string, options: { level?: 1 | 2; pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: options.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
    pageBreakBefore: options.pageBreakBefore ?? false,
    children: linesAsRuns(text),
  });
}

export function paragraph(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ keepNext: options.keepNext ?? false, children: linesAsRuns(text) });
}

/**
 * Free text as the writer typed it: a blank line starts a new paragraph. Leading and
 * trailing blank lines are dropped so they do not become empty paragraphs.
 */
export function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => paragraph(block));
}

export function bulletList(items: readonly string[], emptyText: string): Paragraph[] {
  if (items.length === 0) return [paragraph(emptyText)];
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: linesAsRuns(item) }));
}

/** A bullet starting with a bold label, e.g. "Samtaleforløb: tre samtaler i december". */
export function labelledBullet(label: string, text: string): Paragraph {
  const detail = text.trim();
  return new Paragraph({
    bullet: { level: 0 },
    children: [new TextRun({ text: xmlSafe(label), bold: true }), ...(detail === '' ? [] : linesAsRuns(`: ${detail}`))],
  });
}

// Light grey behind column titles: still readable on a black-and-white printer.
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } as const;

function cell(text: string, widthTwips: number, options: { bold: boolean; shaded: boolean }): TableCell {
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    ...(options.shaded ? { shading: HEADER_SHADING } : {}),
    children: [new Paragraph({ spacing: { after: 0 }, children: linesAsRuns(text, options.bold) })],
  });
}

export interface TableSpec {
  /** Fractions of the text width, one per column, summing to 1. */
  columnFractions: readonly number[];
  /** Column titles; repeated at the top of each page the table runs onto. */
  header?: readonly string[];
  rows: readonly (readonly string[])[];
  /** Makes the first column bold, for label/value tables. */
  boldFirstColumn?: boolean;
  /** Keeps a short table on one page; leave off for tables that may grow long. */
  keepTogether?: boolean;
}

export function table(spec: TableSpec): Table {
  const widths = spec.columnFractions.map((fraction) => Math.round(fraction * CONTENT_WIDTH_TWIPS));
  const widthOf = (column: number): number => widths[column] ?? 0;
  const headerRows =
    spec.header === undefined
      ? []
      : [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            keepNext: true,
            children: spec.header.map((text, column) => cell(text, widthOf(column), { bold: true, shaded: true })),
          }),
        ];
  const bodyRows = spec.rows.map(
    (row, index) =>
      new TableRow({
        cantSplit: true,
        keepNext: spec.keepTogether === true && index < spec.rows.length - 1,
        children: row.map((text, column) =>
          cell(text, widthOf(column), { bold: column === 0 && spec.boldFirstColumn === true, shaded: false }),
        ),
      }),
  );
  return new Table({
    width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...headerRows, ...bodyRows],
  });
}

/** An empty paragraph: air after a table, which has no spacing of its own. */
export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}
