import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoRecords } from '../../electron/vault/demo/generate';
import { readDocx } from '../support/docx-reader/read-docx';
import { axeViolations } from './support/axe';
import { screenshot, startHarness, type Harness } from './support/harness';

/*
 * The learning document in the browser: write a learning point that names a party, see
 * the name marked where it stands, rewrite it, preview the document and save it after the
 * warning. Every screen is scanned by axe-core and photographed
 * (test-results/screenshots/report-*.png).
 */

const PASSPHRASE = 'otte grå gæs over Limfjorden i marts';
const CLEAN_POINT = 'Efter kommentarer på et møde blev tonen skarpere. Det hjalp at tale om det tidligt.';
const RECOMMENDATION = 'Politikken bør sige tydeligt, at kommentarer om udseende aldrig er i orden.';

describe('the learning document in the browser', () => {
  let h: Harness;
  let firstName = '';
  let file = '';

  beforeAll(async () => {
    h = await startHarness();
    await h.vault.create(path.join(h.dataDir, 'vault'), PASSPHRASE);
    const { db } = h.vault.require();
    generateDemoRecords(db, { cases: 200, seed: 8 });
    const names = db.prepare("SELECT name FROM parties WHERE role = 'affected' AND name IS NOT NULL ORDER BY id").all() as { name: string }[];
    firstName = names.map(({ name }) => name.split(' ')[0] ?? '').find((first) => first.length >= 4) ?? '';
    file = path.join(h.dataDir, 'laeringsdokument.docx');
    await h.page.reload();
    await h.page.getByRole('heading', { level: 1, name: 'Sager' }).waitFor();
  });
  afterAll(async () => h?.close());

  const button = (name: string) => h.page.getByRole('button', { name, exact: true });
  const expectAccessible = async (name: string) => {
    await screenshot(h.page, `report-${name}`);
    expect(await axeViolations(h.page)).toEqual([]);
  };

  it('opens the report screen from the menu with the default period', async () => {
    const { page } = h;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Læringsdokument' }).click();
    await page.getByRole('heading', { level: 1, name: 'Læringsdokument' }).waitFor();
    await page.getByText('Det er standardperioden').waitFor();
    await page.getByText('Ingen af teksterne peger på en person. Dokumentet kan gemmes.').waitFor();
    await expectAccessible('screen');
  });

  it('marks a party’s name in the genitive where it stands and blocks saving until it is rewritten', async () => {
    const { page } = h;
    await page.getByLabel('Nyt læringspunkt').fill(`Efter ${firstName}s kommentarer på et møde blev tonen skarpere.`);
    await button('Tilføj læringspunkt').click();
    const point = page.locator('li.report-text', { hasText: 'kommentarer på et møde' });
    await point.locator('mark.finding', { hasText: `${firstName}s (navn)` }).waitFor();
    await page.getByText('Der er 1 sted, som kan pege på en person. Ret det, før du gemmer dokumentet.').waitFor();
    expect(await button('Gem som Word-fil …').isDisabled()).toBe(true);
    await page.getByLabel('Ny anbefaling').fill(RECOMMENDATION);
    await button('Tilføj anbefaling').click();
    await page.getByText(RECOMMENDATION).first().waitFor();
    await expectAccessible('finding');

    // 200 % zoom on a 1280×720 screen: the same page in half the CSS pixels, without sideways scrolling.
    await page.setViewportSize({ width: 640, height: 360 });
    await screenshot(page, 'report-zoom-200');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });

    await button('Gå til Læringspunkt 1').click();
    expect(await point.evaluate((element) => element === document.activeElement)).toBe(true);
    // The text becomes a form field while it is edited, so the item is found again by its id.
    const item = page.locator(`#${await point.getAttribute('id')}`);
    await item.getByRole('button', { name: 'Ret' }).click();
    await item.getByLabel('Læringspunkt').fill(CLEAN_POINT);
    await item.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Ingen af teksterne peger på en person. Dokumentet kan gemmes.').waitFor();
    expect(await page.locator('mark.finding').count()).toBe(0);
    expect(await button('Gem som Word-fil …').isDisabled()).toBe(false);
  });

  it('previews the document with the texts and figures the file will get', async () => {
    const { page } = h;
    await page.getByRole('tab', { name: 'Forhåndsvisning' }).click();
    const preview = page.locator('.report-preview');
    await preview.getByRole('heading', { name: 'Sådan er dokumentet lavet' }).waitFor();
    await preview.getByText(CLEAN_POINT).waitFor();
    await preview.getByText(RECOMMENDATION).waitFor();
    await preview.getByRole('heading', { name: 'Fordelt på kategori' }).waitFor();
    expect(await preview.getByRole('cell').count()).toBeGreaterThan(5);
    await expectAccessible('preview');
  });

  it('saves the document after warning that the file is not encrypted', async () => {
    const { page } = h;
    await button('Gem som Word-fil …').click();
    const dialog = page.getByRole('dialog', { name: 'Filen bliver ikke krypteret' });
    await dialog.waitFor();
    await expectAccessible('export-warning');
    h.dialogs.answer(file);
    await dialog.getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await page.getByRole('status').filter({ hasText: `Dokumentet er gemt i ${file}. Filen er ikke krypteret.` }).waitFor();
    await expectAccessible('saved');

    const reading = readDocx(file);
    const paragraphs = reading.paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toEqual(expect.arrayContaining([CLEAN_POINT, RECOMMENDATION, 'Sådan er dokumentet lavet']));
    expect(paragraphs.join('\n')).not.toContain(firstName);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  });

  it('leaves nothing of the report in the page once the vault locks', async () => {
    const { page } = h;
    h.vault.lock('user');
    // This vault was made by the test, so the app remembers no folder and shows the start.
    await page.getByRole('heading', { level: 1, name: 'Velkommen til Fortrolig' }).waitFor();
    const body = await page.locator('body').innerText();
    expect(body).not.toContain(CLEAN_POINT);
    expect(body).not.toContain(RECOMMENDATION);
  });

  it('made no request outside its own origin', () => {
    expect(h.requests.filter((url) => !url.startsWith(`${h.origin}/`))).toEqual([]);
  });
});
