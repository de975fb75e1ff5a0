import type { AgreementPrintDocument } from '../../../shared/contract/agreements';
import type { Language } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { buildAgreementDocx } from '../documents/agreement/build-agreement-docx';
import { writeFileAtomic } from '../fs/atomic-write';
import { auditCase } from '../records/case-access';
import { agreementDocumentInput, missingAgreementParts } from './agreement-document';
import { agreementPrintDocument } from './agreement-print';
import { requireAgreement } from './agreement-rows';

/*
 * The agreement leaving the vault: as a DOCX, as the print view's PDF, or on paper. Every
 * such file is unencrypted, so it is written only to a path the person chose, in one
 * atomic step (never half a file), and each export and print is audited with the case
 * reference as the only subject.
 */

export interface AgreementFile {
  /** A suggested file name without personal data: the case reference and version. */
  defaultName: string;
  content: Uint8Array;
}

const baseName = (reference: string, version: number, language: Language) =>
  `${language === 'da' ? 'aftale' : 'agreement'}-${reference}-v${version}`;

/**
 * The DOCX of one version. INVALID_INPUT with `details.missing` naming the empty required
 * parts, checked before anything is built or asked for.
 */
export async function buildAgreementFile(db: Database, id: number, language: Language): Promise<AgreementFile> {
  const { agreement, head } = requireAgreement(db, id);
  const input = agreementDocumentInput(db, agreement, head, language);
  const missing = missingAgreementParts(input);
  if (missing.length > 0) throw new AppError('INVALID_INPUT', 'Agreement has empty required parts', { missing });
  return { defaultName: `${baseName(head.reference, agreement.version, language)}.docx`, content: await buildAgreementDocx(input) };
}

/**
 * The print view's content for one version, in the document's language. Not audited on
 * its own: it is shown from the agreement's screen, whose opening is the audited view,
 * and printing or saving it is audited in turn.
 */
export function getAgreementPrintDocument(db: Database, id: number, language: Language): AgreementPrintDocument {
  const { agreement, head } = requireAgreement(db, id);
  return agreementPrintDocument(agreementDocumentInput(db, agreement, head, language));
}

export function pdfFileName(db: Database, id: number, language: Language): string {
  const { agreement, head } = requireAgreement(db, id);
  return `${baseName(head.reference, agreement.version, language)}.pdf`;
}

/**
 * Writes an exported file and audits it. The file is written first, so a failed write
 * (IO_ERROR, DISK_FULL) leaves neither a file nor an audit row claiming an export.
 */
export function writeAgreementExport(db: Database, id: number, file: string, content: Uint8Array, action: 'agreement.export' | 'agreement.export_pdf'): void {
  const { head } = requireAgreement(db, id);
  writeFileAtomic(file, content);
  auditCase(db, action, head);
}

export function auditAgreementPrint(db: Database, id: number): void {
  auditCase(db, 'agreement.print', requireAgreement(db, id).head);
}
