import { createHash } from 'node:crypto';
import { REPORT_TEXT_ID, type ReportDocument, type ReportFinding, type ReportPeriodProblem } from '../../../../shared/contract/reports';
import type { Language } from '../../../../shared/domain/vocabulary';
import { isAppError } from '../../../../shared/errors';
import type { Database } from '../../db/database';
import { getVaultSettings } from '../../records/vault-settings';
import type { ReportAggregates } from '../../report/disclosure/aggregate-types';
import { resolveThresholds } from '../../report/disclosure/thresholds';
import { reportDocument } from '../../report/document/report-document';
import { reportTexts } from '../../report/document/report-texts';
import { draftLanguage, draftTexts } from '../../report/draft/report-draft';
import { createGuard, type Guard } from '../../report/guard/guard-texts';
import type { ReportText } from '../../report/guard/guard-types';
import { parseReportPeriod } from '../../report/report-input';
import { previewGuard } from '../../report/report-service';
import type { ReportPeriod, StoredAggregates } from '../../report/report-types';
import { commonWordsFor, readVaultIdentifiers } from '../../report/source/read-identifiers';
import { readReportCaseFacts } from '../../report/source/read-case-facts';
import { publishedReportsOverlapping } from '../../report/stored/stored-reports';
import { computeJointAggregates } from './compute-joint-aggregates';
import { countCases } from './count-cases';
import { contributionsFor, type StoredContribution } from './joint-store';

/*
 * The joint learning document as this vault builds it from its own cases and the loaded
 * contributions: the figures (computeJointAggregates), the texts (this vault's draft:
 * chosen learning points and recommendations, then each colleague's learning points),
 * and the hash an approval binds to.
 */

const COVERAGE: Readonly<Record<Language, string>> = {
  da: 'Dokumentet dækker sagerne hos begge kontaktpersoner. Tallene er lagt sammen, før de blev beskyttet.',
  en: "The document covers the cases of both contact persons. The figures were added up before they were protected.",
};

/** How the colleague's learning points are named in findings: their place among the document's points. */
export const jointLearningPointId = (index: number): string => `joint-learning-point:${index}`;

const sameDay = (a: ReportPeriod, b: ReportPeriod): boolean => a.from === b.from && a.to === b.to;

/** SHA-256 over a canonical JSON (keys sorted at every level), so equal values hash equally after a round trip. */
export function canonicalHash(value: unknown): string {
  const canonical = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(canonical);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(
        Object.keys(item)
          .sort()
          .map((key) => [key, canonical((item as Record<string, unknown>)[key])]),
      );
    }
    return item;
  };
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex');
}

/** The hash of the exact text and figures: the document as written, and the figures as stored for differencing. */
export function draftHashOf(document: ReportDocument, stored: StoredAggregates): string {
  return canonicalHash({ document, stored });
}

/** Every text of a joint document, for a guard that has nothing but the document (the colleague's). */
export function jointDocumentTexts(document: ReportDocument): ReportText[] {
  const text = (id: string, value: string): ReportText => ({ id, label: id, text: value });
  return [
    text('organisation', document.organisationName),
    ...document.learningPoints.map((value, index) => text(jointLearningPointId(index), value)),
    ...document.recommendations.map((value, index) => text(`joint-recommendation:${index}`, value)),
    ...document.method.rules.map((value, index) => text(REPORT_TEXT_ID.methodRule(index), value)),
    ...document.tables.flatMap((table, tableIndex) => [
      text(REPORT_TEXT_ID.tableTitle(tableIndex), table.title),
      ...table.rows.map((row, rowIndex) => text(REPORT_TEXT_ID.tableRow(tableIndex, rowIndex), row.label)),
    ]),
    ...(document.bandedTotal === undefined ? [] : [text(REPORT_TEXT_ID.bandedTotal, document.bandedTotal)]),
  ];
}

/** Findings with the contact person's own words at each place, as the preview marks them. */
export function findingsOf(guard: Guard, texts: readonly ReportText[]): ReportFinding[] {
  const textOf = new Map(texts.map((text) => [text.id, text.text]));
  return guard.texts(texts).map((finding) => ({
    textId: finding.textId,
    start: finding.start,
    end: finding.end,
    kind: finding.kind,
    text: textOf.get(finding.textId)?.slice(finding.start, finding.end) ?? '',
  }));
}

/**
 * This vault's guard for `period`. The preview may reuse the single report's kept guard
 * (rebuilt whenever the vault changed); anything written gets a fresh one.
 */
export function vaultGuard(db: Database, period: ReportPeriod, reuse: 'preview' | 'fresh' = 'fresh'): Guard {
  const settings = getVaultSettings(db);
  if (reuse === 'preview') return previewGuard(db, period, settings);
  return createGuard(readVaultIdentifiers(db, period, settings), { commonWords: commonWordsFor(settings) });
}

export interface JointDraft {
  period: ReportPeriod;
  contributions: StoredContribution[];
  aggregates: ReportAggregates | null;
  document: ReportDocument | null;
  periodProblem: ReportPeriodProblem | null;
  draftHash: string | null;
  /** Every text this vault's guard reads, named like the single report's preview where the text is this vault's own. */
  texts: ReportText[];
  ownCases: number;
}

/**
 * The joint document for `period` from this vault's cases and draft and the newest
 * contribution of each colleague for exactly that period. Without a contribution there
 * is no joint document (`document: null`, no problem with the period itself).
 */
export function buildJointDraft(db: Database, requested: ReportPeriod): JointDraft {
  const period = parseReportPeriod(requested);
  const settings = getVaultSettings(db);
  const contributions = contributionsFor(db, period);
  const ownCounts = countCases(readReportCaseFacts(db, period), period, settings.categories);
  const draft = draftTexts(db);
  const empty = { period, contributions, aggregates: null, document: null, draftHash: null, ownCases: ownCounts.total };
  if (contributions.length === 0) return { ...empty, periodProblem: null, texts: reportTexts(draft, null) };

  const ownPublished = publishedReportsOverlapping(db, period);
  const samePeriodSingle = (reports: readonly { scope: string; figures: StoredAggregates }[]): StoredAggregates | null =>
    reports.find((report) => report.scope === 'single' && sameDay(report.figures.period, period))?.figures ?? null;
  let aggregates: ReportAggregates;
  try {
    aggregates = computeJointAggregates({
      period,
      categories: settings.categories,
      thresholds: resolveThresholds(),
      sides: [
        { counts: ownCounts, samePeriodReport: samePeriodSingle(ownPublished) },
        ...contributions.map(({ body }) => ({ counts: body.counts, samePeriodReport: samePeriodSingle(body.published) })),
      ],
      published: [
        ...ownPublished.map((report) => report.figures),
        ...contributions.flatMap(({ body }) =>
          body.published.filter((report) => report.figures.period.from <= period.to && period.from <= report.figures.period.to),
        ).map((report) => report.figures),
      ],
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'REPORT_BLOCKED') {
      return { ...empty, periodProblem: 'overlaps_previous_report', texts: reportTexts(draft, null) };
    }
    throw error;
  }
  const language = draftLanguage(db);
  const colleaguePoints = contributions.flatMap(({ body }) => body.learningPoints);
  const single = reportDocument(aggregates, {
    language,
    organisationName: settings.organisationName,
    categories: settings.categories,
    learningPoints: [...draft.learningPoints.map((point) => point.text), ...colleaguePoints],
    recommendations: draft.recommendations.map((recommendation) => recommendation.text),
  });
  const document: ReportDocument = { ...single, method: { ...single.method, rules: [COVERAGE[language], ...single.method.rules] } };
  const ownPointCount = draft.learningPoints.length;
  const texts = [
    ...reportTexts(draft, document),
    ...colleaguePoints.map((text, index): ReportText => {
      const id = jointLearningPointId(ownPointCount + index);
      return { id, label: id, text };
    }),
  ];
  return {
    period,
    contributions,
    aggregates,
    document,
    periodProblem: null,
    draftHash: draftHashOf(document, aggregates.stored),
    texts,
    ownCases: ownCounts.total,
  };
}

/** Each vault's number of cases, only when every one of them and the total pass the thresholds. */
export function casesPerVault(
  draft: JointDraft,
): { own: number; colleagues: { contactId: number; cases: number }[] } | null {
  if (draft.aggregates === null || draft.aggregates.total.kind !== 'exact') return null;
  const minimum = draft.aggregates.method.thresholds.minCases;
  const colleagues = draft.contributions.map(({ summary, body }) => ({ contactId: summary.sender.contactId, cases: body.counts.total }));
  if (draft.ownCases < minimum || colleagues.some((colleague) => colleague.cases < minimum)) return null;
  return { own: draft.ownCases, colleagues };
}

