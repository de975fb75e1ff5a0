import fs from 'node:fs';
import { z } from 'zod';
import type {
  JointApprovalAnswer,
  JointApprovalLoaded,
  JointContributionSummary,
  JointReportPreview,
} from '../../../../shared/contract/joint-report';
import type { ReportBlockedDetails } from '../../../../shared/contract/reports';
import { AppError } from '../../../../shared/errors';
import { appendAudit } from '../../audit/audit-log';
import type { Database } from '../../db/database';
import { queryAll } from '../../db/sql';
import { formatPeriod } from '../../documents/common/format';
import { buildLearningDocx } from '../../documents/learning/build-learning-docx';
import type { LearningDocumentInput } from '../../documents/learning/learning-input';
import { writeFileAtomic } from '../../fs/atomic-write';
import { inTransaction } from '../../records/case-access';
import { getVaultSettings } from '../../records/vault-settings';
import { scanWrittenDocx } from '../../report/export/scan-written-docx';
import type { Guard } from '../../report/guard/guard-texts';
import { parseOrThrow } from '../../report/parse-or-throw';
import { parsePreviousReport, parseReportPeriod } from '../../report/report-input';
import type { ReportPeriod, StoredAggregates } from '../../report/report-types';
import { readReportCaseFacts } from '../../report/source/read-case-facts';
import { publishedReportsOverlapping, storeExportedAggregates } from '../../report/stored/stored-reports';
import { requireConfirmedContact } from '../contacts';
import { hasReceived, openPackage, packageHash, recordReceived, recordSent, sealPackage } from '../envelope';
import { assertCombinable } from './compute-joint-aggregates';
import { CONTRIBUTION_FORMAT_VERSION, parseContributionBody, type ContributionBody } from './contribution-body';
import { countCases } from './count-cases';
import {
  buildJointDraft,
  casesPerVault,
  draftHashOf,
  findingsOf,
  jointDocumentTexts,
  vaultGuard,
  type JointDraft,
} from './joint-draft';
import { approvalByPackage, approvalStatus, contributionByPackage, insertApproval, insertContribution } from './joint-store';

/*
 * The joint learning document between two vaults (DESIGN.md §9), one `.age` file per step:
 *
 *   colleague: writeContribution ──► this vault: loadContribution, previewJoint
 *   this vault: writeApprovalRequest ──► colleague: answerApprovalRequest (their own guard)
 *   colleague's approval ──► this vault: loadApproval, prepareJointExport
 *
 * The export needs both guards to have passed on the same hash of the exact text and
 * figures; anything that changes the draft (a word, a case) changes the hash.
 */

const samePeriod = (a: ReportPeriod, b: ReportPeriod): boolean => a.from === b.from && a.to === b.to;

function learningPointTexts(db: Database, ids: readonly number[]): string[] {
  if (ids.length === 0) return [];
  const rows = queryAll<{ id: number; text: string }>(
    db,
    `SELECT id, text FROM learning_points WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ...ids,
  );
  const byId = new Map(rows.map((row) => [row.id, row.text]));
  return ids.map((id) => {
    const text = byId.get(id);
    if (text === undefined) throw new AppError('NOT_FOUND', 'A chosen learning point does not exist', { learningPointId: id });
    return text;
  });
}

/**
 * This vault's contribution for `period`, sealed to a confirmed contact: unsuppressed
 * counts, the figures of its own published reports overlapping the period, and the
 * chosen learning points. Recorded as sent; nothing else changes.
 */
export async function writeContribution(
  db: Database,
  input: { period: ReportPeriod; contactId: number; learningPointIds: readonly number[] },
): Promise<{ bytes: Uint8Array; packageId: string }> {
  const period = parseReportPeriod(input.period);
  const contact = requireConfirmedContact(db, input.contactId);
  const settings = getVaultSettings(db);
  const body: ContributionBody = {
    formatVersion: CONTRIBUTION_FORMAT_VERSION,
    period,
    counts: countCases(readReportCaseFacts(db, period), period, settings.categories),
    published: publishedReportsOverlapping(db, period),
    learningPoints: learningPointTexts(db, input.learningPointIds),
  };
  const sealed = await sealPackage(db, { contactId: contact.id, kind: 'report-contribution', body });
  inTransaction(db, () => {
    recordSent(db, {
      packageId: sealed.packageId,
      kind: 'report-contribution',
      contactId: contact.id,
      contactName: contact.name,
      sha256: packageHash(sealed.bytes),
      caseIds: [],
    });
    appendAudit(db, { action: 'report.joint.contribution_sent', subject: `contact=${contact.id}:${period.from}/${period.to}` });
  });
  return sealed;
}

export interface LoadOptions {
  /** The CLI passes the same files on every run: an already loaded package is then taken as it is. */
  acceptAlreadyLoaded?: boolean;
}

/**
 * Opens a colleague's contribution and keeps it for the joint report of `period`.
 * Refused with nothing stored: another period (CONTRIBUTION_PERIOD_MISMATCH), an unknown
 * or unconfirmed sender, a package for another vault, changed or truncated, of another
 * kind or newer format (the envelope's codes), loaded before (PACKAGE_REPLAYED).
 */
export async function loadContribution(
  db: Database,
  bytes: Uint8Array,
  period: ReportPeriod,
  options: LoadOptions = {},
): Promise<JointContributionSummary> {
  const expected = parseReportPeriod(period);
  const opened = await openPackage(db, bytes, ['report-contribution']);
  const body = parseContributionBody(opened.body);
  if (!samePeriod(body.period, expected)) {
    throw new AppError('CONTRIBUTION_PERIOD_MISMATCH', 'The contribution covers another period than the report', {
      contribution: body.period,
      report: expected,
    });
  }
  assertCombinable(body.counts, getVaultSettings(db).categories);
  const existing = contributionByPackage(db, opened.packageId);
  if (existing !== null && options.acceptAlreadyLoaded === true) return existing.summary;
  return inTransaction(db, () => {
    recordReceived(db, {
      packageId: opened.packageId,
      kind: 'report-contribution',
      contactId: opened.sender.contactId,
      contactName: opened.sender.name,
      sha256: packageHash(bytes),
      createdAt: opened.createdAt,
    });
    insertContribution(db, { packageId: opened.packageId, sender: opened.sender, createdAt: opened.createdAt, body });
    appendAudit(db, { action: 'report.joint.contribution_received', subject: `contact=${opened.sender.contactId}:${body.period.from}/${body.period.to}` });
    return {
      packageId: opened.packageId,
      sender: opened.sender,
      period: body.period,
      createdAt: opened.createdAt,
      learningPointCount: body.learningPoints.length,
    };
  });
}

function previewOf(db: Database, draft: JointDraft, guard: Guard): JointReportPreview {
  const findings = findingsOf(guard, draft.texts);
  const approvals = draft.contributions.map(({ summary }) => ({
    contactId: summary.sender.contactId,
    name: summary.sender.name,
    status: approvalStatus(db, summary.sender.contactId, draft.draftHash),
  }));
  return {
    period: draft.period,
    document: draft.document,
    periodProblem: draft.periodProblem,
    contributions: draft.contributions.map(({ summary }) => summary),
    casesPerVault: casesPerVault(draft),
    findings,
    draftHash: draft.draftHash,
    approvals,
    exportable:
      draft.document !== null && findings.length === 0 && approvals.length > 0 && approvals.every((approval) => approval.status === 'approved'),
  };
}

/** The joint document for `period` as it would be written, with this vault's findings and the colleagues' approvals. */
export function previewJoint(db: Database, period: ReportPeriod): JointReportPreview {
  const draft = buildJointDraft(db, period);
  return previewOf(db, draft, vaultGuard(db, draft.period, 'preview'));
}

function blocked(message: string, details: ReportBlockedDetails): AppError {
  return new AppError('REPORT_BLOCKED', message, details);
}

/** The draft, refused unless it has a document and this vault's guard finds nothing in it. */
function checkedDraft(db: Database, period: ReportPeriod): { draft: JointDraft; preview: JointReportPreview; guard: Guard } {
  const draft = buildJointDraft(db, period);
  if (draft.contributions.length === 0) throw new AppError('NOT_FOUND', 'No contribution from a colleague is loaded for this period');
  if (draft.document === null) {
    throw blocked('The period overlaps an exported report too closely', { stage: 'period', problem: draft.periodProblem ?? 'overlaps_previous_report' });
  }
  const guard = vaultGuard(db, draft.period);
  const preview = previewOf(db, draft, guard);
  if (preview.findings.length > 0) {
    throw blocked('The report texts contain something that may identify a person', { stage: 'texts', findings: preview.findings });
  }
  return { draft, preview, guard };
}

const approvalRequestSchema = z.strictObject({
  formatVersion: z.literal(1),
  draftHash: z.string().regex(/^[0-9a-f]{64}$/u),
  document: z.unknown(),
  stored: z.unknown(),
});

/**
 * The joint draft (all text and figures, with its hash) for the contributing colleague's
 * guard, checked before anyone is asked where to save it: REPORT_BLOCKED while this
 * vault's own guard finds anything, NOT_FOUND when that contact contributed nothing.
 * `seal` encrypts it to the colleague and records it as sent.
 */
export function prepareApprovalRequest(
  db: Database,
  period: ReportPeriod,
  contactId: number,
): { draftHash: string; seal(target: Database): Promise<{ bytes: Uint8Array; packageId: string; draftHash: string }> } {
  const { draft } = checkedDraft(db, period);
  if (!draft.contributions.some(({ summary }) => summary.sender.contactId === contactId)) {
    throw new AppError('NOT_FOUND', 'That contact has not contributed to this joint report', { contactId });
  }
  const contact = requireConfirmedContact(db, contactId);
  const draftHash = draft.draftHash as string;
  const body = { formatVersion: 1, draftHash, document: draft.document, stored: draft.aggregates?.stored };
  return {
    draftHash,
    async seal(target) {
      const sealed = await sealPackage(target, { contactId, kind: 'report-approval-request', body });
      inTransaction(target, () => {
        recordSent(target, {
          packageId: sealed.packageId,
          kind: 'report-approval-request',
          contactId,
          contactName: contact.name,
          sha256: packageHash(sealed.bytes),
          caseIds: [],
        });
        appendAudit(target, { action: 'report.joint.approval_requested', subject: `contact=${contactId}` });
      });
      return { ...sealed, draftHash };
    },
  };
}

export async function writeApprovalRequest(
  db: Database,
  period: ReportPeriod,
  contactId: number,
): Promise<{ bytes: Uint8Array; packageId: string; draftHash: string }> {
  return prepareApprovalRequest(db, period, contactId).seal(db);
}

const learningDocumentSchema = z.strictObject({
  language: z.enum(['da', 'en']),
  organisationName: z.string().min(1).max(500),
  period: z.strictObject({ from: z.iso.date(), to: z.iso.date() }),
  method: z.strictObject({ suppressionThreshold: z.int().min(5), rules: z.array(z.string().max(2_000)).max(50) }),
  tables: z
    .array(
      z.strictObject({
        title: z.string().max(500),
        rows: z
          .array(
            z.strictObject({
              label: z.string().max(500),
              value: z.union([
                z.strictObject({ kind: z.literal('count'), count: z.int().nonnegative() }),
                z.strictObject({ kind: z.literal('suppressed'), marker: z.string().max(200) }),
              ]),
            }),
          )
          .max(100),
      }),
    )
    .max(50),
  bandedTotal: z.string().max(200).optional(),
  learningPoints: z.array(z.string().max(10_000)).max(1_000),
  recommendations: z.array(z.string().max(10_000)).max(1_000),
});

type ApprovalFindings = Extract<JointApprovalAnswer, { outcome: 'findings' }>['findings'];

export type PreparedApprovalAnswer =
  | {
      outcome: 'approved';
      draftHash: string;
      /** Seals the approval to the colleague, records it as sent and keeps the approved figures. */
      seal(target: Database): Promise<{ bytes: Uint8Array; packageId: string }>;
    }
  | { outcome: 'findings'; draftHash: string; findings: ApprovalFindings };

/**
 * The colleague's side: opens an approval request and runs THIS vault's guard (its own
 * identifiers; no name crosses) over every text of the joint draft. Either the findings
 * (nothing written, the refusal audited) or an approval to seal, bound to the draft's
 * hash. Sealing keeps the approved draft's figures like an exported report's, so this
 * vault's later reports are differenced against them.
 */
export async function prepareApprovalAnswer(db: Database, bytes: Uint8Array): Promise<PreparedApprovalAnswer> {
  const opened = await openPackage(db, bytes, ['report-approval-request']);
  const body = parseOrThrow(approvalRequestSchema, opened.body, 'The approval request does not have the expected shape');
  const document = parseOrThrow(learningDocumentSchema, body.document, 'The joint draft does not have the expected shape');
  const stored: StoredAggregates = parsePreviousReport(body.stored as StoredAggregates);
  const period = parseReportPeriod(document.period);
  if (draftHashOf(document, stored) !== body.draftHash || !samePeriod(stored.period, period)) {
    throw new AppError('PACKAGE_INVALID', 'The joint draft does not match its hash');
  }
  const { sender } = opened;
  const findings = findingsOf(vaultGuard(db, period), jointDocumentTexts(document));
  if (findings.length > 0) {
    appendAudit(db, { action: 'report.joint.approval_refused', subject: `contact=${sender.contactId}` });
    return { outcome: 'findings', draftHash: body.draftHash, findings };
  }
  return {
    outcome: 'approved',
    draftHash: body.draftHash,
    async seal(target) {
      const sealed = await sealPackage(target, {
        contactId: sender.contactId,
        kind: 'report-approval',
        body: { formatVersion: 1, draftHash: body.draftHash, period },
      });
      inTransaction(target, () => {
        recordSent(target, {
          packageId: sealed.packageId,
          kind: 'report-approval',
          contactId: sender.contactId,
          contactName: sender.name,
          sha256: packageHash(sealed.bytes),
          caseIds: [],
        });
        storeExportedAggregates(target, stored, 'joint');
        appendAudit(target, { action: 'report.joint.approved', subject: `contact=${sender.contactId}:${period.from}/${period.to}` });
      });
      return sealed;
    },
  };
}

/** `prepareApprovalAnswer`, sealed at once when approved (the CLI and tests). */
export async function answerApprovalRequest(
  db: Database,
  bytes: Uint8Array,
): Promise<
  | { outcome: 'approved'; draftHash: string; bytes: Uint8Array; packageId: string }
  | { outcome: 'findings'; draftHash: string; findings: ApprovalFindings }
> {
  const answer = await prepareApprovalAnswer(db, bytes);
  if (answer.outcome === 'findings') return answer;
  return { outcome: 'approved', draftHash: answer.draftHash, ...(await answer.seal(db)) };
}

const approvalSchema = z.strictObject({
  formatVersion: z.literal(1),
  draftHash: z.string().regex(/^[0-9a-f]{64}$/u),
  period: z.strictObject({ from: z.iso.date(), to: z.iso.date() }),
});

/**
 * Opens a colleague's approval and keeps it. Refused with nothing stored when it approves
 * another draft than the one this vault would write now (JOINT_APPROVAL_MISMATCH: a text
 * or a figure changed since the request), when its sender did not contribute, or on the
 * envelope's grounds (including PACKAGE_REPLAYED).
 */
export async function loadApproval(db: Database, bytes: Uint8Array, period: ReportPeriod, options: LoadOptions = {}): Promise<JointApprovalLoaded> {
  const opened = await openPackage(db, bytes, ['report-approval']);
  const body = parseOrThrow(approvalSchema, opened.body, 'The approval does not have the expected shape');
  const existing = approvalByPackage(db, opened.packageId);
  if (existing !== null && options.acceptAlreadyLoaded === true && existing.draftHash === body.draftHash) {
    return { sender: opened.sender, draftHash: body.draftHash };
  }
  const draft = buildJointDraft(db, period);
  if (!draft.contributions.some(({ summary }) => summary.sender.contactId === opened.sender.contactId)) {
    throw new AppError('JOINT_APPROVAL_MISMATCH', 'The approval comes from a contact who has not contributed to this joint report');
  }
  if (draft.draftHash === null || draft.draftHash !== body.draftHash) {
    throw new AppError('JOINT_APPROVAL_MISMATCH', 'The approval is for another version of the joint draft');
  }
  if (hasReceived(db, opened.packageId)) throw new AppError('PACKAGE_REPLAYED', 'This package has already been received.');
  inTransaction(db, () => {
    recordReceived(db, {
      packageId: opened.packageId,
      kind: 'report-approval',
      contactId: opened.sender.contactId,
      contactName: opened.sender.name,
      sha256: packageHash(bytes),
      createdAt: opened.createdAt,
    });
    insertApproval(db, {
      packageId: opened.packageId,
      contactId: opened.sender.contactId,
      contactName: opened.sender.name,
      draftHash: body.draftHash,
      createdAt: opened.createdAt,
    });
    appendAudit(db, { action: 'report.joint.approval_received', subject: `contact=${opened.sender.contactId}` });
  });
  return { sender: opened.sender, draftHash: body.draftHash };
}

export interface JointExport {
  period: ReportPeriod;
  draftHash: string;
  /** Writes the checked document to `file`, scans the file, and keeps the joint report's figures. */
  write(db: Database, file: string): Promise<void>;
}

/**
 * Checks, before anyone is asked where to save, that the joint report may be exported:
 * this vault's guard finds nothing (REPORT_BLOCKED otherwise) and every contributing
 * colleague approved exactly this draft (JOINT_APPROVAL_REQUIRED otherwise).
 */
export function prepareJointExport(
  db: Database,
  period: ReportPeriod,
  options: { buildDocument?: (input: LearningDocumentInput) => Promise<Buffer> } = {},
): JointExport {
  const { draft, preview, guard } = checkedDraft(db, period);
  if (!preview.exportable) {
    throw new AppError('JOINT_APPROVAL_REQUIRED', 'Every contributing colleague must approve exactly this draft first', {
      approvals: preview.approvals.map(({ contactId, status }) => ({ contactId, status })),
    });
  }
  const document = draft.document;
  const aggregates = draft.aggregates;
  if (document === null || aggregates === null) throw new AppError('INTERNAL', 'A checked joint draft has a document');
  const build = options.buildDocument ?? buildLearningDocx;
  return {
    period: draft.period,
    draftHash: draft.draftHash as string,
    async write(target, file) {
      writeFileAtomic(file, await build(document));
      try {
        const written = await scanWrittenDocx(fs.readFileSync(file), guard, [
          formatPeriod(document.period.from, document.period.to, document.language),
        ]);
        if (written.length > 0) {
          throw blocked('The written document contained something that may identify a person; it was deleted', {
            stage: 'written_document',
            findings: written,
          });
        }
        inTransaction(target, () => {
          storeExportedAggregates(target, aggregates.stored, 'joint');
          appendAudit(target, { action: 'report.joint.export', subject: `${document.period.from}/${document.period.to}` });
        });
      } catch (error) {
        fs.rmSync(file, { force: true });
        throw error;
      }
    },
  };
}

