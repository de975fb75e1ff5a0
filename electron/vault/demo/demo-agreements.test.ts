import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES } from '../../../shared/domain/vocabulary';
import { buildAgreementFile } from '../agreements/agreement-files';
import { getAgreementDetail } from '../agreements/agreement-views';
import { detectMediaType } from '../records/attachments/media-type';
import { useRecordsVault } from '../records/testing/records-vault';
import { generateDemoRecords } from './generate';

const { db } = useRecordsVault();

interface Row {
  id: number;
  caseId: number;
  version: number;
  status: string;
  signedOn: string | null;
  scan: Buffer | null;
  signed: number;
}

describe('the demo’s written agreements', () => {
  it('come in every status, signed ones with their signature record and a real scanned PDF, revisions superseding', async () => {
    generateDemoRecords(db(), { cases: 300, seed: 3, today: '2026-06-15' });
    const rows = db()
      .prepare(
        `SELECT a.id, a.case_id AS caseId, a.version, a.status, a.signed_on AS signedOn, t.content AS scan,
                EXISTS (SELECT 1 FROM agreement_signatures s WHERE s.agreement_id = a.id) AS signed
         FROM agreements a LEFT JOIN attachments t ON t.id = a.signed_copy_attachment_id ORDER BY a.case_id, a.version`,
      )
      .all() as Row[];
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(AGREEMENT_STATUSES));

    for (const row of rows) {
      expect(row.signed === 1, `${row.caseId} v${row.version}`).toBe(row.signedOn !== null);
      if (row.signedOn !== null) expect(row.signedOn <= '2026-06-15').toBe(true);
    }
    const scans = rows.flatMap((row) => (row.scan === null ? [] : [row.scan]));
    expect(scans.length).toBeGreaterThan(10);
    for (const scan of scans) expect(await detectMediaType(scan)).toBe('application/pdf');

    // A superseded version is always followed by a signed one in its case.
    for (const superseded of rows.filter((row) => row.status === 'superseded')) {
      expect(rows.some((row) => row.caseId === superseded.caseId && row.version > superseded.version && row.status === 'signed')).toBe(true);
    }

    const signedWithScan = rows.find((row) => row.status === 'signed' && row.scan !== null) as Row;
    expect(getAgreementDetail(db(), signedWithScan.id).missingParts).toEqual([]);
    const docx = await buildAgreementFile(db(), signedWithScan.id, 'da');
    expect(docx.content.length).toBeGreaterThan(5000);
  });
});
