import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxXmlParts } from '../../../../tests/support/docx-reader/docx-xml-parts';
import { readDocx, type DocxReading } from '../../../../tests/support/docx-reader/read-docx';
import { renderPdf } from '../../../../tests/support/docx-reader/render-pdf';
import type { AgreementDocumentInput } from './agreement-input';
import { buildAgreementDocx } from './build-agreement-docx';
import { AGREEMENT_TEMPLATES } from './templates';
import { danishAgreement, SCANNED_COPY_SHA256, signedAgreement } from './test-agreements';

let tempDir: string;
beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-'));
});
afterAll(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

async function buildToFile(name: string, input: AgreementDocumentInput): Promise<{ file: string; docx: Buffer }> {
  const docx = await buildAgreementDocx(input);
  const file = path.join(tempDir, `${name}.docx`);
  fs.writeFileSync(file, docx);
  return { file, docx };
}

const texts = (reading: DocxReading): string[] => reading.paragraphs.map((paragraph) => paragraph.text);

/** A signature cell as python-docx reads it: one line per paragraph. */
const signatureCell = (name: string, role: string, dateLabel: string): string =>
  `${'_'.repeat(34)}\n${name}\n${role}\n${dateLabel}: ${'_'.repeat(18)}`;

describe('buildAgreementDocx read back by python-docx', () => {
  let reading: DocxReading;
  let docx: Buffer;
  beforeAll(async () => {
    const built = await buildToFile('agreement-da', danishAgreement());
    docx = built.docx;
    reading = readDocx(built.file);
  });

  it('has the overview with organisation, case reference, names, version and status', () => {
    expect(reading.tables[0]).toEqual([
      ['Organisation', 'Alternativet'],
      ['Sagsnummer', '2026-007'],
      ['Den berørte', 'Søren Æbelø'],
      ['Kontaktpersoner', 'Åse Jørgensen\nBirthe Møller-Østergård'],
      ['Version', '2'],
      ['Dato', '21. november 2026'],
      ['Status', 'Klar til underskrift'],
    ]);
  });

  it('has every section heading in order, with the person’s text split into paragraphs', () => {
    const body = texts(reading);
    const headings = reading.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
    expect(headings).toEqual([
      '1. Hvad du ønsker, der skal ske',
      '2. Hvem må vide hvad',
      '3. Inddragelse af den påklagede',
      '4. Støtte, du tilbydes',
      '5. Næste skridt',
      '6. Din ret til at trække samtykke tilbage og til en bisidder',
      '7. Fortrolighed',
      'Underskrifter',
    ]);
    expect(body).toContain('Jeg ønsker, at kommentarerne om min krop stopper.');
    expect(body).toContain(
      'Jeg vil gerne have, at han får at vide, at det ikke er i orden, men jeg vil ikke have, at det kommer ud i lokalforeningen.',
    );
    expect(body).toContain(danishAgreement().disclosure);
    expect(body).toContain(danishAgreement().otherPartyInvolvement);
    expect(body).toEqual(
      expect.arrayContaining([
        `Samtaleforløb: ${AGREEMENT_TEMPLATES.da.supportOffers.conversation_series}`,
        `Ekstern psykolog: ${AGREEMENT_TEMPLATES.da.supportOffers.external_psychologist}`,
        `Center for Voldtægtsofre: ${AGREEMENT_TEMPLATES.da.supportOffers.rape_victims_centre}`,
      ]),
    );
  });

  it('lists the recorded consents and the dated next steps', () => {
    expect(reading.tables[1]).toEqual([
      ['Samtykke til', 'Svar', 'Form', 'Dato', 'Omfang'],
      ['Fortælle den anden kontaktperson om sagen', 'Givet', 'Mundtligt', '14. november 2026', ''],
      ['Inddrage den påklagede', 'Givet', 'Skriftligt', '21. november 2026', 'Kun om kommentarerne, ikke om mit navn'],
      ['Politianmeldelse', 'Afslået', 'Mundtligt', '21. november 2026', ''],
      ['Fortælle min lokalformand, at jeg holder pause', 'Trukket tilbage', 'Mundtligt', '20. november 2026', ''],
    ]);
    expect(reading.tables[2]).toEqual([
      ['Dato', 'Næste skridt'],
      ['1. december 2026', 'Samtale med den påklagede'],
      ['15. december 2026', 'Opfølgende samtale med Søren'],
      ['Ingen dato', 'Søren giver besked, hvis noget ændrer sig'],
    ]);
  });

  it('uses the default rights and confidentiality texts when the organisation has none of its own', () => {
    const body = texts(reading);
    for (const paragraph of [AGREEMENT_TEMPLATES.da.rights, AGREEMENT_TEMPLATES.da.confidentiality].flatMap((t) =>
      t.split('\n\n'),
    )) {
      expect(body).toContain(paragraph);
    }
    expect(body.join('\n')).toContain('bisidder');
  });

  it('has a signature line, name, role and date line for the affected person and each contact person', () => {
    const signatureTable = reading.tables[3];
    expect(signatureTable).toEqual([
      [
        signatureCell('Søren Æbelø', 'Den berørte', 'Dato'),
        signatureCell('Åse Jørgensen', 'Kontaktperson', 'Dato'),
      ],
      [signatureCell('Birthe Møller-Østergård', 'Kontaktperson', 'Dato'), ''],
    ]);
  });

  it('is A4 with "Fortroligt" in the header and "Side X af Y" page fields in the footer', () => {
    expect(reading.sections).toHaveLength(1);
    const [section] = reading.sections;
    expect(section).toMatchObject({ page_width_mm: 210, page_height_mm: 297 });
    expect(section?.header.text).toBe('Fortroligt');
    expect(section?.footer.text).toBe('Side  af ');
    expect(section?.footer.fields).toEqual(['PAGE', 'NUMPAGES']);
    expect(reading.style_languages).toEqual(['da-DK']);
  });

  it('carries no author, no personal title, no timestamps, no comments and no revisions', async () => {
    expect(reading.core).toMatchObject({
      author: 'Fortrolig',
      last_modified_by: 'Fortrolig',
      title: 'Skriftlig aftale',
      comments: '',
      created: null,
      modified: null,
    });
    expect(reading.has_comments_part).toBe(false);
    expect(reading.revision_count).toBe(0);

    const parts = await docxXmlParts(docx);
    const personalData = ['Søren', 'Æbelø', 'Åse', 'Jørgensen', 'Birthe', '2026-007'];
    for (const [partPath, xml] of parts) {
      expect(partPath).not.toMatch(/comments|people/i);
      expect(xml).not.toMatch(/<w:(ins|del|moveFrom|moveTo)\b/);
      expect(xml).not.toContain('Un-named');
      // Names may appear only in the body, never in properties, headers or footers.
      if (partPath !== 'word/document.xml') {
        for (const value of personalData) expect(xml, `${value} in ${partPath}`).not.toContain(value);
      }
    }
  });
});

describe('buildAgreementDocx variants', () => {
  it('adds the signature record and version history to a signed agreement', async () => {
    const { file } = await buildToFile('agreement-signed', signedAgreement());
    const reading = readDocx(file);
    const headings = reading.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
    expect(headings.slice(-3)).toEqual(['Underskrifter', 'Oplysninger om underskrift', 'Versionshistorik']);
    expect(reading.tables.at(-2)).toEqual([
      ['Underskrevet den', '24. november 2026'],
      ['Underskrevet af', 'Søren Æbelø\nÅse Jørgensen'],
      ['Form', 'Skriftligt'],
      ['Scannet kopi vedlagt', 'Ja'],
      ['SHA-256 af scannet kopi', SCANNED_COPY_SHA256],
    ]);
    expect(reading.tables.at(-1)).toEqual([
      ['Version', 'Status', 'Dato'],
      ['1', 'Erstattet af en ny version', '14. november 2026'],
      ['2', 'Underskrevet', '24. november 2026'],
    ]);
  });

  it('says "Nej" and gives no hash when no scanned copy is attached', async () => {
    const input = signedAgreement();
    if (input.signed === undefined) throw new Error('fixture must be signed');
    input.signed.record = { ...input.signed.record, form: 'oral', scannedCopySha256: null };
    const reading = readDocx((await buildToFile('agreement-signed-oral', input)).file);
    expect(reading.tables.at(-2)).toEqual([
      ['Underskrevet den', '24. november 2026'],
      ['Underskrevet af', 'Søren Æbelø\nÅse Jørgensen'],
      ['Form', 'Mundtligt'],
      ['Scannet kopi vedlagt', 'Nej'],
    ]);
  });

  it('uses the organisation’s own standard texts when given', async () => {
    const input: AgreementDocumentInput = {
      ...danishAgreement(),
      standardTexts: {
        ...AGREEMENT_TEMPLATES.da,
        rights: 'Du kan altid sige stop.\n\nDu må altid tage en bisidder med.',
        confidentiality: 'Vi taler kun med dem, du har sagt ja til.',
        supportOffers: { ...AGREEMENT_TEMPLATES.da.supportOffers, conversation_series: 'Fire samtaler med Åse.' },
      },
    };
    const body = texts(readDocx((await buildToFile('agreement-own-texts', input)).file));
    expect(body).toEqual(
      expect.arrayContaining([
        'Du kan altid sige stop.',
        'Du må altid tage en bisidder med.',
        'Vi taler kun med dem, du har sagt ja til.',
        'Samtaleforløb: Fire samtaler med Åse.',
      ]),
    );
    expect(body).not.toContain(AGREEMENT_TEMPLATES.da.confidentiality.split('\n\n')[0]);
  });

  it('has English fixed texts, English dates and the English templates in an English agreement', async () => {
    const reading = readDocx((await buildToFile('agreement-en', { ...danishAgreement(), language: 'en' })).file);
    const body = texts(reading);
    expect(reading.sections[0]?.header.text).toBe('Confidential');
    expect(reading.sections[0]?.footer.text).toBe('Page  of ');
    expect(reading.sections[0]?.footer.fields).toEqual(['PAGE', 'NUMPAGES']);
    expect(reading.style_languages).toEqual(['en-GB']);
    expect(reading.core.title).toBe('Written agreement');
    expect(body[0]).toBe('Written agreement');
    expect(body).toEqual(expect.arrayContaining(['1. What you want to happen', '7. Confidentiality', 'Signatures']));
    expect(reading.tables[0]?.[1]).toEqual(['Case reference', '2026-007']);
    expect(reading.tables[0]?.[6]).toEqual(['Status', 'Ready to sign']);
    expect(reading.tables[1]?.[1]).toEqual([
      'Tell the other contact person about the case',
      'Granted',
      'Oral',
      '14 November 2026',
      '',
    ]);
    expect(reading.tables[2]?.[1]).toEqual(['1 December 2026', 'Samtale med den påklagede']);
    expect(body).toContain(AGREEMENT_TEMPLATES.en.rights.split('\n\n')[0]);
    expect(reading.tables[3]?.[0]?.[0]).toBe(signatureCell('Søren Æbelø', 'Affected person', 'Date'));
    expect([...body, ...reading.tables.flat(2)].join('\n')).not.toMatch(/Fortroligt|Underskrifter|Dato/);
  });

  it('drops characters XML forbids instead of producing a file Word refuses', async () => {
    const input = { ...danishAgreement(), wishes: 'Det skal\u0001 stoppe\uFFFF nu.' };
    const body = texts(readDocx((await buildToFile('agreement-control-chars', input)).file));
    expect(body).toContain('Det skal stoppe nu.');
  });
});

describe('buildAgreementDocx rendered by LibreOffice', () => {
  it('fits a short agreement on two pages, signatures on the last, numbered "Side X af 2"', async () => {
    // One contact person, as in most cases. Page 1 holds the overview and sections 1–3;
    // sections 4–7 and the one row of two signatures fill page 2.
    const input = { ...danishAgreement(), contactPersonNames: ['Åse Jørgensen'] };
    const rendered = renderPdf((await buildToFile('agreement-short-pdf', input)).file);
    expect(rendered.pageCount).toBe(2);
    expect(rendered.pageTexts[0]).toContain('Side 1 af 2');
    expect(rendered.pageTexts[1]).toContain('Side 2 af 2');
    for (const page of rendered.pageTexts) expect(page).toContain('Fortroligt');
    expect(rendered.pageTexts[1]).toMatch(/Søren Æbelø\s+Åse Jørgensen/);
  });

  it('keeps the signature heading and every signer together on the last page', async () => {
    // With three signers the grid has two rows; they must never be split across pages.
    const rendered = renderPdf((await buildToFile('agreement-three-signers-pdf', danishAgreement())).file);
    const lastPage = rendered.pageTexts.at(-1) ?? '';
    for (const text of ['Underskrifter', 'Søren Æbelø', 'Åse Jørgensen', 'Birthe Møller-Østergård']) {
      expect(lastPage).toContain(text);
    }
    expect(lastPage.match(/Dato: _+/g)).toHaveLength(3);
  });

  it('runs a long agreement onto as many pages as its text needs, numbering each one', async () => {
    const paragraph =
      'Det startede på sommerlejren, hvor han flere gange kommenterede mit udseende foran de andre frivillige, og det fortsatte bagefter i beskeder om aftenen, som jeg ikke svarede på, men som gjorde mig utryg ved at komme til møderne.';
    const paragraphCount = 40;
    const input = { ...danishAgreement(), wishes: Array(paragraphCount).fill(paragraph).join('\n\n') };
    // A4 with 2.5 cm margins holds between 35 and 50 lines of 11 pt text, of between 60
    // and 100 characters; the short agreement's two pages come on top.
    const extraCharacters = paragraphCount * paragraph.length;
    const fewestPages = 2 + Math.ceil(extraCharacters / (50 * 100));
    const mostPages = 2 + Math.ceil(extraCharacters / (35 * 60)) + 1;

    const rendered = renderPdf((await buildToFile('agreement-long-pdf', input)).file);
    expect(rendered.pageCount).toBeGreaterThanOrEqual(fewestPages);
    expect(rendered.pageCount).toBeLessThanOrEqual(mostPages);
    rendered.pageTexts.forEach((page, index) => {
      expect(page).toContain(`Side ${index + 1} af ${rendered.pageCount}`);
    });
    expect(rendered.pageTexts.at(-1)).toContain('Birthe Møller-Østergård');
  });
});
