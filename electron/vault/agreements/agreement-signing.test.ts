import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/domain/schemas/attachment';
import { listAgreements } from '../records/agreements';
import { listAttachments } from '../records/attachments/attachments';
import { todayIsoDate } from '../records/clock';
import { appErrorOf, appErrorOfAsync } from '../records/testing/app-error';
import { auditTrail, lastAuditSeq, useRecordsVault } from '../records/testing/records-vault';
import { useTempDir } from '../test-support/temp-dir';
import { addDays } from '../../../shared/domain/iso-date';
import { getSignature } from './agreement-rows';
import { readChosenFile } from '../records/attachments/attachments';
import { attachSignedCopy, signAgreement } from './agreement-signing';
import { transitionAgreement } from './agreement-versions';
import { getAgreementDetail } from './agreement-views';
import { agreementCase, completeDraft, type AgreementCase } from './testing/agreement-case';
import { tinyPdf, tinyPng } from './testing/scan-files';

const { db } = useRecordsVault();
const tempDir = useTempDir();

function readyVersion(target: AgreementCase): number {
  const draft = completeDraft(db(), target);
  transitionAgreement(db(), { id: draft.id, to: 'ready_to_sign', reason: null });
  return draft.id;
}

function signedVersion(target: AgreementCase): number {
  const id = readyVersion(target);
  signAgreement(db(), { id, signedOn: '2026-03-10', signedBy: ['Søren Æbelø', 'Åse Jørgensen'], form: 'written' });
  return id;
}

const attach = (id: number, content: Buffer, fileName = 'aftale-underskrevet.pdf') =>
  attachSignedCopy(db(), { id, fileName, content, description: 'Underskrevet aftale, version 1' });

describe('signing', () => {
  it('keeps the date, who signed and how, and audits the signing', () => {
    const target = agreementCase(db());
    const id = readyVersion(target);
    const seq = lastAuditSeq(db());
    const signed = signAgreement(db(), { id, signedOn: '2026-03-10', signedBy: ['Søren Æbelø', 'Åse Jørgensen'], form: 'oral' });
    expect(signed).toMatchObject({ status: 'signed', signedOn: '2026-03-10' });
    expect(getSignature(db(), signed)).toMatchObject({ signedOn: '2026-03-10', signedBy: ['Søren Æbelø', 'Åse Jørgensen'], form: 'oral' });
    expect(auditTrail(db(), seq)).toEqual([`agreement.sign ${target.reference}`]);
  });

  it('refuses a date in the future and a version that is not ready to sign', () => {
    const target = agreementCase(db());
    const draft = completeDraft(db(), target);
    const tomorrow = addDays(todayIsoDate(), 1);
    expect(appErrorOf(() => signAgreement(db(), { id: draft.id, signedOn: '2026-03-10', signedBy: ['Søren Æbelø'], form: 'written' }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reasons: ['transition_not_allowed'] },
    });
    transitionAgreement(db(), { id: draft.id, to: 'ready_to_sign', reason: null });
    expect(appErrorOf(() => signAgreement(db(), { id: draft.id, signedOn: tomorrow, signedBy: ['Søren Æbelø'], form: 'written' })).details).toEqual({
      issues: [{ path: 'signedOn', code: 'date_in_future' }],
    });
  });

  it('completes the signature record of a version signed without one (e.g. imported), keeping its date', () => {
    const target = agreementCase(db());
    const id = readyVersion(target);
    db().prepare("UPDATE agreements SET status = 'signed', signed_on = '2026-03-09' WHERE id = ?").run(id);
    expect(getAgreementDetail(db(), id)).toMatchObject({ canSign: true, missingParts: ['signatureRecord'] });
    expect(appErrorOf(() => signAgreement(db(), { id, signedOn: '2026-03-10', signedBy: ['Søren Æbelø'], form: 'oral' })).details).toEqual({
      issues: [{ path: 'signedOn', code: 'differs_from_signed_on' }],
    });
    signAgreement(db(), { id, signedOn: '2026-03-09', signedBy: ['Søren Æbelø'], form: 'oral' });
    expect(getAgreementDetail(db(), id)).toMatchObject({ canSign: false, missingParts: [], signature: { signedOn: '2026-03-09', form: 'oral' } });
  });
});

describe('the scanned signed copy', () => {
  it('is stored encrypted as a bilag of the case and linked to the signed version (PDF, then a PNG replacing it)', async () => {
    const target = agreementCase(db());
    const id = signedVersion(target);
    const seq = lastAuditSeq(db());
    const withPdf = await attach(id, tinyPdf());
    const [pdf] = listAttachments(db(), target.caseId);
    expect(pdf).toMatchObject({ mediaType: 'application/pdf', fileName: 'aftale-underskrevet.pdf', description: 'Underskrevet aftale, version 1' });
    expect(withPdf.signedCopyAttachmentId).toBe(pdf?.id);
    expect(auditTrail(db(), seq)).toEqual([`attachment.add ${target.reference}`, `agreement.signed_copy ${target.reference}`]);

    const withPng = await attach(id, tinyPng(), 'scan.png');
    const attachments = listAttachments(db(), target.caseId);
    expect(attachments.map((attachment) => attachment.mediaType)).toEqual(['application/pdf', 'image/png']);
    expect(withPng.signedCopyAttachmentId).toBe(attachments[1]?.id);
    expect(getAgreementDetail(db(), id).signedCopy?.fileName).toBe('scan.png');
  });

  it('refuses what is not a PDF, JPEG or PNG by its content, whatever its name', async () => {
    const target = agreementCase(db());
    const id = signedVersion(target);
    const text = await appErrorOfAsync(() => attach(id, Buffer.from('Underskrevet af Søren', 'utf8'), 'aftale.pdf'));
    expect(text.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const executable = await appErrorOfAsync(() => attach(id, Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'aftale.png'));
    expect(executable.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(listAttachments(db(), target.caseId)).toEqual([]);
    expect(listAgreements(db(), target.caseId)[0]?.signedCopyAttachmentId).toBeNull();
  });

  it('refuses a file over the size limit before reading it, and a scan for a version that is not signed', async () => {
    const target = agreementCase(db());
    const big = path.join(tempDir(), 'stor-scanning.pdf');
    fs.writeFileSync(big, tinyPdf());
    fs.truncateSync(big, ATTACHMENT_MAX_BYTES + 1);
    expect(appErrorOf(() => readChosenFile(big))).toMatchObject({ code: 'FILE_TOO_LARGE', details: { maxBytes: ATTACHMENT_MAX_BYTES } });
    expect(appErrorOf(() => readChosenFile(path.join(tempDir(), 'findes-ikke.pdf'))).code).toBe('IO_ERROR');

    const id = readyVersion(target);
    expect((await appErrorOfAsync(() => attach(id, tinyPdf()))).details).toEqual({ issues: [{ path: 'id', code: 'agreement_not_signed' }] });
    expect(listAttachments(db(), target.caseId)).toEqual([]);
  });
});
