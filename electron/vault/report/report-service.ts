import fs from 'node:fs';
import type {
  ReportBlockedDetails,
  ReportFinding,
  ReportPeriodProblem,
  ReportPreview,
} from '../../../shared/contract/reports';
import type { CategoryDefinition } from '../../../shared/domain/vocabulary';
import { AppError, isAppError } from '../../../shared/errors';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { formatPeriod } from '../documents/common/format';
import { buildLearningDocx } from '../documents/learning/build-learning-docx';
import type { LearningDocumentInput } from '../documents/learning/learning-input';
import { writeFileAtomic } from '../fs/atomic-write';
import { inTransaction } from '../records/case-access';
import { getVaultSettings } from '../records/vault-settings';
import type { VaultSettings } from '../../../shared/domain/schemas/vault-settings';
import { queryOne } from '../db/sql';
import type { ReportAggregates } from './disclosure/aggregate-types';
import { computeReportAggregates } from './disclosure/compute-report-aggregates';
import { reportDocument } from './document/report-document';
import { reportTexts } from './document/report-texts';
import { draftLanguage, draftTexts } from './draft/report-draft';
import { scanWrittenDocx } from './export/scan-written-docx';
import { createGuard, type Guard } from './guard/guard-texts';
import { parseReportPeriod } from './report-input';
import type { ReportPeriod } from './report-types';
import { readReportCaseFacts } from './source/read-case-facts';
import { commonWordsFor, readVaultIdentifiers } from './source/read-identifiers';
import { previousReportFor, storeExportedAggregates } from './stored/stored-reports';

/*
 * The learning document end to end (DESIGN.md §6): figures from the vault's cases under
 * disclosure control, free text only from the draft, the re-identification guard over
 * all of it before writing, and a second scan of the finished file after.
 */

interface PreparedReport {
  preview: ReportPreview;
  aggregates: ReportAggregates | null;
  /** Built from the vault's identifiers once, for the texts and again for the written file. */
  guard: Guard;
}

function aggregatesFor(
  db: Database,
  period: ReportPeriod,
  categories: readonly CategoryDefinition[],
): { aggregates: ReportAggregates; problem: null } | { aggregates: null; problem: ReportPeriodProblem } {
  const facts = readReportCaseFacts(db, period);
  try {
    return { aggregates: computeReportAggregates(facts, period, { categories }, previousReportFor(db, period)), problem: null };
  } catch (error) {
    // The one refusal about the period itself (it overlaps an exported report): another period will do.
    if (isAppError(error) && error.code === 'REPORT_BLOCKED') return { aggregates: null, problem: 'overlaps_previous_report' };
    throw error;
  }
}

/*
 * The preview runs again after every edit in the report editor. Its guard takes the case
 * texts' proper nouns from the harvest kept in the vault (source/case-words.ts, brought up
 * to date with the cases changed since) rather than reading every text of the period, and
 * it is kept while nothing it is built from has changed: every change to case data
 * appends an audit row, so the newest audit seq, the period and the settings it reads are
 * the key. The export never uses the kept guard nor the kept harvest: it reads every text.
 */
const previewGuards = new WeakMap<Database, { key: string; guard: Guard }>();

function newGuard(db: Database, period: ReportPeriod, settings: VaultSettings, caseWords: 'fresh' | 'stored'): Guard {
  return createGuard(readVaultIdentifiers(db, period, settings, { caseWords }), { commonWords: commonWordsFor(settings) });
}

export function previewGuard(db: Database, period: ReportPeriod, settings: VaultSettings): Guard {
  const newestAudit = queryOne<{ seq: number }>(db, 'SELECT max(seq) AS seq FROM audit_log')?.seq ?? 0;
  const key = JSON.stringify([newestAudit, period, settings.organisationName, settings.contactPersons]);
  const kept = previewGuards.get(db);
  if (kept?.key === key) return kept.guard;
  const guard = newGuard(db, period, settings, 'stored');
  previewGuards.set(db, { key, guard });
  return guard;
}

function prepareReport(db: Database, requested: ReportPeriod, reuseGuard: boolean): PreparedReport {
  const period = parseReportPeriod(requested);
  const settings = getVaultSettings(db);
  const { aggregates, problem } = aggregatesFor(db, period, settings.categories);
  const draft = draftTexts(db);
  const document =
    aggregates === null
      ? null
      : reportDocument(aggregates, {
          language: draftLanguage(db),
          organisationName: settings.organisationName,
          categories: settings.categories,
          learningPoints: draft.learningPoints.map((point) => point.text),
          recommendations: draft.recommendations.map((recommendation) => recommendation.text),
        });
  const guard = reuseGuard ? previewGuard(db, period, settings) : newGuard(db, period, settings, 'fresh');
  const texts = reportTexts(draft, document);
  const textOf = new Map(texts.map((text) => [text.id, text.text]));
  const findings = guard.texts(texts).map(
    (finding): ReportFinding => ({
      textId: finding.textId,
      start: finding.start,
      end: finding.end,
      kind: finding.kind,
      text: textOf.get(finding.textId)?.slice(finding.start, finding.end) ?? '',
    }),
  );
  return {
    preview: {
      period,
      document,
      periodProblem: problem,
      learningPointIds: draft.learningPoints.map((point) => point.id),
      recommendationIds: draft.recommendations.map((recommendation) => recommendation.id),
      findings,
    },
    aggregates,
    guard,
  };
}

/** The document for `period` as it would be written, with every finding of the guard. */
export function previewReport(db: Database, period: ReportPeriod): ReportPreview {
  return prepareReport(db, period, true).preview;
}

function blocked(message: string, details: ReportBlockedDetails): AppError {
  return new AppError('REPORT_BLOCKED', message, details);
}

export interface ReportExport {
  period: ReportPeriod;
  /** Writes the checked document to `file`, scans the file, and keeps the report's figures. */
  write(db: Database, file: string): Promise<void>;
}

export interface ReportExportOptions {
  /** The DOCX builder; the tests hand in one that slips a name past the text check, to prove the file check. */
  buildDocument?: (input: LearningDocumentInput) => Promise<Buffer>;
}

/**
 * Checks that the report for `period` may be exported, before anyone is asked where to
 * save it: REPORT_BLOCKED (details: ReportBlockedDetails) while the period overlaps an
 * exported report too closely or the guard finds anything in the texts.
 */
export function prepareReportExport(db: Database, period: ReportPeriod, options: ReportExportOptions = {}): ReportExport {
  const prepared = prepareReport(db, period, false);
  const { preview, aggregates } = prepared;
  if (preview.document === null || aggregates === null) {
    throw blocked('The period overlaps an exported report too closely', {
      stage: 'period',
      problem: preview.periodProblem ?? 'overlaps_previous_report',
    });
  }
  if (preview.findings.length > 0) {
    throw blocked('The report texts contain something that may identify a person', { stage: 'texts', findings: preview.findings });
  }
  const document = preview.document;
  const build = options.buildDocument ?? buildLearningDocx;
  return {
    period: preview.period,
    async write(target, file) {
      writeFileAtomic(file, await build(document));
      // A file is left behind only when it passed the second scan and its figures are kept
      // for next year's check; on anything else it is deleted again.
      try {
        const written = await scanWrittenDocx(fs.readFileSync(file), prepared.guard, [
          formatPeriod(document.period.from, document.period.to, document.language),
        ]);
        if (written.length > 0) {
          throw blocked('The written document contained something that may identify a person; it was deleted', {
            stage: 'written_document',
            findings: written,
          });
        }
        inTransaction(target, () => {
          storeExportedAggregates(target, aggregates.stored);
          appendAudit(target, { action: 'report.export', subject: `${document.period.from}/${document.period.to}` });
        });
      } catch (error) {
        fs.rmSync(file, { force: true });
        throw error;
      }
    },
  };
}
