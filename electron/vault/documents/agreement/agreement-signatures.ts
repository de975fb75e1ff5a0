import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { FileChild } from 'docx';
import { labels } from '../../../../shared/domain/labels';
import { heading, table, xmlSafe } from '../common/blocks';
import { formatDate } from '../common/format';
import { isBlank } from '../common/input-schema';
import { CONTENT_WIDTH_TWIPS } from '../common/page';
import type { AgreementDocumentInput } from './agreement-input';
import { AGREEMENT_TEXTS } from './agreement-texts';

// Typed underscores rather than a drawn border: they print, survive every reader and
// converter, and leave room for a pen.
const SIGNATURE_LINE = '_'.repeat(34);
const DATE_LINE = '_'.repeat(18);
const SIGNERS_PER_ROW = 2;
const COLUMN_WIDTH_TWIPS = Math.floor(CONTENT_WIDTH_TWIPS / SIGNERS_PER_ROW);

interface Signer {
  name: string;
  role: string;
}

function line(text: string, options: { spaceBefore?: number } = {}): Paragraph {
  return new Paragraph({
    spacing: { before: options.spaceBefore ?? 0, after: 0 },
    children: [new TextRun(xmlSafe(text))],
  });
}

/** Room to sign, the line, the signer's name and role, and a date to fill in by hand. */
function signatureCell(signer: Signer | undefined, dateLabel: string): TableCell {
  const children =
    signer === undefined
      ? [line('')]
      : [
          line(SIGNATURE_LINE, { spaceBefore: 960 }),
          line(signer.name),
          line(signer.role),
          line(`${dateLabel}: ${DATE_LINE}`, { spaceBefore: 240 }),
        ];
  return new TableCell({ width: { size: COLUMN_WIDTH_TWIPS, type: WidthType.DXA }, children });
}

/**
 * Signers side by side in a borderless grid, the affected person first. The grid is kept
 * on one page with its heading, so every signature is given on the same sheet, and two
 * signers share a row so a typical agreement still ends on the page its text ends on.
 */
export function signatureLines(input: AgreementDocumentInput): FileChild[] {
  const texts = AGREEMENT_TEXTS[input.language];
  const signers: Signer[] = [
    { name: input.affectedPersonName, role: texts.signature.role.affected },
    ...input.contactPersonNames
      .filter((name) => !isBlank(name))
      .map((name) => ({ name, role: texts.signature.role.contactPerson })),
  ];
  const rows: TableRow[] = [];
  for (let start = 0; start < signers.length; start += SIGNERS_PER_ROW) {
    const cells = Array.from({ length: SIGNERS_PER_ROW }, (_, offset) =>
      signatureCell(signers[start + offset], texts.signature.date),
    );
    const isLastRow = start + SIGNERS_PER_ROW >= signers.length;
    rows.push(new TableRow({ cantSplit: true, keepNext: !isLastRow, children: cells }));
  }
  return [
    heading(texts.headings.signatures),
    new Table({
      width: { size: COLUMN_WIDTH_TWIPS * SIGNERS_PER_ROW, type: WidthType.DXA },
      columnWidths: Array.from({ length: SIGNERS_PER_ROW }, () => COLUMN_WIDTH_TWIPS),
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows,
    }),
  ];
}

/** The signature record and version history; only a signed agreement has them. */
export function signatureRecord(input: AgreementDocumentInput): FileChild[] {
  if (input.signed === undefined) return [];
  const texts = AGREEMENT_TEXTS[input.language];
  const { record, versionHistory } = input.signed;
  const words = labels[input.language];
  const recordRows: [string, string][] = [
    [texts.record.signedOn, formatDate(record.signedOn, input.language)],
    [texts.record.signedBy, record.signedBy.join('\n')],
    [texts.record.form, words.consentForm[record.form]],
    [texts.record.scannedCopy, record.scannedCopySha256 === null ? texts.record.no : texts.record.yes],
    ...(record.scannedCopySha256 === null
      ? []
      : [[texts.record.sha256, record.scannedCopySha256.toLowerCase()] as [string, string]]),
  ];
  return [
    heading(texts.headings.signatureRecord),
    table({ columnFractions: [0.3, 0.7], rows: recordRows, boldFirstColumn: true, keepTogether: true }),
    heading(texts.headings.versionHistory),
    table({
      columnFractions: [0.2, 0.45, 0.35],
      header: texts.historyColumns,
      keepTogether: true,
      rows: versionHistory.map((entry) => [
        String(entry.version),
        words.agreementStatus[entry.status],
        formatDate(entry.date, input.language),
      ]),
    }),
  ];
}
