import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseCreateInputSchema } from '../../shared/domain/schemas/case';
import { consentEntryInputSchema } from '../../shared/domain/schemas/consent';
import { conversationCreateInputSchema } from '../../shared/domain/schemas/conversation';
import { partyCreateInputSchema } from '../../shared/domain/schemas/party';
import { taskCreateInputSchema } from '../../shared/domain/schemas/task';
import { createCase } from '../../electron/vault/records/cases';
import { recordConsent } from '../../electron/vault/records/consents';
import { createConversation } from '../../electron/vault/records/conversations';
import { addParty } from '../../electron/vault/records/parties';
import { createTask } from '../../electron/vault/records/tasks';
import { writeVaultSettings } from '../../electron/vault/records/vault-settings';
import { axeViolations } from './support/axe';
import { startHarness, type Harness } from './support/harness';
import { callFromPage, createVaultThroughContract, isoDateFromToday, overflowsHorizontally, switchLanguage } from './support/workspace';

/*
 * The case page using what the case already knows (issue 12 §2), in Chromium: severity
 * factors ticked from the parties with their source, the policy's steps shown done with
 * their evidence and a link, a status suggestion after the agreement is signed (and only
 * changed when confirmed), the learning point checked by the guard as it is written, and
 * closing a case that still has open tasks. Screens are photographed to /tmp/shots/case-*.png
 * at 1280×800 and scanned by axe-core at 1280×720 and at 200 % zoom.
 */

const MINOR = 'Emma Lund';
const ACCUSED = 'Jens Holm';
const OVERDUE_TASK = 'Ring til Emma om mødet';
const LATER_TASK = 'Send referat til den berørte';
const SHOTS = '/tmp/shots';

describe('the case page uses what it knows', () => {
  let h: Harness;
  let caseId = 0;
  let agreementId = 0;
  let affectedPartyId = 0;

  beforeAll(async () => {
    h = await startHarness();
    await createVaultThroughContract(h);
    const { db } = h.vault.require();
    writeVaultSettings(db, {
      organisationName: 'Alternativet',
      contactPersons: { secretariat_head: 'Åse Jørgensen', trusted_person: 'Birthe Møller' },
      vaultOwner: 'secretariat_head',
    });
    const created = createCase(db, caseCreateInputSchema.parse({ receivedDate: isoDateFromToday(-20), channel: 'phone', category: 'harassment' }));
    caseId = created.id;
    affectedPartyId = addParty(db, partyCreateInputSchema.parse({ caseId, role: 'affected', name: MINOR, under18: true, organisationalRole: 'youth_member' })).party.id;
    addParty(db, partyCreateInputSchema.parse({ caseId, role: 'accused', name: ACCUSED, organisationalRole: 'trust_elected' }));
    createConversation(db, conversationCreateInputSchema.parse({ caseId, status: 'held', date: isoDateFromToday(-18) }));
    recordConsent(
      db,
      consentEntryInputSchema.parse({ caseId, action: 'involve_accused', decision: 'declined', form: 'oral', decidedOn: isoDateFromToday(-18) }),
    );
    createTask(db, taskCreateInputSchema.parse({ caseId, title: OVERDUE_TASK, dueDate: isoDateFromToday(-2) }));
    createTask(db, taskCreateInputSchema.parse({ caseId, title: LATER_TASK, dueDate: isoDateFromToday(10) }));
    fs.mkdirSync(SHOTS, { recursive: true });
    await h.page.setViewportSize({ width: 1280, height: 720 });
    await h.page.reload();
    await h.page.getByRole('heading', { level: 1, name: 'Sager' }).waitFor();
  });
  afterAll(async () => h?.close());

  const go = (hash: string) => h.page.evaluate((target) => (window.location.hash = target), hash);
  const tabPanel = () => h.page.getByRole('tabpanel');
  const region = (name: string | RegExp) => h.page.getByRole('region', { name });

  /** A photograph at 1280×800 for a person to look at, then axe at 1280×720 and at 200 % zoom. */
  async function photographAndScan(page: Page, name: string) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `${SHOTS}/case-${name}.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await axeViolations(page)).toEqual([]);
    // 200 % zoom of the 1280×720 window: half the CSS pixels, one column, no sideways scrolling.
    await page.setViewportSize({ width: 640, height: 360 });
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/case-${name}-zoom-200.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
  }

  it('makes the next step the case’s one primary action, leading to where it is done', async () => {
    const { page } = h;
    await go(`#/cases/${caseId}/overview`);
    const primary = page.getByRole('link', { name: `Næste skridt: ${OVERDUE_TASK}` });
    await primary.waitFor();
    expect(await primary.getAttribute('class')).toContain('primary');
    // One filled primary per view: closing the case is not one of them.
    expect(await page.locator('main .primary:visible').count()).toBe(1);
    await primary.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/cases/${caseId}/tasks`);
  });

  it('shows the next steps and the policy’s steps done with their evidence and a link to it', async () => {
    const { page } = h;
    await go(`#/cases/${caseId}/overview`);
    const next = region('Næste skridt');
    await next.waitFor();
    const rows = next.getByRole('listitem');
    await expect.poll(() => rows.first().textContent()).toContain(OVERDUE_TASK);
    expect(await rows.first().textContent()).toContain('Overskredet');

    const checklist = region('Rammen om en henvendelse');
    const incident = checklist.getByRole('checkbox', { name: 'Samtale og afdækning af hændelsen' });
    expect(await incident.isChecked()).toBe(true);
    // Shown by a record, so it is not ticked off here; the record is changed where it lives.
    expect(await incident.isDisabled()).toBe(true);
    await checklist.getByText(/^Samtale afholdt \d+\. \w+ \d{4}/).first().waitFor();
    await checklist.getByText(/Inddrage den påklagede: den berørtes svar noteret/).waitFor();
    expect(await checklist.getByRole('checkbox', { name: 'Skriftlig aftale om, hvad der skal ske' }).isChecked()).toBe(false);
    // A minor is involved, so the consequences step is on the list before any assessment.
    await checklist.getByRole('checkbox', { name: /Vurder konsekvenserne/ }).waitFor();
    await checklist.getByText(/\d af \d+ skridt er gjort/).waitFor();
    await photographAndScan(page, 'overview');

    // The same panels in English, with the same records behind them.
    await switchLanguage(page, 'en');
    await region('Next steps').getByText('Overdue – was due', { exact: false }).waitFor();
    await region('The framework of an inquiry').getByText(/^Conversation held on \d+\. \w+ \d{4}/).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await switchLanguage(page, 'da');
    await region('Rammen om en henvendelse').waitFor();

    await checklist.getByRole('link', { name: 'Se i Samtaleforløb' }).first().click();
    await tabPanel().getByRole('heading', { level: 2, name: /Samtale/ }).first().waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/cases/${caseId}/conversations`);
  });

  it('ticks severity factors from the parties, says where each comes from, and asks why one is unticked', async () => {
    const { page } = h;
    await go(`#/cases/${caseId}/severity`);
    const form = page.getByRole('form', { name: 'Ny vurdering' });
    await form.waitFor();
    const minor = form.getByRole('checkbox', { name: /En person under 18 år er involveret/ });
    const power = form.getByRole('checkbox', { name: /Misbrug af en magtposition/ });
    expect(await minor.isChecked()).toBe(true);
    expect(await power.isChecked()).toBe(true);
    // Nothing is guessed from free text: the other factors start unticked.
    expect(await form.getByRole('checkbox', { name: /Gentagelse/ }).isChecked()).toBe(false);
    await form.getByText(`${MINOR} er under 18 år (Parter)`).waitFor();
    await form.getByText(`Advarsel om magtforhold: ${ACCUSED} over for ${MINOR}`).first().waitFor();
    await photographAndScan(page, 'severity-prefilled');

    await power.uncheck();
    const reason = form.getByLabel('Hvorfor gælder “Misbrug af en magtposition” ikke?');
    await reason.waitFor();
    await form.getByRole('button', { name: 'Gem vurderingen' }).click();
    await form.getByText('Skriv kort, hvorfor du fjerner fluebenet.').waitFor();
    await photographAndScan(page, 'severity-set-aside');
    await reason.fill('Han havde ingen rolle over for hende i ungdomsafdelingen.');
    await form.getByRole('button', { name: 'Gem vurderingen' }).click();
    const latest = region(/^Seneste vurdering/);
    await latest.getByText('En person under 18 år er involveret', { exact: true }).waitFor();
    await latest.getByText(/Fravalgt: Misbrug af en magtposition\. Begrundelse: Han havde ingen rolle/).waitFor();
    // The steps now follow the saved assessment, with its evidence.
    await latest.getByText(/^Vurdering gemt \d+\. \w+ \d{4}/).first().waitFor();
  });

  it('suggests "Aftale indgået" once the agreement is signed, and changes the status only when confirmed', async () => {
    const { page } = h;
    const created = await callFromPage(page, 'agreements.create', {
      caseId,
      affectedPartyId,
      contactPersons: ['secretariat_head'],
      wishes: 'Jeg vil have, at beskederne stopper.',
      disclosure: 'Kun Åse må kende mit navn.',
      otherPartyInvolvement: 'Den påklagede inddrages ikke.',
      supportOffered: ['support_person', 'conversation_series'],
      nextSteps: [{ description: 'Opfølgende samtale', dueDate: isoDateFromToday(14) }],
    } as never);
    if (!created.ok) throw new Error(`${created.error.code} ${created.error.message} ${JSON.stringify(created.error.details)}`);
    agreementId = created.value.id;
    const ready = await callFromPage(page, 'agreements.transition', { id: agreementId, to: 'ready_to_sign' } as never);
    if (!ready.ok) throw new Error(`${ready.error.code} ${ready.error.message} ${JSON.stringify(ready.error.details)}`);

    await go(`#/cases/${caseId}/overview`);
    const next = region('Næste skridt');
    // The held conversation already points to "I dialog"; the person puts that question away.
    await next.getByText('Skal sagens status være “I dialog”?').waitFor();
    await next.getByRole('button', { name: 'Ikke nu' }).click();
    expect(await next.getByText('Forslag til status').count()).toBe(0);

    await go(`#/agreements/${agreementId}`);
    await page.getByRole('button', { name: 'Registrér underskrift', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrér underskrift' });
    await dialog.getByRole('button', { name: 'Registrér underskriften' }).click();
    await page.locator('.agreement-status').getByText('Underskrevet').waitFor();

    await go(`#/cases/${caseId}/overview`);
    await next.getByText(/Den skriftlige aftale \(version 1\) blev underskrevet/).waitFor();
    await next.getByText('Skal sagens status være “Aftale indgået”?').waitFor();
    // Only a suggestion: the status has not moved.
    expect(await region('Status').getByText('Modtaget').count()).toBeGreaterThan(0);
    const checklist = region('Rammen om en henvendelse');
    await checklist.getByText(/Skriftlig aftale \(version 1\) underskrevet/).waitFor();
    await checklist.getByText('Bisidder er tilbudt i aftalen (version 1)').waitFor();
    await photographAndScan(page, 'status-suggestion');

    await next.getByRole('button', { name: 'Ja, skift til “Aftale indgået”' }).click();
    await next.getByRole('status').getByText('Sagens status er nu “Aftale indgået”.').waitFor();
    await page.locator('.case-header').getByText('Aftale indgået').waitFor();
    expect(await next.getByText('Forslag til status').count()).toBe(0);
  });

  it('marks the words of a learning point that may point to a person, as it is written', async () => {
    const { page } = h;
    await go(`#/cases/${caseId}/learning`);
    const form = page.getByRole('form', { name: 'Nyt læringspunkt' });
    const text = form.getByLabel('Læringspunkt');
    await text.fill('Det hjalp, at Emma selv valgte, hvem der måtte vide noget.');
    const status = form.getByRole('status');
    await status.getByText('Der er 1 sted, som kan pege på en person.', { exact: false }).waitFor();
    await form.locator('mark.finding').getByText('Emma').waitFor();
    await photographAndScan(page, 'learning-guard');

    await text.fill('Det hjalp, at den berørte selv valgte, hvem der måtte vide noget.');
    await status.getByText('Teksten nævner ingen, boksen kender.').waitFor();
    expect(await form.locator('mark.finding').count()).toBe(0);
  });

  it('asks what to do with open tasks when the case is closed; its tasks are then never overdue', async () => {
    const { page } = h;
    await go(`#/cases/${caseId}/overview`);
    await region('Status').getByRole('button', { name: /^Afslut sagen/ }).click();
    const dialog = page.getByRole('dialog', { name: /Afslut sag/ });
    await dialog.getByRole('heading', { name: 'Åbne opgaver i sagen' }).waitFor();
    const overdue = dialog.getByRole('group', { name: `Hvad skal der ske med “${OVERDUE_TASK}”?` });
    const later = dialog.getByRole('group', { name: `Hvad skal der ske med “${LATER_TASK}”?` });
    expect(await overdue.getByRole('radio', { name: /Behold den/ }).isChecked()).toBe(true);
    await overdue.getByRole('radio', { name: 'Markér den som gjort' }).check();
    await later.getByRole('radio', { name: 'Slet den' }).check();
    await dialog.getByLabel('Udfald').selectOption({ label: 'Ingen videre handling efter den berørtes ønske' });
    await photographAndScan(page, 'close-dialog');
    await dialog.getByRole('button', { name: 'Afslut sagen', exact: true }).click();
    // The dialog stays until the status and every chosen task change are saved.
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.case-header').getByText('Afsluttet').waitFor();

    const detail = await callFromPage(page, 'cases.get', { caseId });
    if (!detail.ok) throw new Error(detail.error.code);
    expect(detail.value.tasks.map((task) => [task.title, task.doneOn !== null])).toEqual([[OVERDUE_TASK, true]]);
    const overdueTasks = await callFromPage(page, 'tasks.overdue');
    expect(overdueTasks.ok && overdueTasks.value).toEqual([]);
    expect(await region('Næste skridt').count()).toBe(0);
  });
});
