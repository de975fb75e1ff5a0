import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { isoDateFromToday, lockAndClose, WORKSPACE_PASSPHRASE } from './support/workspace';

/*
 * The same journey with the keyboard only: Tab, Shift+Tab, Enter, Space, the arrow keys
 * and typing. The test reads the page to know where focus is, but never clicks.
 */

interface Focused {
  role: string;
  name: string;
}

/** The focused element's role and a name as a person hears it (label, aria-label or text). */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return { role: '', name: '' };
    const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
    const name = element.getAttribute('aria-label') ?? labelled ?? element.textContent ?? '';
    return { role: element.getAttribute('role') ?? element.tagName.toLowerCase(), name: name.replace(/\s+/g, ' ').trim() };
  });
}

/** Presses `key` until the focused element matches; fails after `limit` presses. */
async function pressUntil(page: Page, key: 'Tab' | 'Shift+Tab', wanted: { name: string | RegExp; role?: string }, limit = 80) {
  const matches = (current: Focused) =>
    (wanted.role === undefined || current.role === wanted.role) &&
    (typeof wanted.name === 'string' ? current.name === wanted.name : wanted.name.test(current.name));
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(key);
    if (matches(await focused(page))) return;
  }
  throw new Error(`No focusable element named ${String(wanted.name)} within ${limit} presses of ${key}`);
}

const tabTo = (page: Page, name: string | RegExp, role?: string) => pressUntil(page, 'Tab', role === undefined ? { name } : { name, role });
const backTo = (page: Page, name: string | RegExp, role?: string) => pressUntil(page, 'Shift+Tab', role === undefined ? { name } : { name, role });

/** Moves to another case section: back to the section list, then arrow keys to the wanted one. */
async function openSection(page: Page, name: string) {
  if ((await focused(page)).role !== 'tab') await backTo(page, /.*/, 'tab');
  for (let presses = 0; presses < 12 && !(await focused(page)).name.startsWith(name); presses++) {
    await page.keyboard.press('ArrowDown');
  }
  expect((await focused(page)).name.startsWith(name)).toBe(true);
  await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first().waitFor();
}

/** Chooses an option in a focused native select with the arrow keys. */
async function chooseOption(page: Page, option: string) {
  for (let presses = 0; presses < 12; presses++) {
    const selected = await page.evaluate(() => {
      const select = document.activeElement as HTMLSelectElement;
      return select.selectedOptions[0]?.textContent ?? '';
    });
    if (selected === option) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Option ${option} not reached`);
}

describe('the workspace journey with the keyboard only', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    if (h) await lockAndClose(h);
  });

  it('creates a vault', async () => {
    const { page } = h;
    await tabTo(page, 'Opret en ny boks');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Fortsæt');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Adgangssætning');
    await page.keyboard.type(WORKSPACE_PASSPHRASE);
    await tabTo(page, 'Gentag adgangssætningen');
    await page.keyboard.type(WORKSPACE_PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByTestId('recovery-key').waitFor({ timeout: 30_000 });
    await tabTo(page, 'Jeg har skrevet gendannelsesnøglen ned eller udskrevet den');
    await page.keyboard.press('Space');
    await tabTo(page, 'Gå til boksen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sager' }).waitFor();
  });

  it('records a new inquiry and adds the affected person and the accused', async () => {
    const { page } = h;
    await tabTo(page, 'Ny henvendelse');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Hvordan kom henvendelsen?');
    await chooseOption(page, 'Telefon');
    await tabTo(page, 'Kort resumé');
    await page.keyboard.type('Henvendelse om beskeder efter et møde.');
    await tabTo(page, 'Gem henvendelsen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Sag \d{4}-001$/ }).waitFor();

    for (const [role, name] of [
      ['Den berørte', 'Maria Testesen'],
      ['Den påklagede', 'Peter Prøvesen'],
    ] as const) {
      await tabTo(page, 'Tilføj en person');
      await page.keyboard.press('Enter');
      await tabTo(page, 'Rolle i sagen');
      await chooseOption(page, role);
      await tabTo(page, 'Navn');
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await page.locator('.party').getByText(name).waitFor();
    }
  });

  it('writes a note and records a consent with its scope, after a refusal in Danish', async () => {
    const { page } = h;
    await backTo(page, /.*/, 'tab');
    await openSection(page, 'Notater');
    await tabTo(page, 'Skriv et notat');
    await page.keyboard.press('Enter');
    await page.getByLabel('Notat', { exact: true }).waitFor();
    expect((await focused(page)).name).toBe('Notat');
    await page.keyboard.type('Beskederne kom om natten. Hun har gemt dem.');
    await page.getByText(/Kladden er gemt krypteret kl\./).waitFor();
    await tabTo(page, 'Gem notatet');
    await page.keyboard.press('Enter');
    await page.locator('.note').getByText('Beskederne kom om natten.', { exact: false }).waitFor();

    await openSection(page, 'Samtykke');
    await tabTo(page, 'Hvad har du gjort?');
    await chooseOption(page, 'Politianmeldelse');
    await tabTo(page, 'Registrér handlingen');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Den berørte har ikke givet samtykke til dette.' }).waitFor();

    await backTo(page, 'Registrér svar om: Fortælle den anden kontaktperson om sagen');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Registrér et svar fra den berørte' });
    await dialog.waitFor();
    await tabTo(page, 'Hvem må vide hvad — med den berørtes egne ord');
    await page.keyboard.type('Kun at der er en sag.');
    await tabTo(page, 'Gem svaret');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Hvem må vide hvad' }).getByText('Kun at der er en sag.').waitFor();
  });

  it('assesses severity, ticks a prescribed step and adds a task with a due date', async () => {
    const { page } = h;
    await backTo(page, /.*/, 'tab');
    await openSection(page, 'Alvorlighed');
    await tabTo(page, 'Enkeltstående', 'input');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).name).toBe('Gentaget');
    await tabTo(page, 'Fysisk kontakt');
    await page.keyboard.press('Space');
    await tabTo(page, 'Misbrug af en magtposition');
    await page.keyboard.press('Space');
    await tabTo(page, 'Gem vurderingen');
    await page.keyboard.press('Enter');
    // The note already shows the incident mapped; a step only the person knows of is ticked here.
    const step = page.getByRole('checkbox', { name: 'Fortæl, at den berørte altid kan tage en bisidder med' });
    await step.waitFor();
    await backTo(page, /.*/, 'tab');
    await tabTo(page, 'Fortæl, at den berørte altid kan tage en bisidder med');
    await page.keyboard.press('Space');
    await page.getByText(/Markeret som gjort \d+\. \w+ \d{4}/).waitFor();

    await openSection(page, 'Opgaver');
    await tabTo(page, 'Hvad skal gøres?');
    await page.keyboard.type('Følg op på samtalen');
    // The date field reads day, month, year in Danish whatever the computer's locale.
    // A segment's name is its field and the label: "dag, Senest (kan udelades)".
    await tabTo(page, /^dag\b/, 'spinbutton');
    const [year, month, day] = isoDateFromToday(-1).split('-');
    await page.keyboard.type(`${day}${month}${year}`);
    // The field being typed in (the focus is on its year) holds the ISO date the form sends.
    expect(await page.locator('.date-field:focus-within input[name="dueDate"]').inputValue()).toBe(isoDateFromToday(-1));
    await tabTo(page, 'Tilføj opgaven');
    await page.keyboard.press('Enter');
    await page.locator('.task', { hasText: 'Følg op på samtalen' }).getByText('Overskredet').waitFor();
  });

  it('finds the note by searching and closes the case with an outcome', async () => {
    const { page } = h;
    await backTo(page, 'Sager', 'a');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sager' }).waitFor();
    await tabTo(page, 'Søg i notater, resuméer, aftaler og læringspunkter');
    await page.keyboard.type('beskederne');
    await page.keyboard.press('Enter');
    const hit = page.locator('.search-hit', { hasText: 'Notat' });
    await hit.locator('mark').first().waitFor();

    await tabTo(page, /^Sag \d{4}-001$/, 'a');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Sagsnotater' }).waitFor();
    await backTo(page, /.*/, 'tab');
    for (let presses = 0; presses < 12 && (await focused(page)).name !== 'Overblik'; presses++) await page.keyboard.press('ArrowUp');
    await tabTo(page, 'Afslut sagen …');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Afslut sag/ });
    await dialog.waitFor();
    await tabTo(page, 'Udfald');
    await chooseOption(page, 'Påtale');
    await tabTo(page, 'Afslut sagen');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/Afsluttet .* med udfaldet: Påtale\./).waitFor();
  });
});
