import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDraftKey, FormDraftRecord } from '../../shared/contract/drafts';
import { da } from '../../renderer/src/i18n/resources';
import { axeViolations } from './support/axe';
import { startHarness, type Harness } from './support/harness';
import { callFromPage, createVaultThroughContract, lockAndClose, WORKSPACE_PASSPHRASE } from './support/workspace';

/*
 * Never lose what the person typed: for every form with free text, type, let the vault
 * lock itself for being idle, unlock, and the app is back on the same screen with the same
 * form open, the text in it, and a quiet "Gendannet fra kladde". Labels come from the
 * Danish resources, so a reworded label does not break the journey.
 */

interface FormJourney {
  name: string;
  /** The screen, as the hash address it has. */
  path: (caseId: number) => string;
  /** Opens the form on that screen, when it is not open by itself. */
  open?: (page: Page) => Promise<void>;
  field: (page: Page) => Locator;
  key: (caseId: number) => FormDraftKey;
  singleLine?: boolean;
}

const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });

const JOURNEYS: FormJourney[] = [
  {
    name: 'intake',
    path: () => '/cases/new',
    field: (page) => label(page, da.cases.fields.summary),
    key: () => ({ form: 'intake', caseId: null, target: null }),
  },
  {
    name: 'note',
    path: (caseId) => `/cases/${caseId}/journal`,
    open: (page) => page.getByRole('button', { name: da.journal.write }).click(),
    field: (page) => label(page, da.journal.fields.body),
    key: (caseId) => ({ form: 'note', caseId, target: null }),
  },
  {
    name: 'agreement',
    path: (caseId) => `/cases/${caseId}/agreements/new`,
    field: (page) => label(page, da.agreements.editor.wishes),
    key: (caseId) => ({ form: 'agreement', caseId, target: null }),
  },
  {
    name: 'consent',
    path: (caseId) => `/cases/${caseId}/consents`,
    open: (page) => page.getByRole('button', { name: /^Registrér svar om:/ }).first().click(),
    field: (page) => label(page, da.consents.form.scope),
    key: (caseId) => ({ form: 'consent', caseId, target: null }),
  },
  {
    name: 'learning-point',
    path: (caseId) => `/cases/${caseId}/learning`,
    field: (page) => label(page, da.journal.learning.text),
    key: (caseId) => ({ form: 'learning-point', caseId, target: null }),
  },
  {
    name: 'severity',
    path: (caseId) => `/cases/${caseId}/severity`,
    field: (page) => label(page, da.consents.severity.rationale),
    key: (caseId) => ({ form: 'severity', caseId, target: null }),
  },
  {
    name: 'conversation',
    path: (caseId) => `/cases/${caseId}/conversations`,
    open: (page) => page.getByRole('button', { name: da.journal.conversations.add }).click(),
    field: (page) => label(page, da.journal.conversations.note),
    key: (caseId) => ({ form: 'conversation', caseId, target: null }),
  },
  {
    name: 'task',
    path: (caseId) => `/cases/${caseId}/tasks`,
    field: (page) => label(page, da.journal.tasks.taskTitle),
    key: (caseId) => ({ form: 'task', caseId, target: null }),
    singleLine: true,
  },
  {
    name: 'case-facts',
    path: (caseId) => `/cases/${caseId}/overview`,
    open: (page) => page.getByRole('button', { name: da.cases.overview.editFacts }).click(),
    field: (page) => label(page, da.cases.fields.summary),
    key: (caseId) => ({ form: 'case-facts', caseId, target: null }),
  },
  {
    name: 'consent-action',
    path: (caseId) => `/cases/${caseId}/consents`,
    field: (page) => label(page, da.consents.action.overrideReason),
    key: (caseId) => ({ form: 'consent-action', caseId, target: null }),
  },
];

const RESTORED = /^Gendannet fra kladde/;

describe('every form with free text survives the idle lock', () => {
  let h: Harness;
  let caseId = 0;
  beforeAll(async () => {
    h = await startHarness();
    await createVaultThroughContract(h);
    const created = await callFromPage(h.page, 'cases.create', { receivedDate: '2026-03-02', channel: 'phone' });
    if (!created.ok) throw new Error('cases.create failed');
    caseId = created.value.id;
  });
  afterAll(async () => {
    if (h) await lockAndClose(h);
  });

  const go = (path: string) => h.page.evaluate((target) => (window.location.hash = target), `#${path}`);
  const hashPath = () => h.page.evaluate(() => window.location.hash.slice(1));

  /** The draft as the vault holds it, once the autosave has written `text`. */
  async function draftHolding(key: FormDraftKey, text: string): Promise<FormDraftRecord> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const stored = await callFromPage(h.page, 'drafts.get', key);
      if (stored.ok && stored.value && JSON.stringify(stored.value.values).includes(JSON.stringify(text).slice(1, -1))) return stored.value;
      await h.page.waitForTimeout(100);
    }
    const last = await callFromPage(h.page, 'drafts.get', key);
    await h.page.screenshot({ path: `/tmp/shots/drafts-failed-${key.form}.png`, fullPage: true });
    throw new Error(`no draft holding the text for ${key.form}: ${JSON.stringify(last)}`);
  }

  async function idleLockAndUnlock(text: string): Promise<void> {
    const { page } = h;
    h.autoLock.checkIdle(5 * 60);
    await page.getByRole('heading', { level: 1, name: 'Lås boksen op' }).waitFor();
    expect(await page.evaluate(() => document.body.innerHTML)).not.toContain(text.slice(0, 20));
    await page.getByLabel('Adgangssætning').fill(WORKSPACE_PASSPHRASE);
    await page.getByRole('button', { name: 'Lås op' }).click();
  }

  for (const journey of JOURNEYS) {
    it(`brings back the ${journey.name} form, its screen and its text after the idle lock`, async () => {
      const { page } = h;
      // A line break only where the field has lines.
      const text = `Kladde (${journey.name}): hun sagde fra, og han blev ved …${journey.singleLine ? ' ' : '\n'}Næste linje med æøå.`;
      const path = journey.path(caseId);
      await go(path);
      if (journey.open) await journey.open(page);
      await journey.field(page).fill(text);
      await draftHolding(journey.key(caseId), text);

      await idleLockAndUnlock(text);

      await expect.poll(() => journey.field(page).inputValue(), { timeout: 10_000 }).toBe(text);
      expect(await hashPath()).toBe(path);
      await page.getByText(RESTORED).waitFor();
      expect(await page.getByRole('status').filter({ hasText: RESTORED }).count()).toBe(1);
      await page.screenshot({ path: `/tmp/shots/drafts-${journey.name}.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('brings back an edited conversation, not a new one, and forgets the draft once saved', async () => {
    const { page } = h;
    const made = await callFromPage(page, 'conversations.create', { caseId, status: 'offered', date: null, note: 'Tilbudt i telefonen.' });
    if (!made.ok) throw new Error('conversations.create failed');
    const key: FormDraftKey = { form: 'conversation', caseId, target: made.value.id };
    const text = 'Rettet: tilbudt i telefonen og igen pr. brev.';
    // Made behind the page's back: reloading shows it (and the app returns to the last place).
    await page.reload();
    await page.getByText(RESTORED).waitFor();
    expect(await hashPath()).toBe(JOURNEYS.at(-1)?.path(caseId));
    await go(`/cases/${caseId}/conversations`);
    await page.getByRole('button', { name: 'Ret samtale 1' }).click();
    await label(page, da.journal.conversations.note).fill(text);
    await draftHolding(key, text);

    await idleLockAndUnlock(text);

    await expect.poll(() => label(page, da.journal.conversations.note).inputValue(), { timeout: 10_000 }).toBe(text);
    await page.getByText(RESTORED).waitFor();
    await page.getByRole('button', { name: da.actions.save }).click();
    await page.getByText(text).waitFor();
    expect(await callFromPage(page, 'drafts.get', key)).toEqual({ ok: true, value: null });
    // The new conversation begun earlier is another form: its draft still waits.
    expect(await callFromPage(page, 'drafts.get', { form: 'conversation', caseId, target: null })).toMatchObject({ ok: true, value: { savedAt: expect.any(String) } });
  });
});
