import { REPORT_TEXT_ID, type ReportDocument, type ReportFinding, type ReportPreview } from '../../../../shared/contract/reports';

/** Where a text of the report sits, for naming it next to its findings. */
export type ReportTextPlace =
  | { section: 'learningPoint' | 'recommendation'; number: number; text: string }
  | { section: 'document'; text: string };

/** The document's own texts (rules, table titles and labels, banded total) by the id the guard names them by. */
function documentTexts(document: ReportDocument): [string, string][] {
  return [
    ...document.method.rules.map((rule, index): [string, string] => [REPORT_TEXT_ID.methodRule(index), rule]),
    ...document.tables.flatMap((table, tableIndex): [string, string][] => [
      [REPORT_TEXT_ID.tableTitle(tableIndex), table.title],
      ...table.rows.map((row, rowIndex): [string, string] => [REPORT_TEXT_ID.tableRow(tableIndex, rowIndex), row.label]),
    ]),
    ...(document.bandedTotal === undefined ? [] : [[REPORT_TEXT_ID.bandedTotal, document.bandedTotal] as [string, string]]),
  ];
}

/**
 * Every text a finding can point into. Learning points and recommendations are numbered
 * in the document's order; their texts come from the draft, which the preview was made from.
 */
export function reportTextPlaces(
  preview: ReportPreview,
  draftTexts: { learningPoints: ReadonlyMap<number, string>; recommendations: ReadonlyMap<number, string> },
): Map<string, ReportTextPlace> {
  const places = new Map<string, ReportTextPlace>();
  preview.learningPointIds.forEach((id, index) => {
    places.set(REPORT_TEXT_ID.learningPoint(id), { section: 'learningPoint', number: index + 1, text: draftTexts.learningPoints.get(id) ?? '' });
  });
  preview.recommendationIds.forEach((id, index) => {
    places.set(REPORT_TEXT_ID.recommendation(id), {
      section: 'recommendation',
      number: index + 1,
      text: draftTexts.recommendations.get(id) ?? '',
    });
  });
  if (preview.document !== null) {
    for (const [id, text] of documentTexts(preview.document)) places.set(id, { section: 'document', text });
  }
  return places;
}

export function findingsByText(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const byText = new Map<string, ReportFinding[]>();
  for (const finding of findings) byText.set(finding.textId, [...(byText.get(finding.textId) ?? []), finding]);
  return byText;
}

/** The element a finding's "go to" moves focus to. */
export const reportTextElementId = (textId: string): string => `report-text-${textId.replace(/[^a-z0-9-]/gu, '-')}`;
