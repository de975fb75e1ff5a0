import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tinyPdf, tinyPng } from '../agreements/testing/scan-files';
import { auditTrail } from '../records/testing/records-vault';
import { useTestRouter } from './testing/test-router';

/*
 * The agreement methods through the real contract and router, as the renderer calls them:
 * files only through the dialogs main opens, printing through the window's printer.
 */

const PDF_BYTES = new TextEncoder().encode('%PDF-1.4 udskrift');
let dialogAnswers: (string | null)[];
let printAnswer: boolean;
let lockDuringDialog: boolean;
const answer = async () => {
  if (lockDuringDialog) session().lock('idle');
  return dialogAnswers.shift() ?? null;
};
const { tempDir, session, value, failure } = useTestRouter({
  dialogs: { chooseFolder: answer, chooseSaveFile: answer, chooseOpenFile: answer },
  printing: { print: async () => printAnswer, toPdf: async () => PDF_BYTES },
});

beforeEach(() => {
  dialogAnswers = [];
  printAnswer = true;
  lockDuringDialog = false;
});

const db = () => session().require().db;

/** A case with a named affected person and complete settings, and a complete draft agreement in it. */
async function completeDraft(): Promise<{ caseId: number; reference: string; id: number }> {
  await value('vaultSettings.update', {
    organisationName: 'Alternativet',
    contactPersons: { secretariat_head: 'Åse Jørgensen', trusted_person: null },
  });
  const created = await value<{ id: number; reference: string }>('cases.create', { receivedDate: '2026-03-02', channel: 'phone' });
  const { party } = await value<{ party: { id: number } }>('parties.add', { caseId: created.id, role: 'affected', name: 'Søren Æbelø' });
  const draft = await value<{ id: number }>('agreements.create', {
    caseId: created.id,
    affectedPartyId: party.id,
    contactPersons: ['secretariat_head'],
    wishes: 'At det stopper.',
    disclosure: 'Kun kontaktpersonen.',
    otherPartyInvolvement: 'Ikke nu.',
    supportOffered: ['conversation_series'],
    nextSteps: [{ description: 'Opfølgende samtale', dueDate: null }],
  });
  return { caseId: created.id, reference: created.reference, id: draft.id };
}

async function signed(): Promise<{ caseId: number; reference: string; id: number }> {
  const draft = await completeDraft();
  await value('agreements.transition', { id: draft.id, to: 'ready_to_sign' });
  await value('agreements.sign', { id: draft.id, signedOn: '2026-03-10', signedBy: ['Søren Æbelø'], form: 'written' });
  return draft;
}

describe('agreements over the contract', () => {
  it('exports a DOCX only where the person chose; a cancelled dialog writes and audits nothing', async () => {
    const { id, reference } = await completeDraft();
    const seqBefore = (db().prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number }).seq;
    expect(await value('agreements.exportDocx', { id })).toBeNull();
    expect(auditTrail(db(), seqBefore)).toEqual([]);

    const file = path.join(tempDir(), 'valgt', 'aftale.docx');
    fs.mkdirSync(path.dirname(file));
    dialogAnswers.push(file);
    expect(await value('agreements.exportDocx', { id, language: 'en' })).toEqual({ file });
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(auditTrail(db(), seqBefore)).toEqual([`agreement.export ${reference}`]);
  });

  it('names the empty parts before any dialog opens', async () => {
    const { id } = await completeDraft();
    await value('agreements.update', { id, wishes: null, supportOffered: [] });
    dialogAnswers.push(path.join(tempDir(), 'må-ikke-skrives.docx'));
    expect(await failure('agreements.exportDocx', { id })).toMatchObject({ code: 'INVALID_INPUT', details: { missing: ['wishes', 'supportOffered'] } });
    expect(dialogAnswers).toHaveLength(1);
    expect(fs.existsSync(path.join(tempDir(), 'må-ikke-skrives.docx'))).toBe(false);
  });

  it('writes nothing when the vault locked itself while the save dialog was open', async () => {
    const { id } = await completeDraft();
    const file = path.join(tempDir(), 'aftale.docx');
    dialogAnswers.push(file);
    lockDuringDialog = true;
    expect(await failure('agreements.exportDocx', { id })).toMatchObject({ code: 'VAULT_LOCKED' });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('prints the print view and saves it as PDF, auditing each; a cancelled print is not audited', async () => {
    const { id, reference } = await completeDraft();
    const seq = (db().prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number }).seq;
    printAnswer = false;
    expect(await value('agreements.print', { id })).toEqual({ printed: false });
    printAnswer = true;
    expect(await value('agreements.print', { id })).toEqual({ printed: true });
    const file = path.join(tempDir(), 'aftale.pdf');
    dialogAnswers.push(file);
    expect(await value('agreements.savePdf', { id })).toEqual({ file });
    expect(new Uint8Array(fs.readFileSync(file))).toEqual(PDF_BYTES);
    expect(auditTrail(db(), seq)).toEqual([`agreement.print ${reference}`, `agreement.export_pdf ${reference}`]);
  });

  it('attaches the scanned copy chosen in the open dialog, and refuses a wrong type with FILE_TYPE_NOT_ALLOWED', async () => {
    const { id } = await signed();
    const notAScan = path.join(tempDir(), 'aftale.pdf');
    fs.writeFileSync(notAScan, 'Dette er bare tekst, ikke en PDF.');
    dialogAnswers.push(notAScan);
    expect(await failure('agreements.attachSignedCopy', { id })).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });

    const png = path.join(tempDir(), 'scanning.png');
    fs.writeFileSync(png, tinyPng());
    dialogAnswers.push(png);
    const attached = await value<{ signedCopyAttachmentId: number }>('agreements.attachSignedCopy', { id, description: 'Underskrevet aftale, version 1' });
    const detail = await value<{ signedCopy: { fileName: string; mediaType: string } }>('agreements.get', { id });
    expect(detail.signedCopy).toMatchObject({ fileName: 'scanning.png', mediaType: 'image/png' });
    expect(attached.signedCopyAttachmentId).toBeGreaterThan(0);
  });

  it('does not open the file dialog for a version that is not signed', async () => {
    const { id } = await completeDraft();
    const pdf = path.join(tempDir(), 'scan.pdf');
    fs.writeFileSync(pdf, tinyPdf());
    dialogAnswers.push(pdf);
    expect(await failure('agreements.attachSignedCopy', { id })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(dialogAnswers).toEqual([pdf]);
  });

  it('keeps the organisation’s own standard texts per language and uses them in the agreement', async () => {
    const { id } = await completeDraft();
    const defaults = await value<{ texts: { da: { rights: string } }; customised: { da: boolean } }>('agreementTemplates.get');
    expect(defaults.customised).toEqual({ da: false, en: false });
    const own = {
      ...defaults.texts.da,
      rights: 'Du kan altid sige stop, og du må altid tage en bisidder med.',
    };
    const updated = await value<{ customised: { da: boolean; en: boolean } }>('agreementTemplates.update', { language: 'da', texts: own });
    expect(updated.customised).toEqual({ da: true, en: false });
    const printed = await value<{ blocks: { kind: string; text?: string }[] }>('agreements.printDocument', { id });
    expect(printed.blocks.map((block) => block.text)).toContain(own.rights);

    const reset = await value<{ texts: { da: { rights: string } }; customised: { da: boolean } }>('agreementTemplates.update', { language: 'da', texts: null });
    expect(reset.customised.da).toBe(false);
    expect(reset.texts.da.rights).toBe(defaults.texts.da.rights);
    expect(await failure('agreementTemplates.update', { language: 'da', texts: { ...own, rights: '  ' } })).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
