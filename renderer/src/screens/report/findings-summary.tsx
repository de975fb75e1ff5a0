import { useTranslation } from 'react-i18next';
import type { ReportDraft, ReportFinding, ReportPreview } from '../../../../shared/contract/reports';
import { MarkedText } from './marked-text';
import { findingsByText, reportTextPlaces, type ReportTextPlace } from './report-findings';

/** Characters of text kept on either side of the findings in the summary's excerpt. */
const EXCERPT_RADIUS = 40;

/** The part of a text around its findings, with the findings' offsets moved to match. */
function excerptOf(text: string, findings: readonly ReportFinding[]): { text: string; findings: ReportFinding[] } {
  const from = Math.max(0, Math.min(...findings.map((finding) => finding.start)) - EXCERPT_RADIUS);
  const to = Math.min(text.length, Math.max(...findings.map((finding) => finding.end)) + EXCERPT_RADIUS);
  const before = from > 0 ? '…' : '';
  return {
    text: `${before}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    findings: findings.map((finding) => ({
      ...finding,
      start: finding.start - from + before.length,
      end: finding.end - from + before.length,
    })),
  };
}

/**
 * Every place the guard found, grouped by text and named as the document numbers it, so
 * the contact person can go to each and rewrite it. The count is announced as it changes.
 */
export function FindingsSummary({
  preview,
  draft,
  onGoTo,
}: {
  preview: ReportPreview;
  draft: ReportDraft;
  onGoTo: (textId: string) => void;
}) {
  const { t } = useTranslation();
  const places = reportTextPlaces(preview, {
    learningPoints: new Map(draft.learningPoints.map((point) => [point.id, point.text])),
    recommendations: new Map(draft.recommendations.map((recommendation) => [recommendation.id, recommendation.text])),
  });
  const label = (place: ReportTextPlace | undefined): string => {
    if (place === undefined || place.section === 'document') return t('report.findings.documentText');
    return t(`report.findings.${place.section}`, { number: place.number });
  };
  const count = preview.findings.length;
  return (
    <section aria-labelledby="report-findings-title" className={`card report-findings${count > 0 ? ' has-findings' : ''}`}>
      <h2 id="report-findings-title">{t('report.findings.title')}</h2>
      <p aria-live="polite">{count === 0 ? t('report.findings.none') : t('report.findings.count', { count })}</p>
      {count > 0 && (
        <ul className="plain-list">
          {[...findingsByText(preview.findings)].map(([textId, findings]) => {
            const place = places.get(textId);
            const excerpt = excerptOf(place?.text ?? '', findings);
            return (
              <li key={textId} className="report-finding">
                <p className="report-finding-place">{label(place)}</p>
                <p className="prose">
                  <MarkedText text={excerpt.text} findings={excerpt.findings} />
                </p>
                {place !== undefined && place.section !== 'document' && (
                  <button type="button" onClick={() => onGoTo(textId)}>
                    {t('report.findings.goTo', { place: label(place) })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
