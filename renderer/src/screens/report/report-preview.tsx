import { useTranslation } from 'react-i18next';
import { REPORT_TEXT_ID, type ReportPreview, type ReportTableValue } from '../../../../shared/contract/reports';
import { formatDate, formatNumber } from '../../components/formatting';
import { MarkedText } from './marked-text';

type FindingsOf = (textId: string) => Parameters<typeof MarkedText>[0]['findings'];

function tableValue(value: ReportTableValue): string {
  return value.kind === 'count' ? formatNumber(value.count) : value.marker;
}

/**
 * The document as the Word file will have it, from the very value the file is built from,
 * in the document's language, with the guard's findings marked where they are.
 */
export function ReportDocumentPreview({ preview, findingsOf }: { preview: ReportPreview; findingsOf: FindingsOf }) {
  const { t, i18n } = useTranslation();
  const { document } = preview;
  if (document === null) return <p>{t('report.export.periodBlocked')}</p>;
  const words = i18n.getFixedT(document.language);
  const list = (ids: readonly string[], texts: readonly string[]) =>
    texts.length === 0 ? (
      <p>{t('report.preview.none')}</p>
    ) : (
      <ul>
        {texts.map((text, index) => (
          <li key={ids[index] ?? index}>
            <MarkedText text={text} findings={findingsOf(ids[index] ?? '')} />
          </li>
        ))}
      </ul>
    );
  return (
    <div className="report-preview" lang={document.language}>
      <p className="hint">{t('report.preview.intro')}</p>
      <div className="report-page report-title-page">
        <p className="report-kind">{words('report.document.kindTitle')}</p>
        <p className="report-organisation">{document.organisationName}</p>
        <p>
          {formatDate(document.period.from)} – {formatDate(document.period.to)}
        </p>
        <p className="report-confidential">{words('report.document.confidential')}</p>
      </div>
      <div className="report-page">
        <h3>{words('report.document.method')}</h3>
        <p className="hint">{t('report.preview.methodIntro')}</p>
        {list(document.method.rules.map((_rule, index) => REPORT_TEXT_ID.methodRule(index)), document.method.rules)}
        {document.bandedTotal !== undefined ? (
          <>
            <h3>{words('report.document.casesInPeriod')}</h3>
            <p>{words('report.document.bandedTotal', { band: document.bandedTotal })}</p>
          </>
        ) : (
          <>
            <h3>{words('report.document.figures')}</h3>
            {document.tables.map((table, tableIndex) => (
              <section key={tableIndex} aria-labelledby={`report-table-${tableIndex}`}>
                <h4 id={`report-table-${tableIndex}`}>
                  <MarkedText text={table.title} findings={findingsOf(REPORT_TEXT_ID.tableTitle(tableIndex))} />
                </h4>
                {table.rows.length === 0 ? (
                  <p>{words('report.document.withheldTable')}</p>
                ) : (
                  <table className="report-table" aria-labelledby={`report-table-${tableIndex}`}>
                    <tbody>
                      {table.rows.map((row, rowIndex) => (
                        <tr key={rowIndex}>
                          <th scope="row">
                            <MarkedText text={row.label} findings={findingsOf(REPORT_TEXT_ID.tableRow(tableIndex, rowIndex))} />
                          </th>
                          <td>{tableValue(row.value)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            ))}
          </>
        )}
        <h3>{words('report.document.learningPoints')}</h3>
        {list(preview.learningPointIds.map(REPORT_TEXT_ID.learningPoint), document.learningPoints)}
        <h3>{words('report.document.recommendations')}</h3>
        {list(preview.recommendationIds.map(REPORT_TEXT_ID.recommendation), document.recommendations)}
      </div>
    </div>
  );
}
