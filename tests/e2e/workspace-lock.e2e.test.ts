import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, startHarness, type Harness } from './support/harness';
import { callFromPage, createVaultThroughContract, lockAndClose, switchLanguage, WORKSPACE_PASSPHRASE } from './support/workspace';

/*
 * No text is lost and nothing is left behind: a note being written survives a wrong click
 * and a lock (as an encrypted draft in the vault), the idle lock empties the page of every
 * trace of the case, and deleting a case asks first and leaves nothing.
 */

const PARTY = 'Hemmelig Hansen';
const SUMMARY = 'Episode i garderoben efter generalforsamlingen.';
const DRAFT = 'Hun fortalte, at han blev ved, selv om hun sagde fra. Jeg skal huske at spørge til vidnerne.';

describe('drafts, the idle lock and deletion in the browser', () => {
  let h: Harness;
  let caseId = 0;
  let reference = '';
  beforeAll(async () => {
    h = await startHarness();
    await createVaultThroughContract(h);
  });
  afterAll(async () => {
    if (h) await lockAndClose(h);
  });

  const editor = () => h.page.getByLabel('Notat', { exact: true });

  it('keeps a note being written when the person clicks away, and offers it back', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Ny henvendelse' }).click();
    await page.getByLabel('Kort resumé').fill(SUMMARY);
    await page.getByRole('button', { name: 'Gem henvendelsen' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Sag / });
    reference = ((await heading.textContent()) ?? '').replace('Sag ', '');
    caseId = Number(/#\/cases\/(\d+)/.exec(page.url())?.[1]);
    await page.getByRole('button', { name: 'Tilføj en person' }).click();
    await page.getByLabel('Navn', { exact: true }).fill(PARTY);
    await page.getByRole('button', { name: 'Tilføj personen' }).click();
    await page.getByText(PARTY).waitFor();

    await page.getByRole('tab', { name: /^Notater/ }).click();
    await page.getByRole('button', { name: 'Skriv et notat' }).click();
    await editor().fill(DRAFT);
    await page.getByText(/Kladden er gemt krypteret kl\./).waitFor();

    // A wrong click: straight to the case list, no save.
    await page.getByRole('link', { name: 'Sager', exact: true }).click();
    const drafts = page.getByRole('region', { name: 'Notater, du ikke har gemt endnu' });
    await drafts.getByRole('link', { name: `Nyt notat i sag ${reference}` }).click();
    await page.getByRole('tab', { name: /^Notater.*kladde/ }).waitFor();
    expect(await editor().inputValue()).toBe(DRAFT);
    await page.getByText(/^Gendannet fra kladde/).waitFor();
  });

  it('drops every trace of the case from the page when the vault locks itself', async () => {
    const { page } = h;
    await editor().fill(`${DRAFT} Og om hun vil have en bisidder med.`);
    await page.getByText(/Kladden er gemt krypteret kl\./).waitFor();
    // Another tab: the editor goes away and its draft stays in the vault.
    await page.getByRole('tab', { name: 'Overblik' }).click();
    await page.getByText(SUMMARY).waitFor();
    const before = await page.evaluate(() => document.body.innerHTML);
    for (const trace of [PARTY, SUMMARY, reference]) expect(before).toContain(trace);

    h.autoLock.checkIdle(5 * 60);
    await page.getByRole('heading', { level: 1, name: 'Lås boksen op' }).waitFor();
    await page.getByText('Boksen blev låst, fordi computeren ikke har været brugt et stykke tid.').waitFor();
    const html = await page.evaluate(() => document.body.innerHTML);
    for (const trace of [PARTY, SUMMARY, DRAFT.slice(0, 30), reference, 'Hvem må vide hvad']) {
      expect(html).not.toContain(trace);
    }
    // Typed text lives in form fields' values, which innerHTML does not show: none is left.
    expect(await page.evaluate(() => [...document.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value))).toEqual([
      '',
    ]);
    expect(page.url()).not.toContain(`/cases/${caseId}`);
    await screenshot(page, 'workspace-locked');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('brings the note back, encrypted in the vault all along, after unlocking', async () => {
    const { page } = h;
    await page.getByLabel('Adgangssætning').fill(WORKSPACE_PASSPHRASE);
    await page.getByRole('button', { name: 'Lås op' }).click();
    // Back where the person was (the case's overview); the note's draft waits under Notater.
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Sag ${reference}`) }).waitFor();
    await page.getByRole('tab', { name: /^Notater.*kladde/ }).click();
    expect(await editor().inputValue()).toBe(`${DRAFT} Og om hun vil have en bisidder med.`);
    await screenshot(page, 'workspace-draft-restored');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Gem notatet' }).click();
    await page.locator('.note').getByText(DRAFT, { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Alle sager' }).click();
    await page.getByRole('heading', { level: 2, name: /^Åbne sager/ }).waitFor();
    expect(await page.getByRole('region', { name: 'Notater, du ikke har gemt endnu' }).count()).toBe(0);
  });

  it('shows the case in English when the language is switched, dates still Danish', async () => {
    const { page } = h;
    await page.evaluate(() => (window.location.hash = '/'));
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByRole('link', { name: `Case ${reference}` }).click();
    await page.getByRole('tab', { name: /^Notes/ }).waitFor();
    await page.getByText(/Came in \d+\. \w+ \d{4}/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workspace-case-english');
    await switchLanguage(page, 'da');
    await page.getByRole('tab', { name: /^Notater/ }).waitFor();
  });

  it('deletes the case only after a confirmation in a dialog, and leaves nothing of it', async () => {
    const { page } = h;
    await page.getByRole('tab', { name: 'Overblik' }).click();
    // Deleting is kept out of the way, in the case's "Mere" menu.
    await page.getByRole('button', { name: 'Mere' }).click();
    await page.getByRole('menuitem', { name: 'Slet sagen …' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Slet sag ${reference} for altid?` });
    const confirm = dialog.getByRole('button', { name: 'Slet sagen' });
    expect(await confirm.isDisabled()).toBe(true);
    // Cancel has the focus: Enter on a dialog opened by mistake does no harm.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annullér');
    await screenshot(page, 'workspace-delete-dialog');
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByLabel('Jeg forstår, at sagen ikke kan hentes tilbage').check();
    await confirm.click();
    await page.getByText(`Sag ${reference} er slettet.`).waitFor();
    await page.getByText('Der er ingen åbne sager.', { exact: false }).waitFor();
    expect(await callFromPage(page, 'cases.list')).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await callFromPage(page, 'search.query', { query: 'garderoben' })).toMatchObject({ ok: true, value: { hits: [] } });
    expect(await callFromPage(page, 'drafts.list')).toEqual({ ok: true, value: [] });
  });
});
