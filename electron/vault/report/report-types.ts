import type { IsoDate } from '../../../shared/domain/iso-date';
import type { CaseContext, CaseStatus, OrganisationalRole, Outcome } from '../../../shared/domain/vocabulary';

/** The span a learning document covers, both days included. */
export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** The handling stages a case reached, as counted in the learning document. */
export interface HandlingStages {
  /** At least one conversation with the contact persons took place. */
  handled: boolean;
  /** Referred on for help: external psychologist, Center for Voldtægtsofre or Dialogrådet. */
  referred: boolean;
  policeReport: boolean;
}

/**
 * The facts of one case that the learning document may count: codes and dates only, no
 * names and no free text. Field names follow `CaseRecord` so the vault maps rows directly.
 */
export interface ReportCaseFacts {
  /** A category key from the vault's category settings; null while not yet chosen. */
  category: string | null;
  context: CaseContext | null;
  status: CaseStatus;
  /** Required when the case is closed; ignored while it is open (a reopened case keeps its old one). */
  outcome: Outcome | null;
  affectedRole: OrganisationalRole | null;
  accusedRole: OrganisationalRole | null;
  /** A party to the case is under 18. */
  minorInvolved: boolean;
  stages: HandlingStages;
  hasWrittenAgreement: boolean;
  offeredConversations: boolean;
  receivedDate: IsoDate;
  /** Required when the case is closed. */
  closedDate: IsoDate | null;
}

/**
 * What a reader of a published report knows about one figure: the exact number when
 * min equals max, otherwise the range its marker allows ("færre end 5" is 0–4).
 */
export interface StoredRange {
  min: number;
  max: number;
}

/**
 * The figures of a published learning document, kept (numbers only, no text) so that
 * next year's report can be checked against them. Partitions are keyed like the report's
 * tables (`category`, `handling.police_report`, …); null marks a withheld table.
 */
export interface StoredAggregates {
  formatVersion: 1;
  period: ReportPeriod;
  total: StoredRange;
  partitions: Record<string, Record<string, StoredRange> | null>;
}

/** Last year's stored figures, as handed to this year's computation. */
export type PreviousReport = StoredAggregates;
