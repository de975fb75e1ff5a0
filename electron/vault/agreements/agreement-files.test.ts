import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx, type DocxReading } from '../../../tests/support/docx-reader/read-docx';
import { renderPdf } from '../../../tests/support/docx-reader/render-pdf';
import { AGREEMENT_TEMPLATES } from '../documents/agreement/templates';
import { listAttachments } from '../records/attachments/attachments';
import { appErrorOf, appErrorOfAsync } from '../records/testing/app-error';
import { auditTrail, lastAuditSeq, useRecordsVault } from '../records/testing/records-vault';
import { useTempDir } from '../test-support/temp-dir';
import { agreementDocumentInput } from './agreement-document';
import { buildAgreementFile, getAgreementPrintDocument, writeAgreementExport } from './agreement-files';
import { requireAgreement } from './agreement-rows';
import { attachSignedCopy, signAgreement } from './agreement-signing';
import { reviseAgreement, transitionAgreement } from './agreement-versions';
import { AFFECTED_NAME, agreementCase, completeDraft, COMPLETE_TEXTS, HEAD_NAME, ORGANISATION, type AgreementCase } from './testing/agreement-case';
import { tinyPdf } from './testing/scan-files';

const { db } = useRecordsVault();
const tempDir = useTempDir();

/** A tiny tmpfs is a real full disk; mounting one needs root on Linux, so elsewhere that test is skipped. */
function mountTinyFileSystem(mountPoint: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const paragraphs = (reading: DocxReading) => reading.paragraphs.map((paragraph) => paragraph.text);
const headings = (reading: DocxReading) => reading.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);

async function exportTo(id: number, name: string): Promise<string> {
  const file = path.join(tempDir(), name);
  const built = await buildAgreementFile(db(), id, 'da');
  writeAgreementExport(db(), id, file, built.content, 'agreement.export');
  return file;
}

/** Version 1 signed with a scanned copy, then changed and signed again as version 2. */
async function signedTwice(target: AgreementCase): Promise<{ first: number; second: number; scanSha: string }> {
  const first = completeDraft(db(), target).id;
  transitionAgreement(db(), { id: first, to: 'ready_to_sign', reason: null });
  signAgreement(db(), { id: first, signedOn: '2026-03-10', signedBy: [AFFECTED_NAME, HEAD_NAME], form: 'written' });
  const second = reviseAgreement(db(), first).id;
  transitionAgreement(db(), { id: second, to: 'ready_to_sign', reason: null });
  signAgreement(db(), { id: second, signedOn: '2026-03-20', signedBy: [AFFECTED_NAME, HEAD_NAME], form: 'written' });
  await attachSignedCopy(db(), { id: second, fileName: 'underskrevet.pdf', content: tinyPdf(), description: null });
  const scanSha = listAttachments(db(), target.caseId)[0]?.sha256 ?? '';
  return { first, second, scanSha };
}

describe('exporting an agreement from the vault as DOCX', () => {
  it('writes every section, the names with æøå, the header and the signature lines, read back by python-docx', async () => {
    const target = agreementCase(db());
    const draft = completeDraft(db(), target);
    transitionAgreement(db(), { id: draft.id, to: 'ready_to_sign', reason: null });
    const seq = lastAuditSeq(db());
    const file = await exportTo(draft.id, 'aftale.docx');
    expect(auditTrail(db(), seq)).toEqual([`agreement.export ${target.reference}`]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const reading = readDocx(file);
    expect(reading.tables[0]?.slice(0, 4)).toEqual([
      ['Organisation', ORGANISATION],
      ['Sagsnummer', target.reference],
      ['Den berørte', AFFECTED_NAME],
      ['Kontaktperson', HEAD_NAME],
    ]);
    expect(headings(reading)).toEqual([
      '1. Hvad du ønsker, der skal ske',
      '2. Hvem må vide hvad',
      '3. Inddragelse af den påklagede',
      '4. Støtte, du tilbydes',
      '5. Næste skridt',
      '6. Din ret til at trække samtykke tilbage og til en bisidder',
      '7. Fortrolighed',
      'Underskrifter',
    ]);
    const body = paragraphs(reading);
    for (const text of [...COMPLETE_TEXTS.wishes.split('\n\n'), COMPLETE_TEXTS.disclosure, COMPLETE_TEXTS.otherPartyInvolvement]) {
      expect(body).toContain(text);
    }
    expect(body).toContain(`Samtaleforløb: ${AGREEMENT_TEMPLATES.da.supportOffers.conversation_series}`);
    expect(reading.tables[1]).toEqual([
      ['Samtykke til', 'Svar', 'Form', 'Dato', 'Omfang'],
      ['Inddrage den påklagede', 'Givet', 'Skriftligt', '4. marts 2026', 'Kun om kommentarerne, ikke om mit navn'],
    ]);
    expect(reading.tables[2]).toEqual([
      ['Dato', 'Næste skridt'],
      ['1. april 2026', 'Samtale med den påklagede'],
      ['Ingen dato', 'Opfølgende samtale med Søren'],
    ]);
    const line = '_'.repeat(34);
    expect(reading.tables[3]).toEqual([
      [`${line}\n${AFFECTED_NAME}\nDen berørte\nDato: ${'_'.repeat(18)}`, `${line}\n${HEAD_NAME}\nKontaktperson\nDato: ${'_'.repeat(18)}`],
    ]);
    expect(reading.sections[0]?.header.text).toBe('Fortroligt');

    const rendered = renderPdf(file);
    expect(rendered.pageCount).toBe(2);
    expect(rendered.pageTexts.at(-1)).toContain('Side 2 af 2');
    expect(rendered.pageTexts.join('\n')).toContain('Søren Æbelø');
  });

  it('exports a signed version with its signature record, the scan’s hash and the version history', async () => {
    const target = agreementCase(db());
    const { second, scanSha } = await signedTwice(target);
    const reading = readDocx(await exportTo(second, 'underskrevet.docx'));
    expect(headings(reading).slice(-3)).toEqual(['Underskrifter', 'Oplysninger om underskrift', 'Versionshistorik']);
    expect(reading.tables.at(-2)).toEqual([
      ['Underskrevet den', '20. marts 2026'],
      ['Underskrevet af', `${AFFECTED_NAME}\n${HEAD_NAME}`],
      ['Form', 'Skriftligt'],
      ['Scannet kopi vedlagt', 'Ja'],
      ['SHA-256 af scannet kopi', scanSha],
    ]);
    expect(reading.tables.at(-1)?.map((row) => row.slice(0, 2))).toEqual([
      ['Version', 'Status'],
      ['1', 'Erstattet af en ny version'],
      ['2', 'Underskrevet'],
    ]);
    expect(reading.tables.at(-1)?.[2]?.[2]).toBe('20. marts 2026');
  });

  it('names the empty required parts and writes nothing', async () => {
    const target = agreementCase(db());
    const draft = completeDraft(db(), target);
    db().prepare('UPDATE agreements SET disclosure = NULL, next_steps = ? WHERE id = ?').run('[]', draft.id);
    db().prepare("DELETE FROM settings WHERE key = 'records.organisationName'").run();
    const seq = lastAuditSeq(db());
    const error = await appErrorOfAsync(() => buildAgreementFile(db(), draft.id, 'da'));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { missing: ['organisationName', 'disclosure', 'nextSteps'] } });
    expect(auditTrail(db(), seq)).toEqual([]);
  });

  it('reports a chosen folder that is gone (e.g. a removed USB stick) and leaves no audit row', async () => {
    const target = agreementCase(db());
    const draft = completeDraft(db(), target);
    const built = await buildAgreementFile(db(), draft.id, 'da');
    const seq = lastAuditSeq(db());
    const gone = path.join(tempDir(), 'usb-stik', 'aftale.docx');
    expect(appErrorOf(() => writeAgreementExport(db(), draft.id, gone, built.content, 'agreement.export')).code).toBe('IO_ERROR');
    expect(fs.readdirSync(tempDir())).toEqual([]);
    expect(auditTrail(db(), seq)).toEqual([]);
  });

  it('leaves nothing half-written when the disk fills up during the write, and keeps an earlier export', async (context) => {
    const mountPoint = path.join(tempDir(), 'fuld-disk');
    fs.mkdirSync(mountPoint);
    if (!mountTinyFileSystem(mountPoint)) {
      console.warn('skipped: mounting a small tmpfs needs root on Linux');
      context.skip();
    }
    try {
      const target = agreementCase(db());
      const draft = completeDraft(db(), target);
      const built = await buildAgreementFile(db(), draft.id, 'da');
      expect(built.content.length).toBeGreaterThan(8 * 1024);
      const file = path.join(mountPoint, 'aftale.docx');
      fs.writeFileSync(file, 'den forrige eksport');
      const seq = lastAuditSeq(db());
      expect(appErrorOf(() => writeAgreementExport(db(), draft.id, file, built.content, 'agreement.export')).code).toBe('DISK_FULL');
      expect(fs.readdirSync(mountPoint)).toEqual(['aftale.docx']);
      expect(fs.readFileSync(file, 'utf8')).toBe('den forrige eksport');
      expect(auditTrail(db(), seq)).toEqual([]);
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });

  it('removes the fully written temporary file when the last step (the rename) fails', async () => {
    const target = agreementCase(db());
    const draft = completeDraft(db(), target);
    const built = await buildAgreementFile(db(), draft.id, 'da');
    // A folder already has the chosen name: the DOCX is written and synced, then cannot replace it.
    const taken = path.join(tempDir(), 'aftale.docx');
    fs.mkdirSync(taken);
    fs.writeFileSync(path.join(taken, 'noget-andet.txt'), 'urørt');
    const seq = lastAuditSeq(db());
    expect(appErrorOf(() => writeAgreementExport(db(), draft.id, taken, built.content, 'agreement.export')).code).toBe('IO_ERROR');
    expect(fs.readdirSync(tempDir())).toEqual(['aftale.docx']);
    expect(fs.readFileSync(path.join(taken, 'noget-andet.txt'), 'utf8')).toBe('urørt');
    expect(auditTrail(db(), seq)).toEqual([]);
  });
});

describe('the print view’s content', () => {
  it('has the DOCX’s headings in the same order, in the chosen language', async () => {
    const target = agreementCase(db());
    const { second } = await signedTwice(target);
    const reading = readDocx(await exportTo(second, 'til-sammenligning.docx'));
    const printed = getAgreementPrintDocument(db(), second, 'da');
    const printedHeadings = printed.blocks.flatMap((block) => (block.kind === 'heading' && block.level === 1 ? [block.text] : []));
    expect(printedHeadings).toEqual(headings(reading));
    expect(printed).toMatchObject({ header: 'Fortroligt', title: 'Skriftlig aftale', pageNumbering: { before: 'Side ', between: ' af ' } });

    const english = getAgreementPrintDocument(db(), second, 'en');
    expect(english.header).toBe('Confidential');
    expect(english.blocks[0]).toMatchObject({ kind: 'table', rows: expect.arrayContaining([['Case reference', target.reference]]) });
  });

  it('says what the vault says: the same document input feeds the DOCX and the print view', () => {
    const target = agreementCase(db());
    const draft = completeDraft(db(), target);
    const { agreement, head } = requireAgreement(db(), draft.id);
    const input = agreementDocumentInput(db(), agreement, head, 'da');
    const printed = getAgreementPrintDocument(db(), draft.id, 'da');
    const paragraphTexts = printed.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(paragraphTexts).toEqual(expect.arrayContaining([input.disclosure, input.otherPartyInvolvement]));
    expect(printed.blocks.at(-1)).toEqual({
      kind: 'signatures',
      dateLabel: 'Dato',
      signers: [
        { name: AFFECTED_NAME, role: 'Den berørte' },
        { name: HEAD_NAME, role: 'Kontaktperson' },
      ],
    });
  });
});
