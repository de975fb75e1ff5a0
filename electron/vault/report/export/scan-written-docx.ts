import JSZip from 'jszip';
import type { WrittenDocumentFinding } from '../../../../shared/contract/reports';
import type { Guard } from '../guard/guard-texts';

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu, (entity, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
    return XML_ENTITIES[name ?? ''] ?? entity;
  });
}

/**
 * Between paragraphs (a table's cells are paragraphs too): a line break, and a mark that
 * no pattern spans, so a cell "Arbejdsplads" above a cell "11" is not read as an address.
 */
const PARAGRAPH_BREAK = '\n¶\n';

/**
 * The text of a WordprocessingML part as a reader sees it: the runs of each paragraph
 * joined. Word splits text into runs wherever formatting or editing history changes, so
 * "Sø" + "ren" in two runs is "Søren" here.
 */
function joinedText(xml: string): string {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)]
    .map((paragraph) =>
      [...paragraph[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((run) => decodeXml(run[1] ?? '')).join(''),
    )
    .join(PARAGRAPH_BREAK);
}

async function xmlParts(docx: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const parts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(?:xml|rels)$/u.test(entry.name)) continue;
    parts.set(entry.name, await entry.async('string'));
  }
  return parts;
}

/** Blanks out texts the document is meant to carry (its period) without moving any offset. */
function blankOut(text: string, allowed: readonly string[]): string {
  return allowed.reduce((result, phrase) => result.replaceAll(phrase, ' '.repeat(phrase.length)), text);
}

/**
 * The theme's attributes that name fonts and scripts ("MV Boli", "Beng", "Sora"). They come
 * from the builder's fixed template, never from the report, and several read like names
 * or initials to the guard; their values are blanked before the raw scan.
 */
const FONT_ATTRIBUTES = /\s(?:typeface|script)="[^"]*"/gu;

function withoutFontNames(xml: string): string {
  return xml.replace(FONT_ATTRIBUTES, (attribute) => ' '.repeat(attribute.length));
}

/**
 * The second look (DESIGN.md §6, rule 6): every XML part of the finished DOCX through the
 * guard, once as written (markup, attributes and all, font names aside) and once as the
 * text of its paragraphs with their runs joined.
 */
export async function scanWrittenDocx(
  docx: Uint8Array,
  guard: Guard,
  /** Phrases the document carries on purpose, such as its period, which the date patterns would otherwise flag. */
  allowed: readonly string[],
): Promise<WrittenDocumentFinding[]> {
  const parts = await xmlParts(docx);
  const scanned = [...parts].flatMap(([part, xml]) => [
    { part, text: blankOut(withoutFontNames(xml), allowed) },
    { part, text: blankOut(joinedText(xml), allowed) },
  ]);
  return guard.strings(scanned.map((item) => item.text)).map((finding) => {
    const item = scanned[Number(finding.textId)];
    return { part: item?.part ?? '', kind: finding.kind, text: item?.text.slice(finding.start, finding.end) ?? '' };
  });
}
