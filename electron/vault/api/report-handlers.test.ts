import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportBlockedDetails, ReportDraft, ReportPreview } from '../../../shared/contract/reports';
import { generateDemoRecords } from '../demo/generate';
import { todayIsoDate } from '../records/clock';
import { useTestRouter } from './testing/test-router';

/*
 * The learning document through the real contract and router, as the renderer calls it:
 * the guard's findings cross as REPORT_BLOCKED data, and no save dialog opens while any remain.
 */

let saveDialogs: number;
let dialogAnswer: string | null;
const { tempDir, session, value, failure } = useTestRouter({
  dialogs: {
    chooseSaveFile: async () => {
      saveDialogs += 1;
      return dialogAnswer;
    },
  },
});

beforeEach(() => {
  generateDemoRecords(session().require().db, { cases: 80, seed: 2 });
  saveDialogs = 0;
  dialogAnswer = null;
});

describe('the learning document over the contract', () => {
  it('refuses an inverted period as invalid input', async () => {
    const error = await failure('report.draft.update', { period: { from: '2026-02-01', to: '2026-01-01' } });
    expect(error.code).toBe('INVALID_INPUT');
  });

  it('reports findings as data, opens no save dialog while they remain, and saves once they are gone', async () => {
    const draft = await value<ReportDraft>('report.draft.get');
    expect(draft).toMatchObject({ periodIsDefault: true, period: { to: todayIsoDate() } });
    const { name } = session().require().db.prepare("SELECT name FROM parties WHERE name IS NOT NULL ORDER BY id LIMIT 1").get() as { name: string };
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
    expect(session().require().db.prepare('SELECT count(*) AS n FROM report_exports').get()).toEqual({ n: 0 });

    dialogAnswer = path.join(tempDir(), 'laeringsdokument.docx');
    expect(await value('report.export')).toEqual({ file: dialogAnswer });
    expect(fs.statSync(dialogAnswer).size).toBeGreaterThan(5000);
    expect(session().require().db.prepare('SELECT count(*) AS n FROM report_exports').get()).toEqual({ n: 1 });
  });
});
