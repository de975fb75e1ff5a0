import { z } from 'zod';
import type { ConflictOfInterestAssessment } from '../conflict-of-interest';
import type { IsoDate } from '../iso-date';
import type { PowerRelationWarning } from '../power-relations';
import { CASE_STATUSES, type CaseContext, type CaseStatus, type Outcome } from '../vocabulary';
import type { AgreementRecord } from './agreement';
import type { AttachmentRecord } from './attachment';
import type { CaseRecord, CaseStatusChangeRecord } from './case';
import { categoryKeySchema } from './category';
import { idSchema } from './common';
import type { ActionTakenRecord, ConsentEntryRecord } from './consent';
import type { ConversationRecord } from './conversation';
import type { LearningPointRecord } from './learning-point';
import type { NoteRecord } from './note';
import type { PartyRecord } from './party';
import type { SeverityAssessmentRecord } from './severity-assessment';
import type { TaskRecord } from './task';

export const CASE_LIST_MAX_LIMIT = 200;

/** Filters left out match every case; the year is the year the case was received. */
export const caseListInputSchema = z
  .strictObject({
    status: z.enum(CASE_STATUSES).nullable().default(null),
    category: categoryKeySchema.nullable().default(null),
    year: z.number().int().min(2000).max(9999).nullable().default(null),
    limit: z.number().int().min(1).max(CASE_LIST_MAX_LIMIT).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .prefault({});
export type CaseListInput = z.output<typeof caseListInputSchema>;

export interface CaseListItem {
  id: number;
  reference: string;
  status: CaseStatus;
  /** The case was closed once and opened again ("Genåbnet"). */
  reopened: boolean;
  category: string | null;
  context: CaseContext | null;
  receivedDate: IsoDate;
  closedDate: IsoDate | null;
  outcome: Outcome | null;
  summary: string | null;
  /** The earliest due date among tasks not yet done. */
  nextFollowUp: IsoDate | null;
  overdueTasks: number;
}

/** Open cases first, then by next follow-up, then newest first. */
export interface CaseListPage {
  items: CaseListItem[];
  total: number;
  limit: number;
  offset: number;
}

/** A case with every section, as the case screen shows it. Attachment content is fetched on its own. */
export interface CaseDetail {
  case: CaseRecord;
  reopened: boolean;
  statusHistory: CaseStatusChangeRecord[];
  /** Where the status may go next, from the shared status rules. */
  allowedTransitions: CaseStatus[];
  parties: PartyRecord[];
  powerRelationWarnings: PowerRelationWarning[];
  conflictOfInterest: ConflictOfInterestAssessment;
  notes: NoteRecord[];
  conversations: ConversationRecord[];
  /** The whole ledger, oldest first. */
  consents: ConsentEntryRecord[];
  /** What the person allows now, each with its scope. */
  currentConsents: ConsentEntryRecord[];
  actionsTaken: ActionTakenRecord[];
  severityAssessments: SeverityAssessmentRecord[];
  agreements: AgreementRecord[];
  tasks: TaskRecord[];
  attachments: AttachmentRecord[];
  learningPoints: LearningPointRecord[];
  /** The last day a closed case is kept, and whether that day has passed. */
  retention: { endsOn: IsoDate; pastRetention: boolean } | null;
}

/** Deleting a case cannot be undone, so the caller confirms it explicitly. */
export const caseDeleteInputSchema = z.strictObject({ caseId: idSchema, confirm: z.literal(true) });
export type CaseDeleteInput = z.output<typeof caseDeleteInputSchema>;

/** A closed case whose retention period has run out. */
export interface RetentionCandidate {
  caseId: number;
  reference: string;
  closedDate: IsoDate;
  deletableFrom: IsoDate;
}
