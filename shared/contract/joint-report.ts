import { z } from 'zod';
import { idSchema } from '../domain/schemas/common';
import { method } from './define';
import { reportPeriodSchema, type ReportDocument, type ReportFinding, type ReportPeriodInput, type ReportPeriodProblem } from './reports';

/*
 * One learning document from both contact persons' vaults (DESIGN.md §9). Each step is
 * one `.age` file the person carries over (USB stick, e-mail): the colleague's
 * contribution (unsuppressed figures and chosen learning points, no case text), the joint
 * draft sent back for approval, and the approval bound to a hash of the exact draft. The
 * joint report uses the report draft's period, language, recommendations and chosen
 * learning points, like the single-vault report.
 */

export const jointContributionWriteSchema = z.strictObject({
  period: reportPeriodSchema,
  /** A confirmed contact: the colleague who will combine the report. */
  contactId: idSchema,
  /** The sender's learning points that go into the joint document (their text crosses; nothing else). */
  learningPointIds: z.array(idSchema).max(500),
});

export const jointApprovalRequestWriteSchema = z.strictObject({ contactId: idSchema });

/** Who a package came from, as the contacts list names them. */
export interface JointReportSender {
  contactId: number;
  name: string;
  fingerprint: string;
}

/** A colleague's contribution as loaded into this vault. The colleague's figures are never shown unsuppressed. */
export interface JointContributionSummary {
  packageId: string;
  sender: JointReportSender;
  period: ReportPeriodInput;
  createdAt: string;
  learningPointCount: number;
}

/** The colleague's approval of the joint draft, or its absence. */
export type JointApprovalStatus =
  /** An approval of exactly the draft shown now. */
  | 'approved'
  /** An approval of an earlier draft: something changed since; send a new request. */
  | 'outdated'
  | 'missing';

export interface JointReportPreview {
  period: ReportPeriodInput;
  /** Null when the period cannot be reported on, or no contribution is loaded for it. */
  document: ReportDocument | null;
  periodProblem: ReportPeriodProblem | null;
  /** The contributions the figures combine, one per colleague (the newest for the period). */
  contributions: JointContributionSummary[];
  /**
   * How many cases each vault contributed, only when every count passes the thresholds;
   * otherwise null (the document still says it covers both vaults).
   */
  casesPerVault: { own: number; colleagues: { contactId: number; cases: number }[] } | null;
  /** This vault's guard over the joint text. */
  findings: ReportFinding[];
  /** Hash of the exact text and figures; what an approval binds to. Null without a document. */
  draftHash: string | null;
  approvals: { contactId: number; name: string; status: JointApprovalStatus }[];
  /** True when this vault's guard found nothing and every colleague approved this very hash. */
  exportable: boolean;
}

/** What answering an approval request gave: an approval file, or this vault's findings (nothing written). */
export type JointApprovalAnswer =
  | { outcome: 'approved'; file: string; draftHash: string }
  | { outcome: 'findings'; findings: ReportFinding[]; draftHash: string };

/** A loaded approval; it always approves the joint draft as it stands now (anything else is refused). */
export interface JointApprovalLoaded {
  sender: JointReportSender;
  draftHash: string;
}

export const jointReportMethods = {
  /** Writes a contribution for a confirmed contact where the person chooses (null when they cancel). */
  'jointReport.contribution.write': method(jointContributionWriteSchema).returns<{ file: string; packageId: string } | null>(),
  /** Opens a colleague's contribution (file dialog) and keeps it for the joint report of its period. */
  'jointReport.contribution.load': method(z.undefined()).returns<JointContributionSummary | null>(),
  /** The joint document for the report draft's period: combined figures under disclosure control, own guard, approvals. */
  'jointReport.preview': method(z.undefined()).returns<JointReportPreview>(),
  /** Writes the joint draft for the colleague to check with their own guard (REPORT_BLOCKED while this vault's guard finds anything). */
  'jointReport.approvalRequest.write': method(jointApprovalRequestWriteSchema).returns<{ file: string; draftHash: string } | null>(),
  /** Opens a colleague's approval request, runs this vault's guard on it, and writes an approval or returns the findings. */
  'jointReport.approval.answer': method(z.undefined()).returns<JointApprovalAnswer | null>(),
  /** Opens the colleague's approval. JOINT_APPROVAL_MISMATCH when it approves another draft. */
  'jointReport.approval.load': method(z.undefined()).returns<JointApprovalLoaded | null>(),
  /** Saves the joint DOCX (null when cancelled). JOINT_APPROVAL_REQUIRED until both guards passed on the same hash. */
  'jointReport.export': method(z.undefined()).returns<{ file: string } | null>(),
};
