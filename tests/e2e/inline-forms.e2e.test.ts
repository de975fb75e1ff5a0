import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { startHarness, type Harness } from './support/harness';
import { callFromPage, createVaultThroughContract } from './support/workspace';

/*
 * Inline forms on the case page (issue 12 §3): Escape closes one that is still untouched,
 * never one with words in it, and a save is announced in the polite live region without
 * moving the person's focus.
 */
describe('inline forms: Escape and the saved announcement', () => {
  let h: Harness;
  let caseId = 0;
  beforeAll(async () => {
    h = await startHarness();
    await createVaultThroughContract(h);
    const created = await callFromPage(h.page, 'cases.create', { receivedDate: '2026-03-02', channel: 'phone' });
    if (!created.ok) throw new Error('case not created');
    caseId = created.value.id;
  });
  afterAll(async () => h?.close());

  const go = (hash: string) => h.page.evaluate((target) => (window.location.hash = target), hash);
  const announcer = () => h.page.getByTestId('announcer');

  it('closes the untouched "Tilføj en person" form on Escape, keeps a typed one open, and announces the save', async () => {
    const { page } = h;
    await go(`#/cases/${caseId}/overview`);
    const form = page.getByRole('form', { name: 'Tilføj en person' });
    await page.getByRole('button', { name: 'Tilføj en person' }).click();
    await page.getByLabel('Navn', { exact: true }).focus();
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Tilføj en person' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Kim Berg');
    await page.keyboard.press('Escape');
    // Words typed are never thrown away by a key pressed out of habit.
    expect(await page.getByLabel('Navn', { exact: true }).inputValue()).toBe('Kim Berg');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tilføj personen' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => announcer().textContent()).toBe('Gemt.');
    await page.getByText('Kim Berg').first().waitFor();
  });

  it('closes an untouched new note on Escape and announces a saved note', async () => {
    const { page } = h;
    await go(`#/cases/${caseId}/journal`);
    const editor = page.getByRole('form', { name: 'Nyt notat' });
    await page.getByRole('button', { name: 'Skriv et notat' }).click();
    await editor.waitFor();
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Skriv et notat' }).click();
    await page.getByLabel('Overskrift (kan udelades)').fill('Første samtale');
    await page.getByLabel('Notat', { exact: true }).fill('Vi talte om episoden og aftalte et nyt møde.');
    await page.keyboard.press('Escape');
    expect(await editor.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Gem notatet' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => announcer().textContent()).toBe('Gemt.');
  });
});
