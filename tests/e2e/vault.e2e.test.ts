import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, startHarness, type Harness } from './support/harness';

const PASSPHRASE = 'blå cykel under gammel kastanje';
const NEXT_PASSPHRASE = 'syv stille måger over havnen';
const RESET_PASSPHRASE = 'regnvejr i april med varm kakao';

describe('the vault journey in the browser', () => {
  let h: Harness;
  let recoveryKey = '';
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  const heading = (name: string) => h.page.getByRole('heading', { level: 1, name }).waitFor();

  it('creates a vault with the wizard and shows the recovery key once', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Opret en ny boks' }).click();
    await heading('Opret en ny boks');
    expect(await page.getByTestId('vault-dir').textContent()).toBe(path.join(h.dataDir, 'vault'));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Fortsæt' }).click();

    await page.getByLabel('Adgangssætning', { exact: true }).fill('kodeord1');
    await page.getByLabel('Gentag adgangssætningen').fill('kodeord1');
    await page.getByRole('button', { name: 'Opret boksen' }).click();
    await page.getByText('Adgangssætningen er for let at gætte.').waitFor();

    await page.getByLabel('Adgangssætning', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Gentag adgangssætningen').fill(PASSPHRASE);
    await screenshot(page, 'vault-create-passphrase');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opret boksen' }).click();

    const key = page.getByTestId('recovery-key');
    await key.waitFor({ timeout: 30_000 });
    recoveryKey = (await key.textContent()) ?? '';
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4,}(-[0-9A-Z]{4,})+$/);
    await screenshot(page, 'vault-create-recovery-key');
    expect(await axeViolations(page)).toEqual([]);

    const finish = page.getByRole('button', { name: 'Gå til boksen' });
    expect(await finish.isDisabled()).toBe(true);
    await page.getByLabel('Jeg har skrevet gendannelsesnøglen ned eller udskrevet den').check();
    await finish.click();
    await heading('Sager');
    expect(fs.existsSync(path.join(h.dataDir, 'vault', 'vault.db'))).toBe(true);
    expect(await page.getByTestId('recovery-key').count()).toBe(0);
  });

  it('locks, refuses a wrong passphrase in Danish, and unlocks', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Lås boksen' }).click();
    await heading('Lås boksen op');
    await page.getByLabel('Adgangssætning').fill('forkert sætning helt forkert');
    await page.getByRole('button', { name: 'Lås op' }).click();
    await page.getByRole('alert').filter({ hasText: 'Adgangssætningen passer ikke. Prøv igen — eller brug din gendannelsesnøgle.' }).waitFor();
    await screenshot(page, 'vault-unlock-wrong');
    expect(await axeViolations(page)).toEqual([]);
    // The field is emptied after a failed attempt, so the wrong phrase is not left on screen.
    expect(await page.getByLabel('Adgangssætning').inputValue()).toBe('');

    await page.getByLabel('Adgangssætning').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Lås op' }).click();
    await heading('Sager');
  });

  it('resets a forgotten passphrase with the recovery key', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Lås boksen' }).click();
    await page.getByRole('button', { name: 'Jeg har glemt adgangssætningen' }).click();
    await heading('Nulstil med gendannelsesnøglen');
    // A typo is caught by the checksum before any key derivation.
    const typo = recoveryKey.slice(0, -1) + (recoveryKey.endsWith('A') ? 'B' : 'A');
    await page.getByLabel('Gendannelsesnøgle', { exact: true }).fill(typo);
    await page.getByLabel('Ny adgangssætning').fill(RESET_PASSPHRASE);
    await page.getByLabel('Gentag adgangssætningen').fill(RESET_PASSPHRASE);
    await page.getByRole('button', { name: 'Nulstil og lås op' }).click();
    await page.getByText('Gendannelsesnøglen indeholder en tastefejl. Tjek den igen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Gendannelsesnøgle', { exact: true }).fill(recoveryKey.toLowerCase());
    await page.getByRole('button', { name: 'Nulstil og lås op' }).click();
    await heading('Sager');
  });

  it('changes the passphrase in settings', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Indstillinger' }).click();
    await heading('Indstillinger');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Nuværende adgangssætning').first().fill(RESET_PASSPHRASE);
    await page.getByLabel('Ny adgangssætning', { exact: true }).fill(NEXT_PASSPHRASE);
    await page.getByLabel('Gentag adgangssætningen').fill(NEXT_PASSPHRASE);
    await page.getByRole('button', { name: 'Skift adgangssætning' }).click();
    await page.getByText('Adgangssætningen er skiftet.').waitFor({ timeout: 30_000 });
    await screenshot(page, 'settings');

    await page.getByRole('button', { name: 'Lås boksen' }).click();
    await page.getByLabel('Adgangssætning').fill(NEXT_PASSPHRASE);
    await page.getByRole('button', { name: 'Lås op' }).click();
    // Unlocking returns to where the person was (issue 12 §1), here Settings.
    await heading('Indstillinger');
  });

  it('locks itself when idle and leaves nothing of the vault in the DOM', async () => {
    const { page } = h;
    h.autoLock.checkIdle(60); // one minute: below the default (2 minutes on Linux, 5 elsewhere), nothing happens
    expect(h.vault.isUnlocked).toBe(true);
    h.autoLock.checkIdle(5 * 60);
    expect(h.vault.isUnlocked).toBe(false);
    await heading('Lås boksen op');
    await page.getByText('Boksen blev låst, fordi computeren ikke har været brugt et stykke tid.').waitFor();
    const body = (await page.locator('body').innerText()).toLowerCase();
    expect(body).not.toContain('sager');
    expect(body).not.toContain('indstillinger');
    expect(await page.evaluate(() => document.body.innerHTML.includes('recovery-key'))).toBe(false);
  });

  it('made no request outside its own origin', () => {
    expect(h.requests.filter((url) => !url.startsWith(`${h.origin}/`))).toEqual([]);
  });
});
