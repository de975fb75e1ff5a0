import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, startHarness, type Harness } from './support/harness';
import { createVaultThroughContract, lockAndClose } from './support/workspace';

/*
 * The security settings say what the operating system really allows. Main reports the
 * platform in app.info; the harness reports the one the test names, so the Linux and the
 * Windows variant both run here.
 */
describe('security settings on each platform', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    if (h) await lockAndClose(h);
    h = undefined;
  });

  async function openSecuritySettings(platform: NodeJS.Platform): Promise<Harness> {
    h = await startHarness({ platform });
    await createVaultThroughContract(h);
    await h.page.getByRole('link', { name: 'Indstillinger' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Indstillinger' }).waitFor();
    return h;
  }

  it('on Linux shows content protection as unavailable with the reason, and that the screen lock does not lock the vault', async () => {
    const { page } = await openSecuritySettings('linux');
    const protection = page.getByLabel('Beskyt vinduet mod skærmbilleder og skærmdeling');
    expect(await protection.isDisabled()).toBe(true);
    expect(await protection.isChecked()).toBe(false);
    const protectionHint = page.locator(`[id="${await protection.getAttribute('aria-describedby')}"]`);
    expect(await protectionHint.textContent()).toMatch(/^Ikke muligt på Linux: .*skærmbilleder og skærmdeling/);

    const minutes = page.getByLabel('Lås automatisk efter (minutter uden aktivitet)');
    expect(await minutes.inputValue()).toBe('2');
    const minutesHint = page.locator(`[id="${await minutes.getAttribute('aria-describedby')}"]`);
    expect(await minutesHint.textContent()).toMatch(/låses ikke sammen med skærmen.*som standard 2/);

    await screenshot(page, 'settings-security-linux');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on Windows offers content protection (on by default) and says nothing about the screen lock', async () => {
    const { page } = await openSecuritySettings('win32');
    const protection = page.getByLabel('Beskyt vinduet mod skærmbilleder og skærmdeling');
    expect(await protection.isDisabled()).toBe(false);
    expect(await protection.isChecked()).toBe(true);
    expect(await protection.getAttribute('aria-describedby')).toBeNull();
    expect(await page.getByText('Ikke muligt på Linux').count()).toBe(0);
    expect(await page.getByLabel('Lås automatisk efter (minutter uden aktivitet)').inputValue()).toBe('5');

    // A controlled checkbox: it turns off when the saved settings come back, not at the click.
    await protection.click();
    await page.getByRole('status').filter({ hasText: 'Gemt' }).waitFor();
    expect(await protection.isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
