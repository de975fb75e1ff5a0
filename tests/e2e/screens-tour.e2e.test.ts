import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoRecords } from '../../electron/vault/demo/generate';
import { axeViolations } from './support/axe';
import { startHarness, type Harness } from './support/harness';
import { lockAndClose, WORKSPACE_PASSPHRASE } from './support/workspace';

/*
 * A tour of every screen in Danish at 1280×800, as a person meets them: welcome, the
 * vault wizard, unlock, home, a case's every section, an agreement, the learning document
 * and every settings tab. Each screen is photographed to /tmp/shots/tour-*.png for a
 * person to look at, and scanned by axe-core at 100% and at 200% zoom.
 */

const SHOTS = '/tmp/shots';

describe('a tour of every screen', () => {
  let h: Harness;
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    if (h) await lockAndClose(h);
  });

  const go = (hash: string) => h.page.evaluate((target) => (window.location.hash = target), hash);
  const heading = (name: string | RegExp) => h.page.getByRole('heading', { level: 1, name }).waitFor();
  const visit = async (name: string) => {
    const { page } = h;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, `tour-${name}.png`), fullPage: true });
    expect(await axeViolations(page), name).toEqual([]);
    // 200% zoom as the browser does it: half the CSS pixels in the same window.
    await page.setViewportSize({ width: 640, height: 400 });
    expect(await axeViolations(page), `${name} at 200%`).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  };

  it('welcome, opening an existing vault, and the create wizard with its recovery key', async () => {
    const { page } = h;
    await heading('Velkommen til Fortrolig');
    await visit('01-welcome');

    await page.getByRole('link', { name: 'Åbn en eksisterende boks' }).click();
    await heading('Åbn en eksisterende boks');
    await visit('02-open-existing');
    // The folder chooser leads straight to the passphrase for the chosen folder.
    h.dialogs.answer(path.join(h.dataDir, 'kopi-af-boksen'));
    await page.getByRole('button', { name: 'Vælg mappen …' }).click();
    await heading('Lås boksen op');
    await page.getByText('Mappen “kopi-af-boksen”').waitFor();
    expect(await page.getByRole('button', { name: 'Lås op' }).isEnabled()).toBe(true);
    await visit('02b-open-existing-chosen');

    await go('/');
    await page.getByRole('link', { name: 'Opret en ny boks' }).click();
    await heading('Opret en ny boks');
    await visit('03-create-location');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByLabel('Adgangssætning', { exact: true }).fill('kastanje');
    await visit('04-create-passphrase-weak');
    await page.getByLabel('Adgangssætning', { exact: true }).fill(WORKSPACE_PASSPHRASE);
    await page.getByLabel('Gentag adgangssætningen').fill(WORKSPACE_PASSPHRASE);
    await page.getByRole('button', { name: 'Opret boksen' }).click();
    await page.getByTestId('recovery-key').waitFor({ timeout: 30_000 });
    await visit('05-create-recovery-key');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Gå til boksen' }).click();
    await heading('Sager');
  });

  it('home, intake and unlock with a vault full of invented cases', async () => {
    const { page } = h;
    generateDemoRecords(h.vault.require().db, { cases: 14, seed: 12 });
    await page.reload();
    await heading('Sager');
    await page.locator('.case-link').first().waitFor();
    await visit('10-home');

    await go('/cases/new');
    await heading('Ny henvendelse');
    await visit('11-intake');

    await go('/');
    await heading('Sager');
    h.vault.lock('user');
    await heading('Lås boksen op');
    await visit('12-unlock');
    await page.getByLabel('Adgangssætning').fill(WORKSPACE_PASSPHRASE);
    await page.getByRole('button', { name: 'Lås op' }).click();
    await heading('Sager');
  });

  it('every section of a case, its agreement and its printout', async () => {
    const { page } = h;
    const { db } = h.vault.require();
    // The open case with the most in it, so every section has something to show.
    const { id } = db
      .prepare(
        `SELECT c.id FROM cases c WHERE c.status <> 'closed'
         ORDER BY (SELECT count(*) FROM notes n WHERE n.case_id = c.id) + (SELECT count(*) FROM agreements a WHERE a.case_id = c.id) * 5 DESC, c.id LIMIT 1`,
      )
      .get() as { id: number };
    const sections = ['overview', 'journal', 'conversations', 'consents', 'agreements', 'severity', 'tasks', 'attachments', 'learning'];
    // The page's heading has the focus after navigation; the menu marks where the person is.
    await go(`/cases/${id}/overview`);
    await heading(/^Sag \d{4}-\d{3}$/);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await menu.getByRole('link', { name: 'Sager' }).getAttribute('aria-current')).toBe('page');
    expect(await menu.getByRole('link', { name: 'Indstillinger' }).getAttribute('aria-current')).toBeNull();
    // Delete is in the quiet "Mere" menu and still asks in the guarded dialog.
    await page.getByRole('button', { name: 'Mere' }).click();
    await page.getByRole('menuitem', { name: 'Slet sagen …' }).click();
    const dialog = page.getByRole('alertdialog', { name: /^Slet sag .* for altid\?$/ });
    expect(await dialog.getByRole('button', { name: 'Slet sagen' }).isDisabled()).toBe(true);
    await visit('20b-case-delete-dialog');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Facts read as facts, not as the form's questions; Escape closes the untouched form.
    const facts = page.getByRole('region', { name: 'Om henvendelsen' });
    await facts.getByText('Kom via').waitFor();
    expect(await facts.getByText('Hvordan kom henvendelsen?').count()).toBe(0);
    await facts.getByRole('button', { name: 'Ret oplysningerne' }).click();
    await facts.getByRole('button', { name: 'Annullér' }).waitFor();
    await page.keyboard.press('Escape');
    await facts.getByRole('button', { name: 'Ret oplysningerne' }).waitFor();

    for (const [index, section] of sections.entries()) {
      await go(`/cases/${id}/${section}`);
      await heading(/^Sag \d{4}-\d{3}$/);
      await page.getByRole('tab', { selected: true }).waitFor();
      await visit(`2${index}-case-${section}`);
    }

    const agreement = db.prepare('SELECT id FROM agreements ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined;
    if (agreement) {
      await go(`/agreements/${agreement.id}`);
      await heading(/aftale/i);
      await visit('30-agreement');
      await go(`/agreements/${agreement.id}/print/da`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await visit('31-agreement-print');
    }
    await go(`/cases/${id}/agreements/new`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await visit('32-agreement-new');
  });

  it('the learning document and every settings tab', async () => {
    const { page } = h;
    await go('/report');
    await heading('Læringsdokument');
    await visit('40-report');

    for (const [index, section] of ['security', 'organisation', 'storage', 'audit'].entries()) {
      await go(`/settings/${section}`);
      await heading('Indstillinger');
      await page.getByRole('tab', { selected: true }).waitFor();
      await visit(`5${index}-settings-${section}`);
    }
    // The activity log in plain words, filtered by kind.
    await go('/settings/audit');
    const log = page.getByRole('region', { name: 'Aktivitetslog, nyeste først' });
    await log.getByText('Opdigtede prøvesager lagt ind').waitFor();
    expect(await log.textContent()).not.toMatch(/agreement\.view|case\.view|cases=|retentionYears/);
    await page.getByLabel('Slags hændelse').selectOption({ label: 'Aftaler' });
    await log.getByText('Aftale åbnet').first().waitFor();
    expect(await log.getByText('Boksen blev låst op').count()).toBe(0);
    await visit('54-settings-audit-filtered');
    await go('/settings/agreement-templates');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await visit('56-agreement-templates');
  });
});
