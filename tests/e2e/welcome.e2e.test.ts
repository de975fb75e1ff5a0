import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, startHarness, type Harness } from './support/harness';

describe('welcome screen', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('renders in Danish by default', async () => {
    await h.page.getByRole('heading', { level: 1, name: 'Velkommen til Fortrolig' }).waitFor();
    expect(await h.page.getByRole('link', { name: 'Opret en ny boks' }).isVisible()).toBe(true);
    expect(await h.page.getByRole('link', { name: 'Åbn en eksisterende boks' }).isVisible()).toBe(true);
    expect(await h.page.locator('html').getAttribute('lang')).toBe('da');
    await screenshot(h.page, 'welcome-da');
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations(h.page)).toEqual([]);
  });

  it('switches to English and back, and remembers the choice through the contract', async () => {
    await h.page.getByRole('button', { name: 'English' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Welcome to Fortrolig' }).waitFor();
    expect(await h.page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(h.page, 'welcome-en');
    expect(await axeViolations(h.page)).toEqual([]);

    await h.page.reload();
    await h.page.getByRole('heading', { level: 1, name: 'Welcome to Fortrolig' }).waitFor();

    await h.page.getByRole('button', { name: 'Dansk' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Velkommen til Fortrolig' }).waitFor();
  });

  it('is usable with the keyboard alone', async () => {
    await h.page.reload();
    await h.page.getByRole('heading', { level: 1, name: 'Velkommen til Fortrolig' }).waitFor();
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.press('Tab');
    const focused = await h.page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('English');
    await h.page.keyboard.press('Enter');
    await h.page.getByRole('heading', { level: 1, name: 'Welcome to Fortrolig' }).waitFor();
    await h.page.keyboard.press('Shift+Tab');
    await h.page.keyboard.press('Enter');
    await h.page.getByRole('heading', { level: 1, name: 'Velkommen til Fortrolig' }).waitFor();
  });

  it('makes no request outside its own origin', async () => {
    expect(h.requests.length).toBeGreaterThan(0);
    const foreign = h.requests.filter((url) => !url.startsWith(`${h.origin}/`));
    expect(foreign).toEqual([]);
  });
});
