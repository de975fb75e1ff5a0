import type { InspectedCase, PackageInspection, ReceiveResult } from '../../../shared/contract/colleagues';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/database';
import { execute, queryAll, queryOne } from '../db/sql';
import { auditCase, inTransaction } from '../records/case-access';
import { writeCase } from '../records/exchange/case-writer';
import type { ExportDocument, ExportedCase } from '../records/exchange/export-format';
import { nowInstant } from '../records/clock';
import { contentsOf } from './consultation-scope';
import { hasReceived, openPackage, packageHash, recordReceived, type OpenedPackage } from './envelope';
import { consultationBodySchema, handoverBodySchema, parseBody, parseDocument, type ConsultationBody, type HandoverBody } from './package-bodies';

/*
 * "Modtag en sag": a package is opened and checked completely (sender, integrity, format,
 * the export import's own checks) before anything is shown, and nothing is written until
 * the person accepts. A package id is imported once; a newer package of a case already
 * here for consultation replaces that copy and keeps the receiver's own notes.
 */

export interface CheckedPackage {
  opened: OpenedPackage;
  sha256: string;
  kind: 'consultation' | 'handover';
  document: ExportDocument;
  consultation: ConsultationBody | null;
  handover: HandoverBody | null;
}

interface ExistingCopy {
  caseId: number;
  reference: string;
  packageCreatedAt: string;
}

const originKey = (opened: OpenedPackage, originCaseId: number) => `${opened.sender.fingerprint.replace(/\s+/g, '')}:${originCaseId}`;

function existingCopy(db: Database, key: string): ExistingCopy | null {
  return (
    queryOne<ExistingCopy>(
      db,
      `SELECT s.case_id AS caseId, c.reference, s.package_created_at AS packageCreatedAt
         FROM shared_cases s JOIN cases c ON c.id = s.case_id
        WHERE s.origin_case_key = ? AND s.purpose = 'consultation'`,
      key,
    ) ?? null
  );
}

/** Opens and checks a package of a case; throws the package's error code and writes nothing. */
export async function checkCasePackage(db: Database, bytes: Uint8Array): Promise<CheckedPackage> {
  const opened = await openPackage(db, bytes, ['consultation', 'handover']);
  if (hasReceived(db, opened.packageId)) throw new AppError('PACKAGE_REPLAYED', 'This package has already been received.');
  const sha256 = packageHash(bytes);
  if (opened.kind === 'consultation') {
    const body = parseBody(consultationBodySchema, opened.body);
    const document = await parseDocument(body.document);
    if (document.cases.length !== 1) throw new AppError('PACKAGE_INVALID', 'A consultation package holds one case.');
    const copy = existingCopy(db, originKey(opened, body.originCaseId));
    if (copy !== null && copy.packageCreatedAt >= opened.createdAt) {
      throw new AppError('PACKAGE_REPLAYED', 'The copy here is as new as this package or newer.', { older: true });
    }
    return { opened, sha256, kind: 'consultation', document, consultation: { ...body, document }, handover: null };
  }
  const body = parseBody(handoverBodySchema, opened.body);
  const document = await parseDocument(body.document);
  if (document.cases.length !== body.originCaseIds.length) throw new AppError('PACKAGE_INVALID', 'The handover lists other cases than it holds.');
  return { opened, sha256, kind: 'handover', document, consultation: null, handover: { ...body, document } };
}

function inspectedCase(record: ExportedCase, namesRemoved: boolean): InspectedCase {
  return {
    reference: record.reference,
    receivedDate: record.receivedDate,
    status: record.status,
    category: record.category,
    contents: contentsOf(record, namesRemoved),
  };
}

export function describePackage(db: Database, checked: CheckedPackage, token: string): PackageInspection {
  const scope = checked.consultation?.scope ?? null;
  const copy = checked.consultation === null ? null : existingCopy(db, originKey(checked.opened, checked.consultation.originCaseId));
  return {
    token,
    packageId: checked.opened.packageId,
    kind: checked.kind,
    createdAt: checked.opened.createdAt,
    sender: checked.opened.sender,
    scope,
    cases: checked.document.cases.map((record) => inspectedCase(record, scope === 'without_names')),
    replacesCopy: copy === null ? null : { caseId: copy.caseId, reference: copy.reference },
  };
}

function caseIdOf(db: Database, reference: string): number {
  return (queryOne<{ id: number }>(db, 'SELECT id FROM cases WHERE reference = ?', reference) as { id: number }).id;
}

function insertSharedCase(
  db: Database,
  caseId: number,
  checked: CheckedPackage,
  values: { purpose: 'consultation' | 'handover'; originCaseId: number; readOnly: boolean },
): void {
  execute(
    db,
    `INSERT INTO shared_cases (case_id, purpose, contact_id, contact_name, origin_case_key, package_id, package_created_at,
                               consultation_scope, read_only, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    caseId,
    values.purpose,
    checked.opened.sender.contactId,
    checked.opened.sender.name,
    originKey(checked.opened, values.originCaseId),
    checked.opened.packageId,
    checked.opened.createdAt,
    checked.consultation?.scope ?? null,
    values.readOnly ? 1 : 0,
    nowInstant(),
  );
}

function acceptConsultation(db: Database, checked: CheckedPackage, body: ConsultationBody): ReceiveResult {
  const copy = existingCopy(db, originKey(checked.opened, body.originCaseId));
  const record = body.document.cases[0] as ExportedCase;
  const caseId = caseIdOf(db, writeCase(db, record, { audit: false }));
  const imported = queryAll<{ id: number }>(db, 'SELECT id FROM notes WHERE case_id = ?', caseId);
  for (const { id } of imported) execute(db, 'INSERT INTO shared_case_imported_notes (note_id) VALUES (?)', id);
  if (copy !== null) {
    // Unlock the old copy, move the receiver's own notes to the new one, and drop the rest.
    execute(db, 'UPDATE shared_cases SET read_only = 0 WHERE case_id = ?', copy.caseId);
    execute(
      db,
      'UPDATE notes SET case_id = ? WHERE case_id = ? AND id NOT IN (SELECT note_id FROM shared_case_imported_notes)',
      caseId,
      copy.caseId,
    );
    execute(db, 'DELETE FROM cases WHERE id = ?', copy.caseId);
  }
  insertSharedCase(db, caseId, checked, { purpose: 'consultation', originCaseId: body.originCaseId, readOnly: true });
  const reference = (queryOne<{ reference: string }>(db, 'SELECT reference FROM cases WHERE id = ?', caseId) as { reference: string }).reference;
  auditCase(db, copy === null ? 'case.received' : 'case.received_update', { reference });
  return { packageId: checked.opened.packageId, kind: 'consultation', cases: [{ caseId, reference }], updated: copy !== null };
}

function acceptHandover(db: Database, checked: CheckedPackage, body: HandoverBody): ReceiveResult {
  const cases = body.document.cases.map((record, index) => {
    const reference = writeCase(db, record, { audit: false });
    const caseId = caseIdOf(db, reference);
    insertSharedCase(db, caseId, checked, { purpose: 'handover', originCaseId: body.originCaseIds[index] as number, readOnly: false });
    auditCase(db, 'case.received_handover', { reference });
    return { caseId, reference };
  });
  return { packageId: checked.opened.packageId, kind: 'handover', cases, updated: false };
}

/** Imports a checked package in one transaction: all of it, or (on any failure) nothing. */
export function acceptPackage(db: Database, checked: CheckedPackage): ReceiveResult {
  return inTransaction(db, () => {
    recordReceived(db, {
      packageId: checked.opened.packageId,
      kind: checked.kind,
      contactId: checked.opened.sender.contactId,
      contactName: checked.opened.sender.name,
      sha256: checked.sha256,
      createdAt: checked.opened.createdAt,
    });
    return checked.consultation !== null
      ? acceptConsultation(db, checked, checked.consultation)
      : acceptHandover(db, checked, checked.handover as HandoverBody);
  });
}

/** Opens, checks and imports in one go (the CLI and tests; the app inspects first). */
export async function receivePackage(db: Database, bytes: Uint8Array): Promise<ReceiveResult> {
  return acceptPackage(db, await checkCasePackage(db, bytes));
}
