import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JointApprovalAnswer, JointContributionSummary, JointReportPreview } from '../../../shared/contract/joint-report';
import {
  answerApprovalRequest,
  loadApproval,
  loadContribution,
  previewJoint,
  writeApprovalRequest,
  writeContribution,
} from '../colleagues/joint-report/joint-report-service';
import { casesByCategory, learningPoint, pairVaults, partyNamed } from '../colleagues/joint-report/testing/paired-vaults';
import { updateLearningPoint } from '../records/learning-points';
import { addReportLearningPoint, getReportDraft, updateReportDraft } from '../report/draft/report-draft';
import { createTestVault } from '../test-support/test-vault';
import type { OpenVault } from '../vault';
import { useTestRouter } from './testing/test-router';

/*
 * The joint learning document through the real contract and router (vault A, the one
 * that combines), with the colleague's vault B driven through the engine as their own
 * app would: every package is a real file chosen in a dialog.
 */

let saveDialogs: number;
let saveAnswer: string | null;
let openAnswer: string | null;
const { tempDir, session, value, failure } = useTestRouter({
  dialogs: {
    chooseSaveFile: async () => {
      saveDialogs += 1;
      return saveAnswer;
    },
    chooseOpenFile: async () => openAnswer,
  },
});

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
let colleague: OpenVault | undefined;
let contacts: { bInA: number; aInB: number };

beforeEach(async () => {
  saveDialogs = 0;
  saveAnswer = null;
  openAnswer = null;
  colleague = (await createTestVault(path.join(tempDir(), 'kollega'))).vault;
  const a = session().require().db;
  contacts = await pairVaults(a, colleague.db);
  casesByCategory(a, { sexism: 12, harassment: 6, other: 2 });
  casesByCategory(colleague.db, { sexism: 9, harassment: 5, other: 1 });
});
afterEach(() => {
  colleague?.close();
  colleague = undefined;
});

const need = (vault: OpenVault | undefined): OpenVault => {
  if (vault === undefined) throw new Error('no colleague vault');
  return vault;
};

function fileWith(bytes: Uint8Array, name: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('the joint learning document over the contract', () => {
  it('loads the contribution, refuses the export until the colleague approved this very draft, then saves it', async () => {
    const b = need(colleague).db;
    await value('report.draft.update', { period: YEAR });
    const point = learningPoint(b, 'Et samtaleforløb blev oftest taget imod, når det blev tilbudt tidligt.');
    const contribution = await writeContribution(b, { period: YEAR, contactId: contacts.aInB, learningPointIds: [point] });

    openAnswer = fileWith(contribution.bytes, 'bidrag.age');
    const summary = await value<JointContributionSummary>('jointReport.contribution.load');
    expect(summary).toMatchObject({ sender: { contactId: contacts.bInA, name: 'Birgit Holm' }, period: YEAR, learningPointCount: 1 });
    expect((await failure('jointReport.contribution.load')).code).toBe('PACKAGE_REPLAYED');

    const preview = await value<JointReportPreview>('jointReport.preview');
    expect(preview.approvals).toEqual([{ contactId: contacts.bInA, name: 'Birgit Holm', status: 'missing' }]);
    expect((await failure('jointReport.export')).code).toBe('JOINT_APPROVAL_REQUIRED');
    expect(saveDialogs).toBe(0);

    saveAnswer = path.join(tempDir(), 'udkast.age');
    const request = await value<{ file: string; draftHash: string }>('jointReport.approvalRequest.write', { contactId: contacts.bInA });
    expect(request).toEqual({ file: saveAnswer, draftHash: preview.draftHash });
    const answer = await answerApprovalRequest(b, fs.readFileSync(request.file));
    if (answer.outcome !== 'approved') throw new Error('expected an approval');

    openAnswer = fileWith(answer.bytes, 'godkendelse.age');
    expect(await value('jointReport.approval.load')).toEqual({
      sender: expect.objectContaining({ contactId: contacts.bInA }),
      draftHash: preview.draftHash,
    });
    expect((await value<JointReportPreview>('jointReport.preview')).exportable).toBe(true);

    saveAnswer = path.join(tempDir(), 'faelles.docx');
    expect(await value('jointReport.export')).toEqual({ file: saveAnswer });
    expect(fs.statSync(saveAnswer).size).toBeGreaterThan(5000);
  });

  it('refuses a contribution for another period than the draft, and a request to a contact who contributed nothing', async () => {
    await value('report.draft.update', { period: YEAR });
    const other = await writeContribution(need(colleague).db, {
      period: { from: '2026-01-01', to: '2026-06-30' },
      contactId: contacts.aInB,
      learningPointIds: [],
    });
    openAnswer = fileWith(other.bytes, 'bidrag-halvaar.age');
    expect((await failure('jointReport.contribution.load')).code).toBe('CONTRIBUTION_PERIOD_MISMATCH');
    expect((await failure('jointReport.approvalRequest.write', { contactId: contacts.bInA })).code).toBe('NOT_FOUND');
    expect(saveDialogs).toBe(0);
    expect((await failure('jointReport.contribution.write', { period: YEAR, contactId: 999, learningPointIds: [] })).code).toBe('NOT_FOUND');
  });

  it("as the colleague: writes the contribution, checks the joint draft with this vault's guard, and approves or lists findings", async () => {
    const a = session().require().db;
    const b = need(colleague).db;
    const [caseInA] = casesByCategory(a, { other: 1 });
    partyNamed(a, caseInA as number, 'Søren Mølgaard');
    saveAnswer = path.join(tempDir(), 'bidrag.age');
    expect(await value('jointReport.contribution.write', { period: YEAR, contactId: contacts.bInA, learningPointIds: [] })).toEqual({
      file: saveAnswer,
      packageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    await loadContribution(b, fs.readFileSync(saveAnswer), YEAR);
    updateReportDraft(b, { period: YEAR });
    addReportLearningPoint(b, 'Efter Mølgaards kommentarer blev tonen skarpere.', '2026-12-31');

    // B's guard does not know the name; A's does, and says where. Nothing is written.
    expect(previewJoint(b, YEAR).findings).toEqual([]);
    openAnswer = fileWith((await writeApprovalRequest(b, YEAR, contacts.aInB)).bytes, 'udkast-1.age');
    saveDialogs = 0;
    const refused = await value<JointApprovalAnswer>('jointReport.approval.answer');
    expect(refused).toMatchObject({ outcome: 'findings', findings: [expect.objectContaining({ kind: 'name', text: 'Mølgaards' })] });
    expect(saveDialogs).toBe(0);

    const pointId = getReportDraft(b, '2026-12-31').learningPoints.find((point) => point.text.startsWith('Efter'))?.id as number;
    updateLearningPoint(b, { id: pointId, text: 'Tonen blev skarpere efter kommentarer på et møde.' });
    openAnswer = fileWith((await writeApprovalRequest(b, YEAR, contacts.aInB)).bytes, 'udkast-2.age');
    saveAnswer = path.join(tempDir(), 'godkendelse.age');
    const approved = await value<JointApprovalAnswer>('jointReport.approval.answer');
    expect(approved).toEqual({ outcome: 'approved', file: saveAnswer, draftHash: previewJoint(b, YEAR).draftHash });
    await loadApproval(b, fs.readFileSync(saveAnswer), YEAR);
    expect(previewJoint(b, YEAR).exportable).toBe(true);
  });
});
