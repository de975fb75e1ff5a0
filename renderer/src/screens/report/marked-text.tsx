import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFinding } from '../../../../shared/contract/reports';

/**
 * A text with each finding of the guard inside <mark>, followed by what it looks like
 * ("Sørens (navn)"), so the place to rewrite is seen and heard. Rendered as text, never HTML.
 */
export function MarkedText({ text, findings = [] }: { text: string; findings?: readonly ReportFinding[] }) {
  const { t } = useTranslation();
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    pieces.push(text.slice(at, finding.start));
    pieces.push(
      <mark key={finding.start} className="finding">
        {text.slice(finding.start, finding.end)}
        <span className="finding-kind"> ({t(`report.findings.kind.${finding.kind}`)})</span>
      </mark>,
    );
    at = finding.end;
  }
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}
