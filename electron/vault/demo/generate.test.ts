import { describe, expect, it } from 'vitest';
import { canTransition } from '../../../shared/domain/case-status';
import { checkActionConsent, consentEntryErrors, type ConsentLedgerEntry } from '../../../shared/domain/consents';
import { CASE_STATUSES, DEFAULT_CATEGORY_KEYS } from '../../../shared/domain/vocabulary';
import type { Database } from '../db/database';
import { listOverdueTasks } from '../records/tasks';
import { exportRecords, serializeExport } from '../records/exchange/export';
import type { ExportDocument } from '../records/exchange/export-format';
import { parseExportFile } from '../records/exchange/import';
import { useRecordsVault } from '../records/testing/records-vault';
import { generateDemoRecords } from './generate';

const { db, another } = useRecordsVault();

const TODAY = '2026-06-15';

function demoIn(target: Database, seed: number, cases = 300): ExportDocument {
  generateDemoRecords(target, { cases, seed, today: TODAY });
  return exportRecords(target, null);
}

const withoutTime = ({ exportedAt: _exportedAt, ...rest }: ExportDocument) => rest;

describe('the demo generator', () => {
  it('gives the same vault for the same seed and another for another seed', () => {
    const first = demoIn(db(), 1, 40);
    expect(withoutTime(demoIn(another(), 1, 40))).toEqual(withoutTime(first));
    const other = demoIn(another(), 2, 40);
    expect(other.cases.map((record) => record.summary)).not.toEqual(first.cases.map((record) => record.summary));
  });

  it('covers every category and status, minors, edited notes, withdrawn consents, assessments, overdue tasks and learning points', () => {
    const { cases, learningPoints } = demoIn(db(), 1);
    expect(new Set(cases.map((record) => record.category))).toEqual(new Set(DEFAULT_CATEGORY_KEYS));
    expect(new Set(cases.map((record) => record.status))).toEqual(new Set(CASE_STATUSES));
    expect(cases.some((record) => record.statusHistory.some((change) => change.from === 'closed'))).toBe(true);
    expect(cases.some((record) => record.parties.some((party) => party.under18))).toBe(true);
    expect(cases.some((record) => record.notes.some((note) => note.earlierVersions.length > 0))).toBe(true);
    expect(cases.some((record) => record.consents.some((entry) => entry.decision === 'withdrawn'))).toBe(true);
    expect(cases.some((record) => record.severityAssessments.length > 0)).toBe(true);
    expect(cases.some((record) => record.agreements.length > 0)).toBe(true);
    expect(cases.some((record) => record.learningPoints.length > 0)).toBe(true);
    expect(learningPoints.length).toBeGreaterThan(0);
    expect(listOverdueTasks(db(), TODAY).length).toBeGreaterThan(0);
    const notes = cases.reduce((sum, record) => sum + record.notes.length, 0);
    expect(notes / cases.length).toBeGreaterThan(8);
    expect(notes / cases.length).toBeLessThan(12);
  });

  it('keeps to the shared rules and the export format, so its vault imports like any other', async () => {
    const document = demoIn(db(), 1);
    await expect(parseExportFile(serializeExport(document))).resolves.toBeDefined();
    for (const record of document.cases) {
      for (const change of record.statusHistory) expect(canTransition(change.from, change.to), record.reference).toBe(true);
      expect(record.statusHistory.at(-1)?.to ?? 'received').toBe(record.status);
      const ledger: ConsentLedgerEntry[] = [];
      for (const entry of record.consents) {
        expect(consentEntryErrors(ledger, entry), record.reference).toEqual([]);
        ledger.push(entry);
      }
      for (const action of record.actionsTaken) {
        expect(checkActionConsent(ledger, action, action.overrideReason).permitted, record.reference).toBe(true);
      }
    }
  });

  it('refuses a count it cannot make', () => {
    expect(() => generateDemoRecords(db(), { cases: 0, seed: 1 })).toThrow(/between 1 and/);
  });
});
