import { z } from 'zod';
import { TEXT_LIMITS, idInputSchema, idSchema, isoDateSchema, requiredText } from '../domain/schemas/common';
import type { LearningPointRecord } from '../domain/schemas/learning-point';
import { LANGUAGES, type Language } from '../domain/vocabulary';
import { method } from './define';

/*
 * The yearly learning document (DESIGN.md §6). The draft (period, language, the learning
 * points chosen and the recommendations) lives in the vault; preview and export both
 * work from it, so what the contact person sees is what the file will contain.
 */

export const reportPeriodSchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .refine((period) => period.from <= period.to, { message: 'The period ends before it starts', path: ['to'] });
export type ReportPeriodInput = z.output<typeof reportPeriodSchema>;

export const reportDraftUpdateSchema = z
  .strictObject({
    /** null goes back to the default period. */
    period: reportPeriodSchema.nullable().optional(),
    language: z.enum(LANGUAGES).optional(),
  })
  .refine((input) => input.period !== undefined || input.language !== undefined, { message: 'Nothing to update' });

const reportRecommendationTextSchema = requiredText(TEXT_LIMITS.medium);
export const reportLearningPointAddSchema = z.strictObject({ text: requiredText(TEXT_LIMITS.medium) });
export const reportLearningPointIncludeSchema = z.strictObject({ learningPointId: idSchema, included: z.boolean() });
export const reportRecommendationAddSchema = z.strictObject({ text: reportRecommendationTextSchema });
export const reportRecommendationUpdateSchema = z.strictObject({ id: idSchema, text: reportRecommendationTextSchema });

export interface ReportDraftLearningPoint extends LearningPointRecord {
  included: boolean;
}

export interface ReportRecommendation {
  id: number;
  text: string;
}

export interface ReportDraft {
  period: ReportPeriodInput;
  /** True while no period was chosen: since the last exported report, else the last 12 months. */
  periodIsDefault: boolean;
  language: Language;
  /** The included points in the document's order, then the others written for the period's years. */
  learningPoints: ReportDraftLearningPoint[];
  recommendations: ReportRecommendation[];
}

/** A figure as the document shows it: a count or the marker the disclosure control chose. */
export type ReportTableValue = { kind: 'count'; count: number } | { kind: 'suppressed'; marker: string };

/** Exactly what the DOCX builder receives: the preview and the file cannot differ. */
export interface ReportDocument {
  language: Language;
  organisationName: string;
  period: ReportPeriodInput;
  method: { suppressionThreshold: number; rules: string[] };
  /** A table without rows was withheld and is named as left out. */
  tables: { title: string; rows: { label: string; value: ReportTableValue }[] }[];
  /** Set instead of tables when the period has too few cases ("færre end 5"). */
  bandedTotal?: string;
  learningPoints: string[];
  recommendations: string[];
}

export const REPORT_FINDING_KINDS = [
  'name',
  'nickname',
  'initials',
  'email',
  'phone',
  'cpr',
  'address',
  'place',
  'unit',
  'role',
  'date',
  'age',
] as const;
export type ReportFindingKind = (typeof REPORT_FINDING_KINDS)[number];

/**
 * One place in a text that may point at a person. `text` is the contact person's own
 * words at that place, so they can see what to rewrite; it never leaves the vault's
 * machine and is never logged.
 */
export interface ReportFinding {
  textId: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  kind: ReportFindingKind;
  text: string;
}

/** How each text of the report is named in findings; the preview uses the same names to mark them. */
export const REPORT_TEXT_ID = {
  learningPoint: (id: number) => `learning-point:${id}`,
  recommendation: (id: number) => `recommendation:${id}`,
  methodRule: (index: number) => `method-rule:${index}`,
  tableTitle: (table: number) => `table:${table}`,
  tableRow: (table: number, row: number) => `table:${table}:row:${row}`,
  bandedTotal: 'banded-total',
} as const;

/**
 * Why no figures can be made for the period: it overlaps an exported report and the
 * number of cases changed by too few, which would tell readers about those few cases.
 */
export type ReportPeriodProblem = 'overlaps_previous_report';

/** A finding in the finished file, which holds more than the texts checked before writing. */
export interface WrittenDocumentFinding {
  /** The part of the DOCX package, e.g. `word/document.xml`. */
  part: string;
  kind: ReportFindingKind;
  text: string;
}

/** The details of REPORT_BLOCKED from `report.export`: why nothing was saved. */
export type ReportBlockedDetails =
  | { stage: 'period'; problem: ReportPeriodProblem }
  | { stage: 'texts'; findings: ReportFinding[] }
  /** The finished file held a finding; it was deleted again. */
  | { stage: 'written_document'; findings: WrittenDocumentFinding[] };

export interface ReportPreview {
  period: ReportPeriodInput;
  /** Null when the period cannot be reported on (see `periodProblem`). */
  document: ReportDocument | null;
  periodProblem: ReportPeriodProblem | null;
  /** The ids of the document's learning points and recommendations, in the document's order. */
  learningPointIds: number[];
  recommendationIds: number[];
  findings: ReportFinding[];
}

export const reportMethods = {
  'report.draft.get': method(z.undefined()).returns<ReportDraft>(),
  'report.draft.update': method(reportDraftUpdateSchema).returns<ReportDraft>(),
  /** Writes a learning point for the period's last year and includes it in the report. */
  'report.learningPoints.add': method(reportLearningPointAddSchema).returns<ReportDraft>(),
  'report.learningPoints.include': method(reportLearningPointIncludeSchema).returns<ReportDraft>(),
  'report.recommendations.add': method(reportRecommendationAddSchema).returns<ReportDraft>(),
  'report.recommendations.update': method(reportRecommendationUpdateSchema).returns<ReportDraft>(),
  'report.recommendations.remove': method(idInputSchema).returns<ReportDraft>(),
  /** The document for the draft's period, with every finding of the re-identification guard. */
  'report.preview': method(z.undefined()).returns<ReportPreview>(),
  /**
   * Saves the document where the person chooses (null when they cancel). REPORT_BLOCKED
   * with `details.findings` while the guard finds anything, in the texts or in the file.
   */
  'report.export': method(z.undefined()).returns<{ file: string } | null>(),
};
