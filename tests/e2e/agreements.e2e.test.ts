import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../shared/domain/schemas/attachment';
import { consentEntryInputSchema } from '../../shared/domain/schemas/consent';
import { caseCreateInputSchema } from '../../shared/domain/schemas/case';
import { partyCreateInputSchema } from '../../shared/domain/schemas/party';
import { minimalPdf } from '../../electron/vault/agreements/minimal-pdf';
import { createCase } from '../../electron/vault/records/cases';
import { recordConsent } from '../../electron/vault/records/consents';
import { addParty } from '../../electron/vault/records/parties';
import { writeVaultSettings } from '../../electron/vault/records/vault-settings';
import { readDocx } from '../support/docx-reader/read-docx';
import { axeViolations } from './support/axe';
import { screenshot, startHarness, type Harness } from './support/harness';
import { createVaultThroughContract, fillDate, overflowsHorizontally, switchLanguage } from './support/workspace';

/*
 * A written agreement from first draft to signed copy, in the browser: write it, see what
 * is missing, export it, print it to PDF, sign it with a scan, change it (a new version),
 * export the signed one. Every screen is scanned by axe-core and photographed
 * (test-results/screenshots/agreements-*.png).
 */

const AFFECTED = 'Søren Æbelø';
const CONTACT = 'Åse Jørgensen';
const WISHES = 'Jeg ønsker, at kommentarerne om min krop stopper, uden at mit navn nævnes.';
const DISCLOSURE = 'Kun Åse må kende mit navn. Dialogrådet må høre, hvad der skete.';
const INVOLVEMENT = 'Den påklagede inddrages gennem én samtale med Åse.';
const STEP = 'Opfølgende samtale på kontoret i Århus';

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function pdfPages(file: string): number {
  return Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

describe('the written agreement in the browser', () => {
  let h: Harness;
  let caseId = 0;
  let reference = '';
  let files = '';

  beforeAll(async () => {
    h = await startHarness();
    files = path.join(h.dataDir, 'filer');
    fs.mkdirSync(files);
    await createVaultThroughContract(h);
    const { db } = h.vault.require();
    writeVaultSettings(db, {
      organisationName: 'Alternativet',
      contactPersons: { secretariat_head: CONTACT, trusted_person: 'Birthe Møller-Østergård' },
      vaultOwner: 'secretariat_head',
    });
    const created = createCase(db, caseCreateInputSchema.parse({ receivedDate: '2026-03-02', channel: 'in_person' }));
    caseId = created.id;
    reference = created.reference;
    addParty(db, partyCreateInputSchema.parse({ caseId, role: 'affected', name: AFFECTED }));
    recordConsent(
      db,
      consentEntryInputSchema.parse({ caseId, action: 'involve_accused', decision: 'granted', form: 'oral', decidedOn: '2026-03-04', scope: 'Kun om kommentarerne' }),
    );
    await h.page.reload();
    await h.page.getByRole('heading', { level: 1, name: 'Sager' }).waitFor();
  });
  afterAll(async () => h?.close());

  const go = (hash: string) => h.page.evaluate((target) => (window.location.hash = target), hash);
  const heading = (name: string | RegExp) => h.page.getByRole('heading', { level: 1, name }).waitFor();
  const button = (name: string) => h.page.getByRole('button', { name, exact: true });
  const expectAccessible = async (name: string) => {
    await screenshot(h.page, `agreements-${name}`);
    expect(await axeViolations(h.page)).toEqual([]);
  };

  it('writes a draft pre-filled from the case and names what is missing before it can be signed', async () => {
    const { page } = h;
    await go(`#/cases/${caseId}/agreements/new`);
    await heading('Ny skriftlig aftale');
    expect(await page.getByLabel('Den berørte').inputValue()).not.toBe('');
    expect(await page.getByLabel(`Sekretariatschef: ${CONTACT}`).isChecked()).toBe(true);
    await page.getByText('Inddrage den påklagede — Kun om kommentarerne').waitFor();
    await expectAccessible('new');

    await page.getByLabel('2. Hvem må vide hvad').fill(DISCLOSURE);
    await page.getByLabel('3. Inddragelse af den påklagede').fill(INVOLVEMENT);
    await button('Opret kladden').click();
    await heading('Skriftlig aftale, version 1');
    await page.locator('.agreement-status').getByText('Kladde').waitFor();
    await page.getByText('Aftalen mangler: 1. Hvad du ønsker, der skal ske, 4. Støtte, der tilbydes og 5. Næste skridt.').waitFor();

    await button('Klar til underskrift').click();
    await page.getByRole('alert').getByText('Aftalen mangler: 1. Hvad du ønsker, der skal ske, 4. Støtte, der tilbydes og 5. Næste skridt.').waitFor();
    await expectAccessible('draft-missing');
  });

  it('completes the draft, exports it as DOCX after the warning, and makes it ready to sign', async () => {
    const { page } = h;
    await page.getByLabel('1. Hvad du ønsker, der skal ske').fill(WISHES);
    await page.getByLabel(/^Samtaleforløb/).check();
    await page.getByLabel(/^Ekstern psykolog/).check();
    await button('Tilføj et skridt').click();
    await page.getByLabel('Næste skridt 1', { exact: true }).fill(STEP);
    await fillDate(page, 'Dato for skridt 1 (kan udelades)', '2026-04-01');
    await button('Gem kladden').click();
    await page.getByText('Kladden er gemt.').waitFor();
    expect(await page.locator('.missing-parts').count()).toBe(0);

    const draftDocx = path.join(files, 'aftale-kladde.docx');
    await button('Eksportér som Word-fil').click();
    const dialog = page.getByRole('dialog', { name: 'Eksportér aftalen som Word-fil' });
    await dialog.getByText('Filen bliver ikke krypteret.', { exact: false }).waitFor();
    await expectAccessible('export-warning');
    h.dialogs.answer(draftDocx);
    await dialog.getByRole('button', { name: 'Vælg hvor filen skal gemmes' }).click();
    await page.getByText(`Aftalen er gemt som ${draftDocx}.`).waitFor();
    const reading = readDocx(draftDocx);
    const texts = reading.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual(expect.arrayContaining([WISHES, DISCLOSURE, INVOLVEMENT]));
    expect(reading.tables[0]?.slice(1, 4)).toEqual([
      ['Sagsnummer', reference],
      ['Den berørte', AFFECTED],
      ['Kontaktperson', CONTACT],
    ]);
    expect(reading.sections[0]?.header.text).toBe('Fortroligt');

    await button('Klar til underskrift').click();
    await page.locator('.agreement-status').getByText('Klar til underskrift').waitFor();
    await page.getByText('Teksten kan ikke ændres', { exact: false }).waitFor();
    expect(await page.getByLabel('1. Hvad du ønsker, der skal ske').count()).toBe(0);
    await expectAccessible('ready');
  });

  it('shows the print view on A4 and saves Chromium’s print of it as a PDF with the agreement’s text', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Vis udskrift' }).click();
    await heading('Skriftlig aftale');
    await expectAccessible('print-view');
    await button('Udskriv').click();
    await page.getByText('Aftalen er sendt til printeren.').waitFor();

    const pdf = path.join(files, 'aftale.pdf');
    await button('Gem som PDF').click();
    const dialog = page.getByRole('dialog', { name: 'Gem udskriften som PDF' });
    await dialog.getByText('PDF-filen bliver ikke krypteret.', { exact: false }).waitFor();
    h.dialogs.answer(pdf);
    await dialog.getByRole('button', { name: 'Vælg hvor filen skal gemmes' }).click();
    await page.getByText(`Udskriften er gemt som ${pdf}.`).waitFor();
    const text = pdfText(pdf);
    for (const expected of ['Skriftlig aftale', AFFECTED, CONTACT, reference, 'Hvad du ønsker, der skal ske', 'Underskrifter', 'Fortroligt']) {
      expect(text).toContain(expected);
    }
    expect(text.replace(/\s+/g, ' ')).toContain(WISHES);
    expect(text).toMatch(/Side 1 af \d/);
    expect(text).not.toContain('Gem som PDF');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(2);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(3);
  });

  it('records the signature and refuses a scan of the wrong kind or size before keeping a real one', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Tilbage til aftalen' }).click();
    await heading('Skriftlig aftale, version 1');
    await button('Registrér underskrift').click();
    const dialog = page.getByRole('dialog', { name: 'Registrér underskrift' });
    expect(await dialog.getByLabel(AFFECTED).isChecked()).toBe(true);
    await expectAccessible('sign');
    await dialog.getByRole('button', { name: 'Registrér underskriften' }).click();
    await page.locator('.agreement-status').getByText('Underskrevet').waitFor();

    const notAScan = path.join(files, 'scanning.pdf');
    fs.writeFileSync(notAScan, 'Dette er tekst, ikke en scanning.');
    h.dialogs.answer(notAScan);
    await button('Vedhæft scannet kopi').click();
    await page.getByRole('alert').getByText('Den scannede kopi skal være en PDF-, JPEG- eller PNG-fil. Vælg en anden fil.').waitFor();

    const tooBig = path.join(files, 'stor-scanning.pdf');
    fs.writeFileSync(tooBig, minimalPdf(['Skriftlig aftale']));
    fs.truncateSync(tooBig, ATTACHMENT_MAX_BYTES + 1);
    h.dialogs.answer(tooBig);
    await button('Vedhæft scannet kopi').click();
    await page.getByRole('alert').getByText('Filen er større end 25 MB.', { exact: false }).waitFor();

    const scan = path.join(files, 'underskrevet.pdf');
    fs.writeFileSync(scan, minimalPdf(['Skriftlig aftale, version 1', 'Underskrevet']));
    h.dialogs.answer(scan);
    await button('Vedhæft scannet kopi').click();
    await page.getByText(/Scannet kopi: underskrevet\.pdf/).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible('signed');
  });

  it('exports the signed agreement with its signature record, and changes it as a new version', async () => {
    const { page } = h;
    const signedDocx = path.join(files, 'aftale-underskrevet.docx');
    await button('Eksportér som Word-fil').click();
    h.dialogs.answer(signedDocx);
    await page.getByRole('dialog').getByRole('button', { name: 'Vælg hvor filen skal gemmes' }).click();
    await page.getByText(`Aftalen er gemt som ${signedDocx}.`).waitFor();
    const reading = readDocx(signedDocx);
    const record = reading.tables.at(-2) ?? [];
    expect(record.slice(1, 4)).toEqual([
      ['Underskrevet af', `${AFFECTED}\n${CONTACT}`],
      ['Form', 'Skriftligt'],
      ['Scannet kopi vedlagt', 'Ja'],
    ]);
    expect(reading.tables.at(-1)?.[1]?.slice(0, 2)).toEqual(['1', 'Underskrevet']);

    await button('Ret aftalen').click();
    await page.getByRole('dialog', { name: 'Ret aftalen' }).getByRole('button', { name: 'Lav en ny version' }).click();
    await heading('Skriftlig aftale, version 2');
    expect(await page.getByLabel('1. Hvad du ønsker, der skal ske').inputValue()).toBe(WISHES);
    const versions = page.getByRole('list', { name: 'Alle versioner af aftalen i sagen' });
    await versions.getByText('Underskrevet', { exact: false }).waitFor();
    await expectAccessible('revised');

    await switchLanguage(page, 'en');
    await heading('Written agreement, version 2');
    await page.getByRole('button', { name: 'Ready to sign', exact: true }).waitFor();
    await expectAccessible('revised-english');
    await switchLanguage(page, 'da');

    await versions.getByRole('link', { name: 'Version 1' }).click();
    await heading('Skriftlig aftale, version 1');
    await page.getByText('Denne version gælder, indtil en ny version er underskrevet.').waitFor();
    // 200% zoom of the 1280×720 window: one column, nothing to scroll sideways.
    await page.setViewportSize({ width: 640, height: 360 });
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'agreements-signed-zoom-200');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('lets the organisation adapt the standard texts', async () => {
    const { page } = h;
    await go('#/settings/agreement-templates');
    await heading('Standardtekster i skriftlige aftaler');
    const confidentiality = page.getByRole('tabpanel').getByLabel('Fortrolighed');
    await confidentiality.fill('Kun de personer, du har sagt ja til, hører om sagen.');
    await button('Gem teksterne').click();
    await page.getByText('Teksterne er gemt.').waitFor();
    await page.getByText('Organisationens egne tekster bruges.').waitFor();
    await expectAccessible('templates');
  });

  it('lists the versions on the case page, and locks leaving nothing of the agreement on screen', async () => {
    const { page } = h;
    await go(`#/cases/${caseId}/agreements`);
    const section = page.getByRole('region', { name: 'Skriftlig aftale' });
    const versions = section.getByRole('table', { name: 'Aftalens versioner, nyeste først' });
    await versions.getByRole('link', { name: 'Åbn version 2' }).waitFor();
    expect(await versions.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/^Version\s+Status/),
      expect.stringMatching(/^2\s+Kladde/),
      expect.stringMatching(/^1\s+Underskrevet · Scannet kopi vedlagt/),
    ]);
    expect(await section.getByRole('link', { name: 'Skriv en ny aftale' }).count()).toBe(0);
    await expectAccessible('case-section');

    await button('Lås boksen').click();
    await heading('Lås boksen op');
    const body = await page.locator('body').innerText();
    for (const secret of [AFFECTED, WISHES, DISCLOSURE, 'Standardtekster']) expect(body).not.toContain(secret);
  });
});
