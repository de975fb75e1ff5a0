import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JointReportPreview } from '../../../../shared/contract/joint-report';
import type { ReportDocument } from '../../../../shared/contract/reports';
import { DEFAULT_CATEGORIES, categoryLabel } from '../../../../shared/domain/categories';
import { readDocx } from '../../../../tests/support/docx-reader/read-docx';
import type { Database } from '../../db/database';
import { buildLearningDocx } from '../../documents/learning/build-learning-docx';
import { updateLearningPoint } from '../../records/learning-points';
import { updateVaultSettings } from '../../records/vault-settings';
import { appErrorOfAsync } from '../../records/testing/app-error';
import { auditTrail, lastAuditSeq, newCase, useRecordsVault } from '../../records/testing/records-vault';
import { addReportLearningPoint, getReportDraft, updateReportDraft } from '../../report/draft/report-draft';
import { previewReport } from '../../report/report-service';
import { useTempDir } from '../../test-support/temp-dir';
import { addContact, confirmContact } from '../contacts';
import { ensureIdentity } from '../identity';
import {
  answerApprovalRequest,
  loadApproval,
  loadContribution,
  prepareJointExport,
  previewJoint,
  writeApprovalRequest,
  writeContribution,
} from './joint-report-service';
import { casesByCategory, learningPoint, pairVaults, partyNamed } from './testing/paired-vaults';

const { db, another } = useRecordsVault();
const tempDir = useTempDir();

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const TODAY = '2026-12-31';
const OWN_POINT = 'Det hjalp, når kontaktpersonerne blev nævnt ved åbningen af større arrangementer.';
const COLLEAGUE_POINT = 'Flere tog imod et samtaleforløb, når det blev tilbudt tidligt.';

/** A file on disk, as the person carries it from one machine to the other. */
function carry(bytes: Uint8Array, name: string): Uint8Array {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return fs.readFileSync(file);
}

function categoryRows(document: ReportDocument | null): Map<string, string> {
  const title = document?.tables.find((table) => table.rows.some((row) => row.label === categoryLabel(DEFAULT_CATEGORIES, 'sexism', 'da')));
  return new Map(
    (title?.rows ?? []).map((row) => [row.label, row.value.kind === 'count' ? String(row.value.count) : row.value.marker]),
  );
}

const label = (key: string) => categoryLabel(DEFAULT_CATEGORIES, key, 'da');

interface Pair {
  a: Database;
  b: Database;
  bInA: number;
  aInB: number;
}

/** Vault A combines; vault B contributes. Both have a draft for 2026 with one learning point each. */
async function pair(aCounts: Record<string, number>, bCounts: Record<string, number>): Promise<Pair> {
  const a = db();
  const b = another();
  const { bInA, aInB } = await pairVaults(a, b);
  casesByCategory(a, aCounts);
  casesByCategory(b, bCounts);
  updateReportDraft(a, { period: YEAR });
  addReportLearningPoint(a, OWN_POINT, TODAY);
  return { a, b, bInA, aInB };
}

async function contribute({ a, b, aInB }: Pair): Promise<void> {
  const point = learningPoint(b, COLLEAGUE_POINT);
  const contribution = await writeContribution(b, { period: YEAR, contactId: aInB, learningPointIds: [point] });
  await loadContribution(a, carry(contribution.bytes, 'bidrag.age'), YEAR);
}

async function approve({ a, b, bInA }: Pair): Promise<JointReportPreview> {
  const request = await writeApprovalRequest(a, YEAR, bInA);
  const answer = await answerApprovalRequest(b, carry(request.bytes, 'udkast.age'));
  if (answer.outcome !== 'approved') throw new Error(`expected an approval, got ${JSON.stringify(answer.findings)}`);
  await loadApproval(a, carry(answer.bytes, 'godkendelse.age'), YEAR);
  return previewJoint(a, YEAR);
}

describe('one joint learning document from two real vaults', () => {
  it('suppresses the COMBINED small cell, and a cell whose own counts (6 and 5) were not small, to protect it', async () => {
    const vaults = await pair({ sexism: 12, harassment: 6, other: 2 }, { sexism: 9, harassment: 5, other: 1 });
    // Each vault's own report shows its harassment count.
    expect(categoryRows(previewReport(vaults.a, YEAR).document).get(label('harassment'))).toBe('6');
    expect(categoryRows(previewReport(vaults.b, YEAR).document).get(label('harassment'))).toBe('5');
    await contribute(vaults);
    const preview = previewJoint(vaults.a, YEAR);

    const rows = categoryRows(preview.document);
    expect(rows.get(label('sexism'))).toBe('21');
    expect(rows.get(label('other'))).toBe('færre end 5');
    expect(rows.get(label('harassment'))).toBe('skjult');
    expect(preview.document?.tables[0]?.rows[0]?.value).toEqual({ kind: 'count', count: 35 });
    expect(preview.casesPerVault).toEqual({ own: 20, colleagues: [{ contactId: vaults.bInA, cases: 15 }] });
    expect(preview.document?.method.rules[0]).toMatch(/begge kontaktpersoner/);
    expect(preview.document?.learningPoints).toEqual([OWN_POINT, COLLEAGUE_POINT]);
    expect(preview.findings).toEqual([]);
    expect(preview.approvals).toEqual([{ contactId: vaults.bInA, name: 'Birgit Holm', status: 'missing' }]);
    expect(preview.exportable).toBe(false);
  });

  it('shows a combined cell that each vault alone would have hidden (3 + 4 = 7)', async () => {
    const vaults = await pair({ sexism: 8, harassment: 3, other: 9 }, { sexism: 6, harassment: 4, other: 5 });
    expect(categoryRows(previewReport(vaults.a, YEAR).document).get(label('harassment'))).toBe('færre end 5');
    await contribute(vaults);
    const rows = categoryRows(previewJoint(vaults.a, YEAR).document);
    expect(rows.get(label('harassment'))).toBe('7');
    expect(rows.get(label('sexism'))).toBe('14');
  });

  it('exports only after both guards passed on the same hash; the reader finds both vaults’ points and no figure below 5', async () => {
    const vaults = await pair({ sexism: 12, harassment: 6, other: 2 }, { sexism: 9, harassment: 5, other: 1 });
    await contribute(vaults);
    const refused = await appErrorOfAsync(async () => prepareJointExport(vaults.a, YEAR));
    expect(refused.code).toBe('JOINT_APPROVAL_REQUIRED');

    const before = lastAuditSeq(vaults.a);
    const approved = await approve(vaults);
    expect(approved.approvals).toEqual([{ contactId: vaults.bInA, name: 'Birgit Holm', status: 'approved' }]);
    expect(approved.exportable).toBe(true);

    const file = path.join(tempDir(), 'faelles-laeringsdokument.docx');
    const exported = prepareJointExport(vaults.a, YEAR);
    expect(exported.draftHash).toBe(approved.draftHash);
    await exported.write(vaults.a, file);

    const reading = readDocx(file);
    const paragraphs = reading.paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toEqual(expect.arrayContaining([OWN_POINT, COLLEAGUE_POINT]));
    expect(paragraphs.join('\n')).toMatch(/begge kontaktpersoner/);
    const cells = reading.tables.flat(2);
    expect(cells).toContain('færre end 5');
    expect(cells).toContain('21');
    expect(cells).not.toContain('3');
    expect(cells).not.toContain('11');
    expect(auditTrail(vaults.a, before)).toEqual([
      `report.joint.approval_requested contact=${vaults.bInA}`,
      `report.joint.approval_received contact=${vaults.bInA}`,
      'report.joint.export 2026-01-01/2026-12-31',
    ]);
    // The joint report's figures are kept: a later report of the year is differenced against them.
    expect(vaults.a.prepare("SELECT count(*) AS n FROM report_exports WHERE scope = 'joint'").get()).toEqual({ n: 1 });
    // The colleague keeps the approved figures too, for their own later reports.
    expect(vaults.b.prepare("SELECT count(*) AS n FROM report_exports WHERE scope = 'joint'").get()).toEqual({ n: 1 });
  });

  it('scans the finished joint DOCX once more: a name slipped in by the builder deletes the file and keeps nothing', async () => {
    const vaults = await pair({ sexism: 12, harassment: 6, other: 2 }, { sexism: 9, harassment: 5, other: 1 });
    const [aCase] = casesByCategory(vaults.a, { sexism: 1 });
    partyNamed(vaults.a, aCase as number, 'Søren Mølgaard');
    await contribute(vaults);
    await approve(vaults);
    const file = path.join(tempDir(), 'faelles.docx');
    const leaky = prepareJointExport(vaults.a, YEAR, {
      buildDocument: (input) => buildLearningDocx({ ...input, recommendations: [...input.recommendations, 'Tak til Søren Mølgaard.'] }),
    });
    const error = await appErrorOfAsync(() => leaky.write(vaults.a, file));
    expect(error.code).toBe('REPORT_BLOCKED');
    expect(error.details).toMatchObject({ stage: 'written_document' });
    expect(fs.existsSync(file)).toBe(false);
    expect(vaults.a.prepare('SELECT count(*) AS n FROM report_exports').get()).toEqual({ n: 0 });
  });

  it('changing one character of the text invalidates the approval, and an approval of the old draft is refused', async () => {
    const vaults = await pair({ sexism: 12, harassment: 6, other: 2 }, { sexism: 9, harassment: 5, other: 1 });
    await contribute(vaults);
    const request = await writeApprovalRequest(vaults.a, YEAR, vaults.bInA);
    const first = await answerApprovalRequest(vaults.b, request.bytes);
    const second = await answerApprovalRequest(vaults.b, request.bytes);
    if (first.outcome !== 'approved' || second.outcome !== 'approved') throw new Error('expected approvals');
    await loadApproval(vaults.a, first.bytes, YEAR);
    expect(previewJoint(vaults.a, YEAR).exportable).toBe(true);

    const pointId = getReportDraft(vaults.a, TODAY).learningPoints.find((point) => point.text === OWN_POINT)?.id as number;
    updateLearningPoint(vaults.a, { id: pointId, text: OWN_POINT.replace('større', 'store') });
    const changed = previewJoint(vaults.a, YEAR);
    expect(changed.draftHash).not.toBe(request.draftHash);
    expect(changed.approvals[0]?.status).toBe('outdated');
    expect(changed.exportable).toBe(false);
    expect((await appErrorOfAsync(async () => prepareJointExport(vaults.a, YEAR))).code).toBe('JOINT_APPROVAL_REQUIRED');

    const approvals = () => vaults.a.prepare('SELECT count(*) AS n FROM joint_approvals').get();
    const stored = approvals();
    expect((await appErrorOfAsync(() => loadApproval(vaults.a, second.bytes, YEAR))).code).toBe('JOINT_APPROVAL_MISMATCH');
    expect(approvals()).toEqual(stored);
  });

  it("the colleague's guard finds a name only THEIR vault knows; nothing is written and no name crosses", async () => {
    const vaults = await pair({ sexism: 12, harassment: 6, other: 2 }, { sexism: 9, harassment: 5, other: 1 });
    const [bCase] = casesByCategory(vaults.b, { sexism: 1 });
    partyNamed(vaults.b, bCase as number, 'Søren Mølgaard');
    await contribute(vaults);
    addReportLearningPoint(vaults.a, 'Efter Mølgaards kommentarer blev tonen skarpere.', TODAY);

    const ownPreview = previewJoint(vaults.a, YEAR);
    expect(ownPreview.findings).toEqual([]);
    const request = await writeApprovalRequest(vaults.a, YEAR, vaults.bInA);
    const sentBefore = vaults.b.prepare('SELECT count(*) AS n FROM sent_packages').get();
    const answer = await answerApprovalRequest(vaults.b, request.bytes);
    expect(answer.outcome).toBe('findings');
    if (answer.outcome !== 'findings') return;
    expect(answer.findings).toEqual([expect.objectContaining({ kind: 'name', text: 'Mølgaards' })]);
    expect(vaults.b.prepare('SELECT count(*) AS n FROM sent_packages').get()).toEqual(sentBefore);
    // The contribution B sent holds no party name: A's vault never saw "Mølgaard".
    expect(JSON.stringify(vaults.a.prepare('SELECT body FROM joint_contributions').all())).not.toMatch(/Mølgaard/);
  });
});

describe('what a contribution holds', () => {
  it("decrypted by Debian's age tool with the receiver's identity: figures and the chosen points, no case text", async () => {
    const vaults = await pair({ sexism: 12, harassment: 6, other: 2 }, { sexism: 9, harassment: 5, other: 1 });
    const bCase = newCase(vaults.b, { category: 'sexism', summary: 'Episoden ved sommerlejren i Svendborg' });
    partyNamed(vaults.b, bCase.id, 'Søren Mølgaard');
    const point = learningPoint(vaults.b, COLLEAGUE_POINT);
    const file = path.join(tempDir(), 'bidrag.age');
    fs.writeFileSync(file, (await writeContribution(vaults.b, { period: YEAR, contactId: vaults.aInB, learningPointIds: [point] })).bytes);
    const identity = path.join(tempDir(), 'a.key');
    fs.writeFileSync(identity, `${(await ensureIdentity(vaults.a)).secretKey}\n`, { mode: 0o600 });

    const text = execFileSync('age', ['-d', '-i', identity, file], { encoding: 'utf8' });
    const { body, kind } = JSON.parse(text) as { body: Record<string, unknown>; kind: string };
    expect(kind).toBe('report-contribution');
    expect(Object.keys(body).sort()).toEqual(['counts', 'formatVersion', 'learningPoints', 'period', 'published']);
    expect(body.learningPoints).toEqual([COLLEAGUE_POINT]);
    expect(body.counts).toMatchObject({ total: 16, distributions: { category: { sexism: 10, harassment: 5, other: 1, assault: 0 } } });
    expect(text).not.toMatch(/Mølgaard|Svendborg|sommerlejren|2026-03-02/);
  });
});

describe('bad packages change nothing', () => {
  const contributions = (target: Database) => target.prepare('SELECT count(*) AS n FROM joint_contributions').get();

  it('refuses a contribution for another period', async () => {
    const vaults = await pair({ sexism: 12 }, { sexism: 9 });
    const bytes = (await writeContribution(vaults.b, { period: { from: '2025-01-01', to: '2025-12-31' }, contactId: vaults.aInB, learningPointIds: [] })).bytes;
    expect((await appErrorOfAsync(() => loadContribution(vaults.a, bytes, YEAR))).code).toBe('CONTRIBUTION_PERIOD_MISMATCH');
    expect(contributions(vaults.a)).toEqual({ n: 0 });
  });

  it("refuses a contribution that counts cases under a category this vault's settings do not have", async () => {
    const vaults = await pair({ sexism: 12 }, { sexism: 9 });
    updateVaultSettings(vaults.b, {
      categories: [...DEFAULT_CATEGORIES, { key: 'stalking', labelDa: 'Forfølgelse', labelEn: 'Stalking', sensitive: false }],
    });
    casesByCategory(vaults.b, { stalking: 2 });
    const { bytes } = await writeContribution(vaults.b, { period: YEAR, contactId: vaults.aInB, learningPointIds: [] });
    expect((await appErrorOfAsync(() => loadContribution(vaults.a, bytes, YEAR))).code).toBe('CONTRIBUTION_CATEGORIES_MISMATCH');
    expect(contributions(vaults.a)).toEqual({ n: 0 });
  });

  it('refuses a replayed, a tampered and a truncated contribution', async () => {
    const vaults = await pair({ sexism: 12 }, { sexism: 9 });
    const { bytes } = await writeContribution(vaults.b, { period: YEAR, contactId: vaults.aInB, learningPointIds: [] });
    const tampered = Uint8Array.from(bytes);
    tampered[tampered.length - 40] = (tampered[tampered.length - 40] ?? 0) ^ 0x01;
    expect((await appErrorOfAsync(() => loadContribution(vaults.a, tampered, YEAR))).code).toBe('PACKAGE_INVALID');
    expect((await appErrorOfAsync(() => loadContribution(vaults.a, bytes.subarray(0, bytes.length - 100), YEAR))).code).toBe('PACKAGE_INVALID');
    expect(contributions(vaults.a)).toEqual({ n: 0 });
    await loadContribution(vaults.a, bytes, YEAR);
    expect((await appErrorOfAsync(() => loadContribution(vaults.a, bytes, YEAR))).code).toBe('PACKAGE_REPLAYED');
    expect(contributions(vaults.a)).toEqual({ n: 1 });
  });

  it('refuses a contribution meant for another vault, and an approval file offered as a contribution', async () => {
    const vaults = await pair({ sexism: 12 }, { sexism: 9 });
    const { bytes } = await writeContribution(vaults.b, { period: YEAR, contactId: vaults.aInB, learningPointIds: [] });
    // B can open what it sent (it is encrypted to B too), but it is addressed to A.
    expect((await appErrorOfAsync(() => loadContribution(vaults.b, bytes, YEAR))).code).toBe('PACKAGE_NOT_FOR_THIS_VAULT');
    await loadContribution(vaults.a, bytes, YEAR);
    const request = await writeApprovalRequest(vaults.a, YEAR, vaults.bInA);
    const answer = await answerApprovalRequest(vaults.b, request.bytes);
    if (answer.outcome !== 'approved') throw new Error('expected an approval');
    expect((await appErrorOfAsync(() => loadContribution(vaults.a, answer.bytes, YEAR))).code).toBe('PACKAGE_WRONG_KIND');
    expect(contributions(vaults.a)).toEqual({ n: 1 });
    expect(contributions(vaults.b)).toEqual({ n: 0 });
  });

  it('refuses a contribution from a sender whose fingerprint was not confirmed', async () => {
    const a = db();
    const c = another();
    const [idA, idC] = [await ensureIdentity(a), await ensureIdentity(c)];
    addContact(a, { name: 'Ukendt', recipient: idC.recipient, replaceKey: false }, idA.recipient);
    const aInC = addContact(c, { name: 'Anders Krogh', recipient: idA.recipient, replaceKey: false }, idC.recipient);
    confirmContact(c, aInC.id, idA.fingerprint);
    casesByCategory(c, { sexism: 9 });
    const { bytes } = await writeContribution(c, { period: YEAR, contactId: aInC.id, learningPointIds: [] });
    expect((await appErrorOfAsync(() => loadContribution(a, bytes, YEAR))).code).toBe('SENDER_NOT_CONFIRMED');
    expect(contributions(a)).toEqual({ n: 0 });
  });
});
