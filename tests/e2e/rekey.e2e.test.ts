import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, startHarness, type Harness } from './support/harness';
import { createVaultThroughContract, lockAndClose, WORKSPACE_PASSPHRASE } from './support/workspace';

describe('changing the vault key in Settings → Sikkerhed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await createVaultThroughContract(h);
  });
  afterAll(async () => {
    if (h) await lockAndClose(h);
  });

  it('suggests a new key once the raw key was shown, changes it and shows the new recovery key once', async () => {
    const { page } = h;
    // As `cli key` or the emergency path would.
    const shownKey = h.vault.require().rawKeyHex();

    await page.getByRole('link', { name: 'Indstillinger' }).click();
    const section = page.getByRole('region', { name: 'Skift nøglen til boksen' });
    await section.getByText(/Boksens nøgle blev vist .* og er ikke skiftet siden/).waitFor();
    await section.getByText(/Sikkerhedskopier taget før skiftet beholder den gamle nøgle/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await section.getByLabel('Din adgangssætning').fill('forkert adgangssætning her');
    await section.getByLabel('Jeg har ikke gendannelsesnøglen', { exact: false }).check();
    await section.getByRole('button', { name: 'Skift nøglen' }).click();
    await section.getByRole('alert').waitFor();
    expect(h.vault.require().rawKeyHex()).toBe(shownKey);

    await section.getByLabel('Din adgangssætning').fill(WORKSPACE_PASSPHRASE);
    await section.getByRole('button', { name: 'Skift nøglen' }).click();
    await section.getByText('Nøglen er skiftet.', { exact: false }).waitFor({ timeout: 30_000 });
    const recoveryKey = await section.getByTestId('recovery-key').textContent();
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4,}(-[0-9A-Z]{4,})+$/);
    await screenshot(page, 'settings-rekey-done');
    expect(await axeViolations(page)).toEqual([]);
    expect(h.vault.require().rawKeyHex()).not.toBe(shownKey);

    await section.getByLabel('Jeg har skrevet', { exact: false }).check();
    await section.getByRole('button', { name: 'Fortsæt' }).click();
    await section.getByRole('button', { name: 'Skift nøglen' }).waitFor();
    await section.getByText(/Nøglen blev sidst skiftet/).waitFor();
  });
});
