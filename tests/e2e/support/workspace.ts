import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { ContractApi, FortroligBridge, InputOf, MethodName, OutputOf } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import type { Harness } from './harness';

export const WORKSPACE_PASSPHRASE = 'blå cykel under gammel kastanje';

/** Calls a contract method from inside the page, through the same bridge the app uses. */
export async function callFromPage<M extends MethodName>(page: Page, method: M, input?: InputOf<M>): Promise<Result<OutputOf<M>>> {
  const result = await page.evaluate(
    ([name, value]) => {
      const api = (window as unknown as { fortrolig: FortroligBridge }).fortrolig.api as unknown as Record<string, (input: unknown) => Promise<unknown>>;
      return api[name as string]?.(value);
    },
    // Widened on purpose: Playwright's argument type would otherwise unfold every contract input.
    [method as string, input as unknown] as [string, unknown],
  );
  return result as Awaited<ReturnType<ContractApi[M]>>;
}

/**
 * A vault made through the contract from the page, as the create wizard would (so the app
 * remembers the folder and can offer to unlock it after a lock), then the app reloaded.
 */
export async function createVaultThroughContract(h: Harness): Promise<string> {
  const dir = path.join(h.dataDir, 'vault');
  const result = await callFromPage(h.page, 'vault.create', { dir, passphrase: WORKSPACE_PASSPHRASE });
  if (!result.ok) throw new Error(`vault.create failed: ${result.error.code}`);
  await h.page.reload();
  await h.page.getByRole('heading', { level: 1, name: 'Sager' }).waitFor();
  return dir;
}

/** A calendar date `days` from today in this machine's time zone, as the engine counts days. */
export function isoDateFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Whether the page is wider than the window, i.e. would need sideways scrolling. */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * Locks before closing, while the page can still receive the lock event: the harness's own
 * close locks too, but by then the page is going away and the event has nowhere to land.
 */
export async function lockAndClose(h: Harness): Promise<void> {
  if (h.vault.isUnlocked) {
    h.vault.lock('user');
    await h.page.getByRole('heading', { level: 1, name: 'Lås boksen op' }).waitFor();
  }
  await h.close();
}

/**
 * Switches the UI language the way a person does once the vault is open (in Settings),
 * then returns to the page the test was on.
 */
export async function switchLanguage(page: Page, language: 'da' | 'en'): Promise<void> {
  const back = await page.evaluate(() => window.location.hash);
  await page.evaluate(() => (window.location.hash = '/settings/security'));
  // The choice is saved first and then shown as checked, so click and wait for the page's language.
  await page.getByRole('radio', { name: language === 'da' ? 'Dansk' : 'English' }).click();
  await page.locator(`html[lang="${language}"]`).waitFor();
  await page.evaluate((hash) => (window.location.hash = hash), back);
}

/**
 * Types a date into the app's date field (day, month, year, as a Danish person types it)
 * and returns the field's group.
 */
export async function fillDate(scope: Page | Locator, label: string, iso: string): Promise<Locator> {
  const [year, month, day] = iso.split('-');
  const group = scope.getByRole('group', { name: label, exact: true });
  await group.getByRole('spinbutton').first().pressSequentially(`${day}${month}${year}`);
  return group;
}
