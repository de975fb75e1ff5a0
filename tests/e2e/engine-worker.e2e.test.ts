import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { screenshot, startHarness, type Harness } from './support/harness';
import { callFromPage, createVaultThroughContract, WORKSPACE_PASSPHRASE } from './support/workspace';

/*
 * The renderer against the engine as the app runs it: in a worker thread, every call and
 * result copied across the thread boundary, power events forwarded by message. The other
 * journeys use the in-process router (same handlers, no copy); this one proves the copy and
 * the forwarding change nothing a person sees, and that a dead engine is survivable.
 */
describe('the app with its engine in a worker thread', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ engine: 'worker' });
  });
  afterAll(async () => h?.close());

  const heading = (name: string) => h.page.getByRole('heading', { level: 1, name }).waitFor();
  const engine = () => {
    if (!h.engine) throw new Error('started without the worker');
    return h.engine;
  };

  async function unlock(): Promise<void> {
    await h.page.getByLabel('Adgangssætning').fill(WORKSPACE_PASSPHRASE);
    await h.page.getByRole('button', { name: 'Lås op' }).click();
    await heading('Sager');
  }

  it('creates a vault and a case through the worker and shows them', async () => {
    await createVaultThroughContract(h);
    const created = await callFromPage(h.page, 'cases.create', { receivedDate: '2026-03-02', channel: 'phone' });
    expect(created).toMatchObject({ ok: true, value: { reference: '2026-001' } });
    await h.page.reload();
    await heading('Sager');
    await h.page.getByText('2026-001').first().waitFor();
  });

  it('locks when the idle time forwarded from main passes the limit, and unlocks again', async () => {
    await engine().control({ op: 'idle', seconds: 60 * 60 });
    await heading('Lås boksen op');
    await h.page.getByText('Boksen blev låst, fordi computeren ikke har været brugt et stykke tid.').waitFor();
    await unlock();
    await h.page.getByText('2026-001').first().waitFor();
  });

  it('survives a dead engine: the vault locks with a calm notice, nothing saved is lost', async () => {
    await engine().kill();
    await heading('Lås boksen op');
    await h.page.getByText('Fortrolig stødte på en uventet fejl og har låst boksen for en sikkerheds skyld.', { exact: false }).waitFor();
    await screenshot(h.page, 'engine-stopped-notice');
    expect(await axeViolations(h.page)).toEqual([]);
    await unlock();
    await h.page.getByText('2026-001').first().waitFor();
  });
});
