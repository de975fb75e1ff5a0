import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createLearningPoint } from '../learning-points';
import { appErrorOfAsync } from '../testing/app-error';
import { auditTrail, lastAuditSeq, useRecordsVault } from '../testing/records-vault';
import { caseFullOf } from '../testing/rich-case';
import { updateVaultSettings } from '../vault-settings';
import { exportRecords, serializeExport } from './export';
import type { ExportDocument } from './export-format';
import { EXPORT_JSON_SCHEMA_PATH, exportJsonSchemaText } from './export-json-schema';
import { importRecords, writeImport } from './import';

const { db, another } = useRecordsVault();

const withoutTime = ({ exportedAt: _exportedAt, ...rest }: ExportDocument) => rest;

/** Row counts of every record table, to show that a refused import wrote nothing. */
function rowCounts(target: Database): Record<string, number> {
  const tables = ['cases', 'parties', 'notes', 'note_versions', 'consents', 'attachments', 'agreements', 'learning_points', 'settings', 'audit_log'];
  return Object.fromEntries(
    tables.map((table) => [table, (target.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  );
}

async function richVault(): Promise<void> {
  updateVaultSettings(db(), {
    organisationName: 'Foreningen Åbent Fællesskab',
    contactPersons: { secretariat_head: 'Birgitte Ø. Lund', trusted_person: null },
    vaultOwner: 'secretariat_head',
    retentionYears: 7,
  });
  await caseFullOf(db(), 'Første');
  await caseFullOf(db(), 'Anden');
  createLearningPoint(db(), { caseId: null, reportYear: 2026, text: 'Et læringspunkt for hele året.' });
}

describe('export → import', () => {
  it('round-trips every field of the whole vault into a new vault', async () => {
    await richVault();
    const exported = exportRecords(db(), null);
    expect(exported.cases).toHaveLength(2);
    expect(exported.cases[0]?.notes[0]?.earlierVersions).toHaveLength(1);
    expect(exported.cases[0]?.agreements[0]).toMatchObject({ affectedPartyId: 1, signedCopyAttachmentId: 1 });

    const target = another();
    const summary = await importRecords(target, serializeExport(exported));
    expect(summary).toEqual({
      cases: 2,
      learningPoints: 1,
      renumbered: [],
      settingsApplied: ['organisationName', 'contactPersons', 'vaultOwner', 'categories', 'retentionYears'],
    });
    expect(withoutTime(exportRecords(target, null))).toEqual(withoutTime(exported));
  });

  it('round-trips one case, and audits export and import under the reference', async () => {
    await richVault();
    const before = lastAuditSeq(db());
    const exported = exportRecords(db(), 2);
    expect(exported).toMatchObject({ scope: 'case', settings: null, learningPoints: [] });
    expect(auditTrail(db(), before)).toEqual(['case.export 2026-002']);

    const target = another();
    const targetBefore = lastAuditSeq(target);
    await importRecords(target, serializeExport(exported));
    expect(auditTrail(target, targetBefore)).toEqual(['case.import 2026-002', 'vault.import cases=1']);
    expect(withoutTime(exportRecords(target, 1))).toEqual(withoutTime(exported));
  });

  it('gives an imported case the next free reference when its own was already given out here', async () => {
    await richVault();
    const summary = await importRecords(db(), serializeExport(exportRecords(db(), 1)));
    expect(summary.renumbered).toEqual([{ from: '2026-001', to: '2026-003' }]);
    expect(summary.settingsApplied).toEqual([]);
  });

  it('keeps the published JSON Schema in step with the format the import checks', () => {
    expect(fs.readFileSync(EXPORT_JSON_SCHEMA_PATH, 'utf8')).toBe(exportJsonSchemaText());
  });
});

describe('a malformed import', () => {
  it('writes nothing and lists every problem by its JSON path', async () => {
    await richVault();
    const document = JSON.parse(serializeExport(exportRecords(db(), null)));
    const first = document.cases[0];
    first.receivedDate = '2026-02-30';
    first.parties[0].role = 'bystander';
    delete first.notes[0].body;
    document.cases[1].consents[0].decidedOn = null;

    const target = another();
    const before = rowCounts(target);
    const error = await appErrorOfAsync(() => importRecords(target, JSON.stringify(document)));
    expect(error.code).toBe('INVALID_INPUT');
    const paths = (error.details?.issues as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['cases.0.receivedDate', 'cases.0.parties.0.role', 'cases.0.notes.0.body', 'cases.1.consents.0.decidedOn']),
    );
    expect(JSON.stringify(error.details)).not.toContain('Første');
    expect(rowCounts(target)).toEqual(before);

    // Rules across records are checked once the schema holds, again before anything is written.
    const crossRecord = JSON.parse(serializeExport(exportRecords(db(), null)));
    crossRecord.cases[0].attachments[0].sha256 = '0'.repeat(64);
    crossRecord.cases[0].agreements[0].affectedPartyId = 99;
    crossRecord.cases[1].status = 'closed';
    const crossError = await appErrorOfAsync(() => importRecords(target, JSON.stringify(crossRecord)));
    expect(crossError.details?.issues).toEqual([
      { path: 'cases.0.agreements.0.affectedPartyId', code: 'unknown_party' },
      { path: 'cases.0.attachments.0.sha256', code: 'checksum_mismatch' },
      { path: 'cases.1.status', code: 'closed_needs_date_and_outcome' },
    ]);
    expect(rowCounts(target)).toEqual(before);
  });

  it.each([
    ['not JSON', '{"format": ', '(file)', 'invalid_json'],
    ['another kind of file', '{"format": "something-else"}', 'format', 'not_a_fortrolig_export'],
    ['a newer format version', '{"format": "fortrolig-export", "formatVersion": 2}', 'formatVersion', 'unsupported_format_version'],
  ])('refuses %s', async (_label, text, path, code) => {
    const error = await appErrorOfAsync(() => importRecords(db(), text));
    expect(error.details).toEqual({ issues: [{ path, code }] });
  });

  it('is all or nothing even when the database refuses a record halfway', async () => {
    await richVault();
    const document = exportRecords(db(), null);
    const second = document.cases[1];
    if (second === undefined) throw new Error('expected two cases');
    // Two agreement versions with one number pass no check here, but break UNIQUE on insert.
    second.agreements.push({ ...(second.agreements[0] as ExportDocument['cases'][number]['agreements'][number]) });
    const target = another();
    const before = rowCounts(target);
    expect(() => writeImport(target, document)).toThrow(/UNIQUE/);
    expect(rowCounts(target)).toEqual(before);
  });
});
