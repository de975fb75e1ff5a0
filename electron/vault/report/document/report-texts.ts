import { REPORT_TEXT_ID, type ReportDocument } from '../../../../shared/contract/reports';
import type { DraftText } from '../draft/report-draft';
import type { ReportText } from '../guard/guard-types';

/**
 * Every text the guard reads before export, each under the id the preview marks it by:
 * the contact persons' learning points and recommendations, and the words the document
 * puts around its figures (a category's label is the organisation's own text too); only
 * the former while the period has no document. Fixed texts (title page, headings, the
 * method introduction) hold nothing from the vault, and the finished file is scanned
 * whole after writing anyway.
 */
export function reportTexts(
  draft: { learningPoints: readonly DraftText[]; recommendations: readonly DraftText[] },
  document: ReportDocument | null,
): ReportText[] {
  const text = (id: string, value: string): ReportText => ({ id, label: id, text: value });
  const draftTexts = [
    ...draft.learningPoints.map((point) => text(REPORT_TEXT_ID.learningPoint(point.id), point.text)),
    ...draft.recommendations.map((recommendation) => text(REPORT_TEXT_ID.recommendation(recommendation.id), recommendation.text)),
  ];
  if (document === null) return draftTexts;
  return [
    ...draftTexts,
    ...document.method.rules.map((value, index) => text(REPORT_TEXT_ID.methodRule(index), value)),
    ...document.tables.flatMap((table, tableIndex) => [
      text(REPORT_TEXT_ID.tableTitle(tableIndex), table.title),
      ...table.rows.map((row, rowIndex) => text(REPORT_TEXT_ID.tableRow(tableIndex, rowIndex), row.label)),
    ]),
    ...(document.bandedTotal === undefined ? [] : [text(REPORT_TEXT_ID.bandedTotal, document.bandedTotal)]),
  ];
}
