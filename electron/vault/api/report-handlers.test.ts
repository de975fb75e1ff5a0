import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportBlockedDetails, ReportDraft, ReportPreview } from '../../../shared/contract/reports';
import type { Result } from '../../../shared/result';
import { createAppSettingsStore } from '../app-settings/app-settings-store';
import { generateDemoRecords } from '../demo/generate';
import { todayIsoDate } from '../records/clock';
import { useTempDir } from '../test-support/temp-dir';
import { createTestVault, TEST_PASSPHRASE } from '../test-support/test-vault';
import { createAppRouter } from './app-router';
import type { Router } from './router';
import { VaultSession } from './vault-session';

/*
 * The learning document through the real contract and router, as the renderer calls it:
 * the guard's findings cross as REPORT_BLOCKED data, and no save dialog opens while any remain.
 */

const tempDir = useTempDir();
let session: VaultSession;
let router: Router;
let saveDialogs: number;
let dialogAnswer: string | null;

beforeEach(async () => {
  const dir = path.join(tempDir(), 'boks');
  (await createTestVault(dir)).vault.close();
  session = new VaultSession({ emit: () => undefined });
  await session.unlock({ dir, passphrase: TEST_PASSPHRASE });
  generateDemoRecords(session.require().db, { cases: 80, seed: 2 });
  saveDialogs = 0;
  dialogAnswer = null;
  router = createAppRouter({
    appInfo: { name: 'Fortrolig', version: '0.0.0', locale: 'da-DK', platform: 'linux' },
    settings: createAppSettingsStore(path.join(tempDir(), 'settings.json')),
    vault: session,
    dialogs: {
      chooseFolder: async () => null,
      chooseOpenFile: async () => null,
      chooseSaveFile: async () => {
        saveDialogs += 1;
        return dialogAnswer;
      },
    },
    printing: { print: async () => false, toPdf: async () => new Uint8Array() },
    paths: { defaultVaultDir: dir },
  });
});

afterEach(() => session.lock('quit'));

async function value<T>(method: string, input?: unknown): Promise<T> {
  const result = await router.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function failure(method: string, input?: unknown) {
  const result: Result<unknown> = await router.call(method, input);
  if (result.ok) throw new Error(`${method} succeeded`);
  return result.error;
}

describe('the learning document over the contract', () => {
  it('refuses an inverted period as invalid input', async () => {
    const error = await failure('report.draft.update', { period: { from: '2026-02-01', to: '2026-01-01' } });
    expect(error.code).toBe('INVALID_INPUT');
  });

  it('reports findings as data, opens no save dialog while they remain, and saves once they are gone', async () => {
    const draft = await value<ReportDraft>('report.draft.get');
    expect(draft).toMatchObject({ periodIsDefault: true, period: { to: todayIsoDate() } });
    const { name } = session.require().db.prepare("SELECT name FROM parties WHERE name IS NOT NULL ORDER BY id LIMIT 1").get() as { name: string };
    const added = await value<ReportDraft>('report.learningPoints.add', { text: `Vi lærte meget af ${name}.` });
    const point = added.learningPoints.find((candidate) => candidate.included);
    expect(point?.text).toBe(`Vi lærte meget af ${name}.`);

    const preview = await value<ReportPreview>('report.preview');
    expect(preview.findings).toEqual([
      { textId: `learning-point:${point?.id}`, start: 18, end: 18 + name.length, kind: 'name', text: name },
    ]);
    const blocked = await failure('report.export');
    expect(blocked.code).toBe('REPORT_BLOCKED');
    expect(blocked.details as ReportBlockedDetails).toEqual({ stage: 'texts', findings: preview.findings });
    expect(saveDialogs).toBe(0);

    await value('learningPoints.update', { id: point?.id, text: 'Vi lærte, at tidlig kontakt hjælper.' });
    expect((await value<ReportPreview>('report.preview')).findings).toEqual([]);
    expect(await value('report.export')).toBeNull();
    expect(saveDialogs).toBe(1);
    expect(session.require().db.prepare('SELECT count(*) AS n FROM report_exports').get()).toEqual({ n: 0 });

    dialogAnswer = path.join(tempDir(), 'laeringsdokument.docx');
    expect(await value('report.export')).toEqual({ file: dialogAnswer });
    expect(fs.statSync(dialogAnswer).size).toBeGreaterThan(5000);
    expect(session.require().db.prepare('SELECT count(*) AS n FROM report_exports').get()).toEqual({ n: 1 });
  });
});
