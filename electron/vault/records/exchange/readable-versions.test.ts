import { describe, expect, it } from 'vitest';
import { signAgreement } from '../../agreements/agreement-signing';
import { getAgreementDetail } from '../../agreements/agreement-views';
import { listAgreements } from '../agreements';
import { appErrorOfAsync } from '../testing/app-error';
import { useRecordsVault } from '../testing/records-vault';
import { exportRecords, serializeExport } from './export';
import type { ExportDocument } from './export-format';
import { importRecords } from './import';
import { richVault } from './testing/rich-vault';

const { db, another } = useRecordsVault();

/** The file format version 1 wrote of the same vault: agreements without status history and signature records. */
function asVersion1(document: ExportDocument): unknown {
  return {
    ...document,
    formatVersion: 1,
    cases: document.cases.map((record) => ({
      ...record,
      consents: record.consents.map(({ consultationScope: _scope, ...consent }) => consent),
      agreements: record.agreements.map(({ statusHistory: _history, signature: _signature, ...agreement }) => agreement),
    })),
  };
}

const withoutTime = ({ exportedAt: _exportedAt, ...rest }: ExportDocument) => rest;

describe('reading an older format version', () => {
  it('imports a version 1 file whole, its agreements without status history or signature records', async () => {
    await richVault(db());
    const current = exportRecords(db(), null);
    const target = another();
    await importRecords(target, JSON.stringify(asVersion1(current)));

    const reexported = exportRecords(target, null);
    const expected = {
      ...current,
      cases: current.cases.map((record) => ({
        ...record,
        consents: record.consents.map((consent) => ({ ...consent, consultationScope: null })),
        agreements: record.agreements.map((agreement) => ({ ...agreement, statusHistory: [], signature: null })),
      })),
    };
    expect(withoutTime(reexported)).toEqual(withoutTime(expected));

    // A signed version that arrived without its record can have it completed, on its own date.
    const signed = listAgreements(target, 2).find((agreement) => agreement.status === 'signed');
    if (signed === undefined) throw new Error('expected a signed version in the second case');
    expect(getAgreementDetail(target, signed.id)).toMatchObject({ signature: null, canSign: true });
    signAgreement(target, { id: signed.id, signedOn: '2026-03-10', signedBy: ['Anden Hansen'], form: 'written' });
    expect(getAgreementDetail(target, signed.id).signature).toMatchObject({ signedOn: '2026-03-10', form: 'written' });
  });

  it('holds each version to its own fields: none of version 2 in version 1, all of them in version 2', async () => {
    await richVault(db());
    const current = JSON.parse(serializeExport(exportRecords(db(), null)));
    const version1 = asVersion1(current) as typeof current;
    version1.cases[1].agreements[1].signature = current.cases[1].agreements[1].signature;
    delete current.cases[1].agreements[1].signature;

    const target = another();
    const old = await appErrorOfAsync(() => importRecords(target, JSON.stringify(version1)));
    expect(old.details).toEqual({ issues: [{ path: 'cases.1.agreements.1', code: 'unrecognized_keys' }] });
    const missing = await appErrorOfAsync(() => importRecords(target, JSON.stringify(current)));
    expect(missing.details).toEqual({ issues: [{ path: 'cases.1.agreements.1.signature', code: 'invalid_type' }] });
    expect(target.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
  });
});
