import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { docxXmlParts } from '../../../../tests/support/docx-reader/docx-xml-parts';
import { readDocx, type DocxReading } from '../../../../tests/support/docx-reader/read-docx';
import { renderPdf, renderPdfPageCount } from '../../../../tests/support/docx-reader/render-pdf';
import { buildLearningDocx } from './build-learning-docx';
import type { LearningDocumentInput } from './learning-input';
import { danishLearningDocument, smallDanishLearningDocument } from './test-learning-documents';

let tempDir: string;
beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-'));
});
afterAll(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

async function buildToFile(name: string, input: LearningDocumentInput): Promise<{ file: string; docx: Buffer }> {
  const docx = await buildLearningDocx(input);
  const file = path.join(tempDir, `${name}.docx`);
  fs.writeFileSync(file, docx);
  return { file, docx };
}

async function buildError(input: LearningDocumentInput): Promise<AppError> {
  const error: unknown = await buildLearningDocx(input).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error('expected buildLearningDocx to throw an AppError');
  return error;
}

const texts = (reading: DocxReading): string[] => reading.paragraphs.map((paragraph) => paragraph.text);

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
const DATE_PATTERNS = [
  /\d{4}-\d{2}-\d{2}/g,
  new RegExp(`\\d{1,2}\\. (?:${MONTHS}) \\d{4}`, 'g'),
  /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g,
];

describe('buildLearningDocx read back by python-docx', () => {
  let reading: DocxReading;
  let docx: Buffer;
  beforeAll(async () => {
    const built = await buildToFile('learning-da', danishLearningDocument());
    docx = built.docx;
    reading = readDocx(built.file);
  });

  it('opens with a title page: kind, organisation, period and "Fortroligt"', () => {
    expect(texts(reading).slice(0, 5)).toEqual([
      'Læringsdokument',
      'Alternativet',
      '1. september 2025 – 31. august 2026',
      'Fortroligt',
      'Udarbejdet af den uafhængige kontaktinstans',
    ]);
  });

  it('explains the threshold in plain Danish and lists the caller’s rules', () => {
    const body = texts(reading);
    const intro = body.find((text) => text.startsWith('Dokumentet bygger på periodens sager'));
    expect(intro).toContain('Derfor vises tal under 5 ikke. I stedet står der "færre end 5".');
    expect(body).toEqual(expect.arrayContaining(danishLearningDocument().method.rules));
  });

  it('has every table with its title, labels and formatted values, and says which were left out', () => {
    const headings = reading.paragraphs.filter((p) => p.style === 'Heading 2').map((p) => p.text);
    expect(headings).toEqual(['Henvendelser fordelt på kategori', 'Håndtering', 'Fordelt på udfald']);
    const body = texts(reading);
    expect(body[body.indexOf('Fordelt på udfald') + 1]).toBe(
      'Tabellen er udeladt, fordi dens tal ellers kunne pege på enkelte personer.',
    );
    expect(reading.tables).toEqual([
      [
        ['Kønskrænkende adfærd (sexisme)', '7'],
        ['Uønsket seksuel opmærksomhed (sexchikane)', '6'],
        ['Seksuel tvang og overgreb', 'færre end 10'],
        ['Anden krænkende adfærd', 'færre end 5'],
      ],
      [
        ['Skriftlig aftale indgået', '62,5\u00a0%'],
        ['Samtaleforløb tilbudt', '100\u00a0%'],
      ],
    ]);
  });

  it('has the learning points and recommendations under their headings', () => {
    const body = texts(reading);
    const input = danishLearningDocument();
    const pointsAt = body.indexOf('Læringspunkter');
    const recommendationsAt = body.indexOf('Anbefalinger til revision af politikken');
    expect(pointsAt).toBeGreaterThan(0);
    expect(body.slice(pointsAt + 1, recommendationsAt)).toEqual(input.learningPoints);
    expect(body.slice(recommendationsAt + 1)).toEqual(input.recommendations);
  });

  it('has the shared frame: A4, "Fortroligt" header, page fields, Danish styles, neutral properties', () => {
    const [section] = reading.sections;
    expect(section).toMatchObject({ page_width_mm: 210, page_height_mm: 297 });
    expect(section?.header.text).toBe('Fortroligt');
    expect(section?.footer.fields).toEqual(['PAGE', 'NUMPAGES']);
    expect(reading.style_languages).toEqual(['da-DK']);
    expect(reading.core).toMatchObject({
      author: 'Fortrolig',
      last_modified_by: 'Fortrolig',
      title: 'Læringsdokument',
      comments: '',
    });
    expect(reading.has_comments_part).toBe(false);
    expect(reading.revision_count).toBe(0);
  });

  it('holds no date anywhere in the package but the two ends of the period', async () => {
    const found: string[] = [];
    for (const xml of (await docxXmlParts(docx)).values()) {
      for (const pattern of DATE_PATTERNS) found.push(...(xml.match(pattern) ?? []));
    }
    expect(found.sort()).toEqual(['1. september 2025', '31. august 2026']);
  });
});

describe('buildLearningDocx variants', () => {
  it('shows only the banded total for a period with few cases', async () => {
    const reading = readDocx((await buildToFile('learning-small', smallDanishLearningDocument())).file);
    const body = texts(reading);
    expect(reading.tables).toEqual([]);
    expect(body).toContain('Sager i perioden');
    expect(body).toContain(
      'Der har været færre end 5 sager i perioden. Det er for få til at vise tal, så dokumentet indeholder kun læringspunkter og anbefalinger.',
    );
    expect(body).not.toContain('Tal for perioden');
  });

  it('says "Ingen." under a heading whose list is empty', async () => {
    const input = { ...danishLearningDocument(), recommendations: [] };
    const body = texts(readDocx((await buildToFile('learning-empty', input)).file));
    expect(body.at(-2)).toBe('Anbefalinger til revision af politikken');
    expect(body.at(-1)).toBe('Ingen.');
  });

  it('has English fixed texts in an English learning document', async () => {
    const reading = readDocx((await buildToFile('learning-en', { ...danishLearningDocument(), language: 'en' })).file);
    const body = texts(reading);
    expect(body.slice(0, 4)).toEqual([
      'Learning document',
      'Alternativet',
      '1 September 2025 – 31 August 2026',
      'Confidential',
    ]);
    expect(body.join('\n')).toContain('Counts below 5 are therefore not shown. Instead it says "fewer than 5".');
    expect(body).toEqual(expect.arrayContaining(['Learning points', 'Recommendations for revising the policy']));
    expect(reading.tables[1]?.[0]).toEqual(['Skriftlig aftale indgået', '62.5%']);
    expect(reading.sections[0]?.header.text).toBe('Confidential');
    expect(reading.style_languages).toEqual(['en-GB']);
  });
});

describe('buildLearningDocx rendered by LibreOffice', () => {
  it('is two pages: the title page, then everything else', async () => {
    const rendered = renderPdf((await buildToFile('learning-pdf', danishLearningDocument())).file);
    expect(rendered.pageCount).toBe(2);
    expect(rendered.pageTexts[0]).toContain('Side 1 af 2');
    expect(rendered.pageTexts[0]).not.toContain('Sådan er dokumentet lavet');
    expect(rendered.pageTexts[1]).toContain('Sådan er dokumentet lavet');
    expect(rendered.pageTexts[1]).toContain('Side 2 af 2');
  });

  it('is two pages for a period with few cases too: the title page never shares a page', async () => {
    expect(renderPdfPageCount((await buildToFile('learning-small-pdf', smallDanishLearningDocument())).file)).toBe(2);
  });
});

describe('buildLearningDocx refuses input that breaks the disclosure rules', () => {
  it('refuses a shown count below the threshold, pointing at the cell', async () => {
    const input = danishLearningDocument();
    const rows = input.tables[0]?.rows ?? [];
    rows[1] = { label: 'Uønsket seksuel opmærksomhed (sexchikane)', value: { kind: 'count', count: 3 } };
    const error = await buildError(input);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ tableIndex: 0, rowIndex: 1 });
  });

  it('refuses a threshold below the policy’s 5', async () => {
    const input = danishLearningDocument();
    const error = await buildError({ ...input, method: { ...input.method, suppressionThreshold: 4 } });
    expect(error.details).toEqual({ issues: [{ path: 'method.suppressionThreshold', code: 'too_small' }] });
  });

  it('refuses tables alongside a banded total', async () => {
    const error = await buildError({ ...danishLearningDocument(), bandedTotal: 'færre end 5' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/banded total/);
  });

  it('refuses a period that ends before it starts', async () => {
    const error = await buildError({ ...danishLearningDocument(), period: { from: '2026-08-31', to: '2025-09-01' } });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/period/);
  });
});
