import { createHash } from 'node:crypto';
import type { InputIssue } from '../input-issues';
import { detectMediaType } from '../attachments/media-type';
import type { ExportDocument, ExportedCase } from './export-format';

/*
 * What the schema cannot see: rules across fields and records of an export file. Each
 * finding names its JSON path, so a person (or IT support) can find it in the file.
 */

type Issues = InputIssue[];

function duplicates<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  return values.flatMap((value, index) => {
    if (seen.has(value)) return [index];
    seen.add(value);
    return [];
  });
}

function checkClosing(record: ExportedCase, at: string, issues: Issues): void {
  const closed = record.status === 'closed';
  if (closed !== (record.closedDate !== null) || closed !== (record.outcome !== null)) {
    issues.push({ path: `${at}.status`, code: 'closed_needs_date_and_outcome' });
  }
  if (record.closedDate !== null && record.closedDate < record.receivedDate) {
    issues.push({ path: `${at}.closedDate`, code: 'closed_date_before_received' });
  }
}

function checkNotes(record: ExportedCase, at: string, issues: Issues): void {
  record.notes.forEach((note, index) => {
    const versions = note.earlierVersions.map((version) => version.version);
    const expected = Array.from({ length: note.version - 1 }, (_, position) => position + 1);
    if (versions.join() !== expected.join()) {
      issues.push({ path: `${at}.notes.${index}.earlierVersions`, code: 'versions_not_one_to_current' });
    }
  });
}

function checkReferences(record: ExportedCase, at: string, issues: Issues): void {
  for (const index of duplicates(record.parties.map((party) => party.id))) {
    issues.push({ path: `${at}.parties.${index}.id`, code: 'duplicate_id' });
  }
  for (const index of duplicates(record.attachments.map((attachment) => attachment.id))) {
    issues.push({ path: `${at}.attachments.${index}.id`, code: 'duplicate_id' });
  }
  for (const index of duplicates(record.agreements.map((agreement) => agreement.version))) {
    issues.push({ path: `${at}.agreements.${index}.version`, code: 'duplicate_version' });
  }
  const partyIds = new Set(record.parties.map((party) => party.id));
  const attachmentIds = new Set(record.attachments.map((attachment) => attachment.id));
  record.agreements.forEach((agreement, index) => {
    if (agreement.affectedPartyId !== null && !partyIds.has(agreement.affectedPartyId)) {
      issues.push({ path: `${at}.agreements.${index}.affectedPartyId`, code: 'unknown_party' });
    }
    if (agreement.signedCopyAttachmentId !== null && !attachmentIds.has(agreement.signedCopyAttachmentId)) {
      issues.push({ path: `${at}.agreements.${index}.signedCopyAttachmentId`, code: 'unknown_attachment' });
    }
  });
}

/**
 * A signature record belongs to a signed version: the app shows it with the version's
 * signing date, so one on a version without that date would be imported yet never shown.
 */
function checkSignatures(record: ExportedCase, at: string, issues: Issues): void {
  record.agreements.forEach((agreement, index) => {
    if (agreement.signature !== null && agreement.signedOn === null) {
      issues.push({ path: `${at}.agreements.${index}.signature`, code: 'signature_without_signed_on' });
    }
  });
}

/** The bytes must be what the record says they are: size, checksum and type by content. */
async function checkAttachments(record: ExportedCase, at: string, issues: Issues): Promise<void> {
  for (const [index, attachment] of record.attachments.entries()) {
    const path = `${at}.attachments.${index}`;
    const content = Buffer.from(attachment.contentBase64, 'base64');
    if (content.length !== attachment.size) issues.push({ path: `${path}.size`, code: 'size_mismatch' });
    if (createHash('sha256').update(content).digest('hex') !== attachment.sha256) {
      issues.push({ path: `${path}.sha256`, code: 'checksum_mismatch' });
    }
    if ((await detectMediaType(content)) !== attachment.mediaType) {
      issues.push({ path: `${path}.mediaType`, code: 'content_is_not_this_type' });
    }
  }
}

export async function exportDocumentIssues(document: ExportDocument): Promise<Issues> {
  const issues: Issues = [];
  if (document.scope === 'case' && (document.cases.length !== 1 || document.settings !== null)) {
    issues.push({ path: 'scope', code: 'case_scope_needs_one_case_without_settings' });
  }
  for (const index of duplicates(document.cases.map((record) => record.reference))) {
    issues.push({ path: `cases.${index}.reference`, code: 'duplicate_reference' });
  }
  for (const [index, record] of document.cases.entries()) {
    const at = `cases.${index}`;
    checkClosing(record, at, issues);
    checkNotes(record, at, issues);
    checkReferences(record, at, issues);
    checkSignatures(record, at, issues);
    await checkAttachments(record, at, issues);
  }
  return issues;
}
