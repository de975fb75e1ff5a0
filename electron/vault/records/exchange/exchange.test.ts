import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { AGREEMENT_STATUSES } from '../../../../shared/domain/vocabulary';
import { getAgreementDetail } from '../../agreements/agreement-views';
import { listAgreements } from '../agreements';
import { appErrorOfAsync } from '../testing/app-error';
import { auditTrail, lastAuditSeq, useRecordsVault } from '../testing/records-vault';
import { exportRecords, serializeExport } from './export';
import { EXPORT_FORMAT_VERSION, type ExportDocument } from './export-format';
import { EXPORT_JSON_SCHEMA_PATH, exportJsonSchemaText } from './export-json-schema';
import { importRecords, writeImport } from './import';
import { HEAD_NAME, richVault, WITHDRAWAL_REASON } from './testing/rich-vault';

const { db, another } = useRecordsVault();

const withoutTime = ({ exportedAt: _exportedAt, ...rest }: ExportDocument) => rest;

/** Row counts of every record table, to show that a refused import wrote nothing. */
function rowCounts(target: Database): Record<string, number> {
  const tables = [
    'cases', 'parties', 'notes', 'note_versions', 'consents', 'attachments', 'agreements', 'agreement_status_changes',
    'agreement_signatures', 'learning_points', 'settings', 'audit_log',
  ];
  return Object.fromEntries(
    tables.map((table) => [table, (target.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  );
}

describe('export → import', () => {
  it('round-trips every field of the whole vault into a new vault', async () => {
    await richVault(db());
    const exported = exportRecords(db(), null);
    expect(exported.formatVersion).toBe(EXPORT_FORMAT_VERSION);
    expect(exported.cases).toHaveLength(2);
    expect(exported.cases[0]?.notes[0]?.earlierVersions).toHaveLength(1);
    expect(exported.cases[0]?.agreements[0]).toMatchObject({ affectedPartyId: 1, signedCopyAttachmentId: 1 });
    const agreements = exported.cases.flatMap((record) => record.agreements);
    expect(new Set(agreements.map((agreement) => agreement.status))).toEqual(new Set(AGREEMENT_STATUSES));
    expect(exported.cases[0]?.agreements[1]).toMatchObject({
      status: 'withdrawn',
      signedOn: '2026-03-10',
      signature: { signedBy: ['Første Hansen', HEAD_NAME], form: 'oral' },
    });
    expect(exported.cases[0]?.agreements[1]?.statusHistory.map(({ from, to, reason }) => ({ from, to, reason }))).toEqual([
      { from: null, to: 'draft', reason: null },
      { from: 'draft', to: 'ready_to_sign', reason: null },
      { from: 'ready_to_sign', to: 'signed', reason: null },
      { from: 'signed', to: 'withdrawn', reason: WITHDRAWAL_REASON },
    ]);
    // Version 1 was written without a history; being superseded is all it has.
    expect(exported.cases[1]?.agreements[0]).toMatchObject({
      status: 'superseded',
      signature: null,
      statusHistory: [expect.objectContaining({ from: 'signed', to: 'superseded' })],
    });
    expect(exported.cases[1]?.agreements[1]?.signature).toMatchObject({ form: 'written' });

    const target = another();
    const summary = await importRecords(target, serializeExport(exported));
    expect(summary).toEqual({
      cases: 2,
      learningPoints: 1,
      renumbered: [],
      settingsApplied: ['organisationName', 'contactPersons', 'vaultOwner', 'categories', 'retentionYears'],
    });
    expect(withoutTime(exportRecords(target, null))).toEqual(withoutTime(exported));

    // The agreement screens read the imported ledgers under the versions' new ids.
    const withdrawn = listAgreements(target, 1).find((agreement) => agreement.version === 2);
    if (withdrawn === undefined) throw new Error('expected version 2 in the first case');
    const detail = getAgreementDetail(target, withdrawn.id);
    expect(detail.signature).toMatchObject({ signedOn: '2026-03-10', signedBy: ['Første Hansen', HEAD_NAME], form: 'oral' });
    expect(detail.statusChanges.at(-1)).toMatchObject({ to: 'withdrawn', reason: WITHDRAWAL_REASON });
  });

  it('round-trips one case, and audits export and import under the reference', async () => {
    await richVault(db());
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
    await richVault(db());
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
    await richVault(db());
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

  it('checks agreements’ status history and signature records the same way', async () => {
    await richVault(db());
    const document = JSON.parse(serializeExport(exportRecords(db(), null)));
    const [first, second] = document.cases;
    delete first.agreements[0].statusHistory;
    first.agreements[1].statusHistory[3].to = 'archived';
    first.agreements[1].statusHistory[3].reason = '';
    second.agreements[1].signature.form = 'stamped';
    second.agreements[1].signature.signedBy = [];
    second.agreements[1].signature.witness = 'Første Hansen';

    const target = another();
    const before = rowCounts(target);
    const error = await appErrorOfAsync(() => importRecords(target, JSON.stringify(document)));
    expect(error.details?.issues).toEqual(
      expect.arrayContaining([
        { path: 'cases.0.agreements.0.statusHistory', code: 'invalid_type' },
        { path: 'cases.0.agreements.1.statusHistory.3.to', code: 'invalid_value' },
        { path: 'cases.0.agreements.1.statusHistory.3.reason', code: 'too_small' },
        { path: 'cases.1.agreements.1.signature.form', code: 'invalid_value' },
        { path: 'cases.1.agreements.1.signature.signedBy', code: 'too_small' },
        { path: 'cases.1.agreements.1.signature', code: 'unrecognized_keys' },
      ]),
    );
    expect(JSON.stringify(error.details)).not.toContain('Første');
    expect(rowCounts(target)).toEqual(before);

    // A signature record on the draft, which was never signed: the schema holds, the rule does not.
    const crossRecord = JSON.parse(serializeExport(exportRecords(db(), null)));
    crossRecord.cases[0].agreements[2].signature = crossRecord.cases[0].agreements[1].signature;
    const crossError = await appErrorOfAsync(() => importRecords(target, JSON.stringify(crossRecord)));
    expect(crossError.details?.issues).toEqual([{ path: 'cases.0.agreements.2.signature', code: 'signature_without_signed_on' }]);
    expect(rowCounts(target)).toEqual(before);
  });

  it.each([
    ['not JSON', '{"format": ', '(file)', 'invalid_json'],
    ['another kind of file', '{"format": "something-else"}', 'format', 'not_a_fortrolig_export'],
    [
      'a newer format version',
      JSON.stringify({ format: 'fortrolig-export', formatVersion: EXPORT_FORMAT_VERSION + 1 }),
      'formatVersion',
      'unsupported_format_version',
    ],
  ])('refuses %s', async (_label, text, path, code) => {
    const error = await appErrorOfAsync(() => importRecords(db(), text));
    expect(error.details).toEqual({ issues: [{ path, code }] });
  });

  it('is all or nothing even when the database refuses a record halfway', async () => {
    await richVault(db());
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
