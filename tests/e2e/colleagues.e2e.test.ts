import fs from 'node:fs';
import path from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader/read-docx';
import { axeViolations } from './support/axe';
import { startHarness, type Harness } from './support/harness';
import { callFromPage, createVaultThroughContract, isoDateFromToday, lockAndClose, overflowsHorizontally } from './support/workspace';

/*
 * The two contact persons, each with a vault of their own in a browser of their own, in
 * Danish: Anna (sekretariatschef) and Bo (tillidsperson) exchange identities and compare
 * fingerprints, Anna records the affected person's consent with its scope and shares a case
 * for consultation, Bo receives it marked "Delt af Anna"; Anna hands another case over, Bo
 * takes it in and saves a receipt, and the case is gone from Anna's vault once she opens
 * it; finally Bo's report contribution is combined in Anna's vault, approved by Bo's guard
 * and exported. Adding a colleague is done with the keyboard only. Every new screen is
 * checked by axe and photographed at 1280×800 (/tmp/shots/colleagues-*.png).
 */

const SHOTS = '/tmp/shots';
const SHARED_SUMMARY = 'Kommentarer om udseende ved flere møder; den berørte vil gerne have råd om næste skridt.';
const HANDED_SUMMARY = 'Gentagne beskeder efter et arrangement; den berørte ønsker samtaleforløb.';

interface Focused {
  role: string;
  name: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return { role: '', name: '' };
    const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
    const name = element.getAttribute('aria-label') ?? labelled ?? element.textContent ?? '';
    return { role: element.getAttribute('role') ?? element.tagName.toLowerCase(), name: name.replace(/\s+/g, ' ').trim() };
  });
}

/** Presses Tab until the focused element's name matches; fails after `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const current = await focused(page);
    if (typeof name === 'string' ? current.name === name : name.test(current.name)) return;
  }
  throw new Error(`No focusable element named ${String(name)} within ${limit} presses of Tab`);
}

/** 200 % zoom on a 1280×800 screen is the same page in half the CSS pixels; nothing may need sideways scrolling. */
async function fitsAt200PercentZoom(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 640, height: 400 });
  const fits = !(await overflowsHorizontally(page));
  await page.setViewportSize({ width: 1280, height: 800 });
  return fits;
}

describe('two contact persons, two vaults', () => {
  let anna: Harness;
  let bo: Harness;
  let sharedCase: { id: number; reference: string };
  let handedCase: { id: number; reference: string };
  let annaFingerprint = '';
  let boFingerprint = '';
  let boRecipient = '';
  const file = (h: Harness, name: string) => path.join(h.dataDir, name);

  const expectAccessible = async (page: Page, name: string) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `colleagues-${name}.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  };
  const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).first().waitFor();
  const openSettingsTab = async (page: Page) => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indstillinger' }).click();
    await page.getByRole('tab', { name: 'Kollegaen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mine oplysninger til kollegaen' }).waitFor();
  };
  const openColleagueScreen = async (page: Page) => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sager' }).click();
    await page.getByRole('link', { name: 'Modtag eller overdrag sager' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kollegaen' }).waitFor();
  };
  const createCase = async (h: Harness, summary: string) => {
    const created = await callFromPage(h.page, 'cases.create', { receivedDate: isoDateFromToday(-10), channel: 'phone', summary });
    if (!created.ok) throw new Error(`cases.create failed: ${created.error.code}`);
    return { id: created.value.id, reference: created.value.reference };
  };

  beforeAll(async () => {
    [anna, bo] = await Promise.all([startHarness(), startHarness()]);
    for (const h of [anna, bo]) {
      await h.page.setViewportSize({ width: 1280, height: 800 });
      await createVaultThroughContract(h);
    }
    sharedCase = await createCase(anna, SHARED_SUMMARY);
    handedCase = await createCase(anna, HANDED_SUMMARY);
    await anna.page.reload();
  });
  afterAll(async () => {
    await Promise.all([anna && lockAndClose(anna), bo && lockAndClose(bo)]);
  });

  it('shows each vault its key and fingerprint, and saves Anna’s identity card', async () => {
    await openSettingsTab(anna.page);
    annaFingerprint = (await anna.page.locator('.identity-facts .fingerprint').innerText()).replace(/\s+/g, ' ').trim();
    expect(annaFingerprint).toMatch(/^(\d{5} ){5}\d{5}$/);
    await expectAccessible(anna.page, 'identity');
    expect(await fitsAt200PercentZoom(anna.page)).toBe(true);

    await anna.page.getByLabel('Dit navn på id-kortet').fill('Anna');
    anna.dialogs.answer(file(anna, 'anna.fortrolig-id'));
    await button(anna.page, 'Gem id-kort …').click();
    await status(anna.page, 'Id-kortet er gemt i');
    expect(fs.existsSync(file(anna, 'anna.fortrolig-id'))).toBe(true);

    await openSettingsTab(bo.page);
    boFingerprint = (await bo.page.locator('.identity-facts .fingerprint').innerText()).replace(/\s+/g, ' ').trim();
    boRecipient = (await bo.page.locator('code.recipient').innerText()).trim();
    expect(boRecipient).toMatch(/^age1/);
    expect(boFingerprint).not.toBe(annaFingerprint);
  });

  it('lets Bo import Anna’s card and confirm the fingerprint he compared', async () => {
    const { page } = bo;
    fs.copyFileSync(file(anna, 'anna.fortrolig-id'), file(bo, 'anna.fortrolig-id'));
    bo.dialogs.answer(file(bo, 'anna.fortrolig-id'));
    await button(page, 'Indlæs id-kort …').click();
    const dialog = page.getByRole('dialog', { name: 'Sammenlign kontroltal med Anna' });
    await dialog.waitFor();
    expect((await dialog.locator('.fingerprint').innerText()).replace(/\s+/g, ' ').trim()).toBe(annaFingerprint);
    expect(await button(page, 'Godkend kollegaen').isDisabled()).toBe(true);
    await expectAccessible(page, 'confirm-fingerprint');
    await dialog.getByLabel('Jeg har sammenlignet tallene, og de er ens').check();
    await button(page, 'Godkend kollegaen').click();
    await page.locator('.contact', { hasText: 'Anna' }).getByText('Kontroltal sammenlignet').waitFor();
  });

  it('lets Anna add Bo by pasting his key, with the keyboard only', async () => {
    const { page } = anna;
    await page.getByLabel('Kollegaens navn').focus();
    await page.keyboard.type('Bo');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toContain('Kollegaens offentlige nøgle');
    await page.keyboard.type(boRecipient);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sammenlign kontroltal med Bo' });
    await dialog.waitFor();
    expect((await dialog.locator('.fingerprint').innerText()).replace(/\s+/g, ' ').trim()).toBe(boFingerprint);
    await tabTo(page, 'Jeg har sammenlignet tallene, og de er ens');
    await page.keyboard.press('Space');
    await tabTo(page, 'Godkend kollegaen');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.contact', { hasText: 'Bo' }).getByText('Kontroltal sammenlignet').waitFor();
    await expectAccessible(page, 'contacts');
  });

  it('explains what to record before a case can be shared, then shares it within the consent’s scope', async () => {
    const { page } = anna;
    await page.goto(`${anna.origin}/index.html#/cases/${sharedCase.id}/overview`);
    const share = page.locator('section', { has: page.getByRole('heading', { name: 'Del med kollegaen' }) });
    await share.getByText('Sagen kan ikke deles, fordi der ikke står et samtykke').waitFor();
    await expectAccessible(page, 'share-without-consent');

    await share.getByRole('link', { name: 'Gå til Samtykke' }).click();
    await button(page, 'Registrér svar om: Fortælle den anden kontaktperson om sagen').click();
    const consent = page.getByRole('dialog', { name: 'Registrér et svar fra den berørte' });
    await consent.getByRole('group', { name: 'Hvad må den anden kontaktperson se?' }).waitFor();
    await expectAccessible(page, 'consent-scope');
    await consent.getByLabel('Kun resumé og vurdering').check();
    await consent.getByRole('button', { name: 'Gem svaret' }).click();
    await consent.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: /Overblik/ }).click();
    await share.getByText('Hvad må deles: Kun resumé og vurdering').waitFor();
    await page.locator('.who-may-know').getByText('Den anden kontaktperson må se: Kun resumé og vurdering').waitFor();
    await button(page, 'Del med kollegaen …').click();
    const warning = page.getByRole('dialog', { name: 'Filen bliver krypteret til Bo' });
    await warning.getByText('USB-nøgle').waitFor();
    await expectAccessible(page, 'share-warning');
    anna.dialogs.answer(file(anna, 'sparring.age'));
    await warning.getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await status(page, 'Sagen er gemt til Bo');
    const bytes = fs.readFileSync(file(anna, 'sparring.age'));
    expect(bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(bytes.toString('latin1')).not.toContain('udseende');
    await expectAccessible(page, 'shared');
  });

  it('lets Bo see who sent the case and why before taking it in, marked "Delt af Anna"', async () => {
    const { page } = bo;
    fs.copyFileSync(file(anna, 'sparring.age'), file(bo, 'sparring.age'));
    await openColleagueScreen(page);
    await expectAccessible(page, 'screen');
    expect(await fitsAt200PercentZoom(page)).toBe(true);
    bo.dialogs.answer(file(bo, 'sparring.age'));
    await button(page, 'Åbn fil fra kollegaen …').click();
    const dialog = page.getByRole('dialog', { name: 'Fil fra Anna' });
    await dialog.getByText('Sparring — du kan læse sagen og skrive egne notater').waitFor();
    expect((await dialog.locator('.fingerprint').innerText()).replace(/\s+/g, ' ').trim()).toBe(annaFingerprint);
    await dialog.getByText(`Sag ${sharedCase.reference}`).waitFor();
    await expectAccessible(page, 'inspect');
    await dialog.getByRole('button', { name: 'Tag imod' }).click();
    await status(page, `Sag ${sharedCase.reference} er taget imod.`);

    await page.getByRole('link', { name: `Sag ${sharedCase.reference}` }).click();
    await page.getByText('Delt af Anna').first().waitFor();
    await page.getByText('Du kan læse den og skrive dine egne notater').waitFor();
    await page.getByText(SHARED_SUMMARY).first().waitFor();
    await expectAccessible(page, 'shared-case');
    // A copy to read: the case's own controls are greyed out, and its primary action is gone.
    expect(await page.getByRole('button', { name: 'Ret oplysningerne' }).isDisabled()).toBe(true);
    expect(await page.getByRole('link', { name: /^Næste skridt:/ }).count()).toBe(0);
    await page.getByRole('tab', { name: /^Notater/ }).click();
    expect(await page.getByRole('button', { name: 'Skriv et notat' }).isEnabled()).toBe(true);

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sager' }).click();
    await page.locator('.case-row', { hasText: sharedCase.reference }).getByText('Delt af Anna').waitFor();
    await expectAccessible(page, 'case-list');
  });

  it('hands a case over with a reason, deletes it at Anna only when Bo’s receipt is opened', async () => {
    await anna.page.goto(`${anna.origin}/index.html#/cases/${handedCase.id}/overview`);
    const { page } = anna;
    const handover = page.locator('section', { has: page.getByRole('heading', { name: 'Overdrag sagen' }) });
    await button(page, 'Overdrag sagen …').click();
    await button(page, 'Fortsæt …').click();
    await handover.getByText('Skriv en begrundelse på mindst 10 tegn.').waitFor();
    await handover.getByLabel('Hvorfor skal sagen overdrages uden samtykke?').fill('Jeg er inhabil, fordi jeg kender den påklagede privat.');
    await button(page, 'Fortsæt …').click();
    anna.dialogs.answer(file(anna, 'overdragelse.age'));
    await page.getByRole('dialog', { name: 'Filen bliver krypteret til Bo' }).getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await page.getByText('Overdraget, afventer kvittering').first().waitFor();
    await expectAccessible(page, 'awaiting-receipt');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sager' }).click();
    await page.locator('.case-row', { hasText: handedCase.reference }).getByText('Overdraget, afventer kvittering').waitFor();

    fs.copyFileSync(file(anna, 'overdragelse.age'), file(bo, 'overdragelse.age'));
    await openColleagueScreen(bo.page);
    bo.dialogs.answer(file(bo, 'overdragelse.age'));
    await button(bo.page, 'Åbn fil fra kollegaen …').click();
    const dialog = bo.page.getByRole('dialog', { name: 'Fil fra Anna' });
    await dialog.getByText('Overdragelse — sagerne bliver dine').waitFor();
    await dialog.getByRole('button', { name: 'Tag imod' }).click();
    await status(bo.page, 'er taget imod');
    await bo.page.getByText('Gem nu en kvittering til Anna.').waitFor();
    await button(bo.page, 'Gem kvittering …').click();
    bo.dialogs.answer(file(bo, 'kvittering.age'));
    await bo.page.getByRole('dialog', { name: 'Filen bliver krypteret til Anna' }).getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await bo.page.getByText('Kvitteringen er gemt i').waitFor();
    await expectAccessible(bo.page, 'received-handover');

    fs.copyFileSync(file(bo, 'kvittering.age'), file(anna, 'kvittering.age'));
    await openColleagueScreen(page);
    await page.getByText('1 overdragelse venter på kvittering.').waitFor();
    anna.dialogs.answer(file(anna, 'kvittering.age'));
    await button(page, 'Åbn kvittering …').click();
    await status(page, 'Kvitteringen fra Bo er åbnet');
    await expectAccessible(page, 'receipt-opened');
    const list = await callFromPage(page, 'cases.list', { limit: 100 });
    expect(list.ok && list.value.items.map((item) => item.reference)).toEqual([sharedCase.reference]);
  });

  it('combines Bo’s contribution in Anna’s joint document, approved by both guards, and exports it', async () => {
    const boReport = bo.page;
    await boReport.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Læringsdokument' }).click();
    await boReport.getByRole('heading', { level: 2, name: 'Fælles læringsdokument med kollegaen' }).waitFor();
    await boReport.getByLabel('Anna gør: jeg sender mit bidrag og godkender udkastet').check();
    await button(boReport, 'Gem bidrag til kollegaen …').click();
    bo.dialogs.answer(file(bo, 'bidrag.age'));
    await boReport.getByRole('dialog', { name: 'Filen bliver krypteret til Anna' }).getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await status(boReport, 'Bidraget er gemt i');
    await expectAccessible(boReport, 'joint-contribution');

    const annaReport = anna.page;
    fs.copyFileSync(file(bo, 'bidrag.age'), file(anna, 'bidrag.age'));
    await annaReport.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Læringsdokument' }).click();
    await annaReport.getByLabel('Det gør jeg: jeg indlæser kollegaens bidrag og gemmer dokumentet').check();
    anna.dialogs.answer(file(anna, 'bidrag.age'));
    await button(annaReport, 'Indlæs kollegaens bidrag …').click();
    await status(annaReport, 'Bidraget fra Bo er indlæst.');
    await annaReport.getByText('Dokumentet dækker begge bokse: din og Bo.').waitFor();
    await annaReport.getByText('Godkendelse fra Bo: mangler').waitFor();
    expect(await button(annaReport, 'Gem fælles dokument som Word-fil …').isDisabled()).toBe(true);
    await button(annaReport, 'Send udkastet til godkendelse …').click();
    anna.dialogs.answer(file(anna, 'udkast.age'));
    await annaReport.getByRole('dialog', { name: 'Filen bliver krypteret til Bo' }).getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await status(annaReport, 'Udkastet er gemt i');
    await expectAccessible(annaReport, 'joint-document');

    fs.copyFileSync(file(anna, 'udkast.age'), file(bo, 'udkast.age'));
    await button(boReport, 'Åbn og kontrollér kollegaens udkast …').click();
    bo.dialogs.answer(file(bo, 'udkast.age'), file(bo, 'godkendelse.age'));
    await boReport.getByRole('dialog', { name: 'Kontrollér kollegaens udkast' }).getByRole('button', { name: 'Vælg kollegaens udkast' }).click();
    await status(boReport, 'Din kontrol fandt intet. Godkendelsen er gemt i');
    await expectAccessible(boReport, 'joint-approved');

    fs.copyFileSync(file(bo, 'godkendelse.age'), file(anna, 'godkendelse.age'));
    anna.dialogs.answer(file(anna, 'godkendelse.age'));
    await button(annaReport, 'Indlæs kollegaens godkendelse …').click();
    await annaReport.getByText('Godkendelse fra Bo: godkendt').waitFor();
    await button(annaReport, 'Gem fælles dokument som Word-fil …').click();
    anna.dialogs.answer(file(anna, 'faelles.docx'));
    await annaReport.getByRole('dialog', { name: 'Filen bliver ikke krypteret' }).getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await status(annaReport, 'Det fælles dokument er gemt i');
    await expectAccessible(annaReport, 'joint-exported');
    const text = readDocx(file(anna, 'faelles.docx')).paragraphs.map((paragraph) => paragraph.text).join('\n');
    expect(text).not.toContain('udseende');
    expect(text).not.toContain('Anna');
  });

  it('hands all of Bo’s own open cases over at once, never the consultation copy', async () => {
    const { page } = bo;
    await openColleagueScreen(page);
    const handover = page.locator('section', { has: page.getByRole('heading', { name: 'Overdrag sager' }) });
    await handover.getByLabel('Den åbne sag (1)').waitFor();
    await button(page, 'Overdrag sager …').click();
    // Refused before any save dialog opens: no file is asked for, none is written.
    await page.getByRole('dialog', { name: 'Filen bliver krypteret til Anna' }).getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await handover.getByText(`Disse sager mangler samtykke til at blive overdraget: ${handedCase.reference}.`).waitFor();
    expect(fs.existsSync(file(bo, 'alle.age'))).toBe(false);
    await handover.getByLabel('Begrundelse for sager uden samtykke til overdragelse').fill('Ny tillidsperson efter landsmødet.');
    await button(page, 'Overdrag sager …').click();
    bo.dialogs.answer(file(bo, 'alle.age'));
    await page.getByRole('dialog', { name: 'Filen bliver krypteret til Anna' }).getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await status(page, '1 sag er gemt til Anna');
    await expectAccessible(page, 'handover-all');
  });

  it('updates Bo’s consultation copy from a newer package of the same case, and refuses the old one again', async () => {
    await anna.page.goto(`${anna.origin}/index.html#/cases/${sharedCase.id}/overview`);
    await button(anna.page, 'Del med kollegaen …').click();
    anna.dialogs.answer(file(anna, 'sparring-2.age'));
    await anna.page.getByRole('dialog', { name: 'Filen bliver krypteret til Bo' }).getByRole('button', { name: 'Vælg hvor filen gemmes' }).click();
    await status(anna.page, 'Sagen er gemt til Bo');
    fs.copyFileSync(file(anna, 'sparring-2.age'), file(bo, 'sparring-2.age'));

    const { page } = bo;
    await openColleagueScreen(page);
    bo.dialogs.answer(file(bo, 'sparring-2.age'));
    await button(page, 'Åbn fil fra kollegaen …').click();
    const dialog = page.getByRole('dialog', { name: 'Fil fra Anna' });
    await dialog.getByText(`Filen er en nyere udgave af sag ${sharedCase.reference}, som du allerede har. Den bliver opdateret.`).waitFor();
    await dialog.getByRole('button', { name: 'Tag imod' }).click();
    // The copy is this vault's own record, numbered by this vault.
    await status(page, /^Sag \d{4}-\d{3} er opdateret\.$/);
    await expectAccessible(page, 'copy-updated');

    bo.dialogs.answer(file(bo, 'sparring.age'));
    await button(page, 'Åbn fil fra kollegaen …').click();
    await page.getByRole('alert').filter({ hasText: 'Den pakke er allerede modtaget. Intet er ændret.' }).waitFor();
  });

  it('refuses a damaged package with a clear sentence and imports nothing', async () => {
    const { page } = bo;
    const bytes = fs.readFileSync(file(bo, 'sparring.age'));
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle);
    fs.writeFileSync(file(bo, 'beskadiget.age'), bytes);
    const before = await callFromPage(page, 'cases.list', { limit: 100 });
    await openColleagueScreen(page);
    bo.dialogs.answer(file(bo, 'beskadiget.age'));
    await button(page, 'Åbn fil fra kollegaen …').click();
    await page.getByRole('alert').filter({ hasText: 'Filen er ikke en hel Fortrolig-pakke' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectAccessible(page, 'damaged-package');
    const after = await callFromPage(page, 'cases.list', { limit: 100 });
    expect(after.ok && after.value.total).toBe(before.ok && before.value.total);
  });

  it('warns loudly when a known colleague’s key changes, and asks for the numbers to be compared again', async () => {
    const { page } = bo;
    const otherKey = await identityToRecipient(await generateIdentity());
    await openSettingsTab(page);
    await page.getByLabel('Kollegaens navn').fill('Anna');
    await page.getByLabel('Kollegaens offentlige nøgle').fill(otherKey);
    await button(page, 'Tilføj kollega').click();
    const replace = page.getByRole('alertdialog', { name: 'Erstat nøglen for Anna?' });
    await replace.getByText('Nøglen er skiftet!').waitFor();
    await expectAccessible(page, 'key-changed-question');
    await replace.getByRole('button', { name: 'Erstat nøglen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Sammenlign kontroltal med Anna' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Annullér' }).click();
    const contact = page.locator('.contact', { hasText: 'Anna' });
    await contact.getByRole('alert').filter({ hasText: 'Nøglen for Anna er ikke længere den samme som før' }).waitFor();
    expect((await contact.locator('.key-changed-warning .fingerprint').innerText()).replace(/\s+/g, ' ').trim()).toBe(annaFingerprint);
    await contact.getByText('Kontroltallene er ikke sammenlignet endnu').waitFor();
    await expectAccessible(page, 'key-changed');
  });
});
