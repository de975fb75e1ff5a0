import type { ReportDocument, ReportTableValue } from '../../../../shared/contract/reports';
import { categoryLabel } from '../../../../shared/domain/categories';
import { labels } from '../../../../shared/domain/labels';
import type { CategoryDefinition, CaseContext, Language, Outcome } from '../../../../shared/domain/vocabulary';
import type { CellValue, MethodRule, ReportAggregates, ReportRow, ReportTable } from '../disclosure/aggregate-types';
import type { CoarseRole } from '../disclosure/coarse-roles';
import { REPORT_DOCUMENT_TEXTS, type ReportDocumentTexts } from './report-document-texts';

export interface ReportDocumentSource {
  language: Language;
  organisationName: string | null;
  categories: readonly CategoryDefinition[];
  learningPoints: readonly string[];
  recommendations: readonly string[];
}

/** The document has no place for a duration, so the rule about it would explain nothing in it. */
const RULES_NOT_IN_DOCUMENT: ReadonlySet<MethodRule> = new Set(['duration_minimum_cases']);

const NOT_RECORDED = 'not_recorded';
const NOT_CONCLUDED = 'not_concluded';

function rowLabel(table: ReportTable, key: string, source: ReportDocumentSource, texts: ReportDocumentTexts): string {
  if (key === NOT_RECORDED) return texts.notRecorded;
  if (key === NOT_CONCLUDED) return texts.notConcluded;
  if (table.kind === 'indicators') return texts.indicators[key] ?? key;
  switch (table.key) {
    case 'category':
      return categoryLabel(source.categories, key, source.language);
    case 'context':
      return labels[source.language].context[key as CaseContext];
    case 'outcome':
      return labels[source.language].outcome[key as Outcome];
    case 'affected_role':
    case 'accused_role':
      return texts.coarseRoles[key as CoarseRole];
  }
}

function tableValue(value: CellValue, texts: ReportDocumentTexts): ReportTableValue {
  return typeof value === 'number'
    ? { kind: 'count', count: value }
    : { kind: 'suppressed', marker: texts.marker(value.reason, value.threshold) };
}

function tableRows(table: ReportTable): ReportRow[] {
  if (table.kind === 'distribution' && table.withheld) return [];
  return table.rows;
}

/**
 * The learning document as the DOCX builder takes it: the disclosure-controlled figures
 * worded in the document's language, and the contact persons' own texts unchanged. The
 * preview shows this very value, so it is what the file will contain.
 */
export function reportDocument(aggregates: ReportAggregates, source: ReportDocumentSource): ReportDocument {
  const texts = REPORT_DOCUMENT_TEXTS[source.language];
  const thresholds = aggregates.method.thresholds;
  const common = {
    language: source.language,
    organisationName: source.organisationName ?? texts.organisationFallback,
    period: aggregates.period,
    method: {
      suppressionThreshold: thresholds.cell,
      rules: aggregates.method.rules.filter((rule) => !RULES_NOT_IN_DOCUMENT.has(rule)).map((rule) => texts.rules[rule](thresholds)),
    },
    learningPoints: [...source.learningPoints],
    recommendations: [...source.recommendations],
  };
  if (aggregates.total.kind === 'fewer-than') {
    return { ...common, tables: [], bandedTotal: texts.marker('below-threshold', aggregates.total.limit) };
  }
  const total = { title: texts.totalTitle, rows: [{ label: texts.totalRow, value: tableValue(aggregates.total.value, texts) }] };
  return {
    ...common,
    tables: [
      total,
      ...aggregates.tables.map((table) => ({
        title: texts.tableTitles[table.key],
        rows: tableRows(table).map((row) => ({ label: rowLabel(table, row.key, source, texts), value: tableValue(row.value, texts) })),
      })),
    ],
  };
}
