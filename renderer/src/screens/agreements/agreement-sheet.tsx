import { useEffect, type ReactNode } from 'react';
import type { AgreementPrintBlock, AgreementPrintDocument } from '../../../../shared/contract/agreements';

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4';
const HEADING_TAGS: readonly HeadingTag[] = ['h1', 'h2', 'h3', 'h4'];

function Heading({ level, children, className }: { level: number; children: ReactNode; className?: string }) {
  const Tag = HEADING_TAGS[Math.min(level, HEADING_TAGS.length) - 1] ?? 'h4';
  return <Tag className={className}>{children}</Tag>;
}

function Block({ block, titleLevel }: { block: AgreementPrintBlock; titleLevel: 1 | 2 }) {
  switch (block.kind) {
    case 'heading':
      return (
        <Heading level={titleLevel + block.level} className={`sheet-heading-${block.level}`}>
          {block.text}
        </Heading>
      );
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'labelled':
      return (
        <p className="support-item">
          <strong>{block.label}:</strong> {block.text}
        </p>
      );
    case 'table':
      return (
        <table className={block.labelled ? 'labelled-table' : undefined}>
          {block.header !== null && (
            <thead>
              <tr>
                {block.header.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) =>
                  block.labelled && cellIndex === 0 ? (
                    <th key={cellIndex} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={cellIndex}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signatures':
      return (
        <div className="signature-grid">
          {block.signers.map((signer, index) => (
            <div key={index} className="signature-cell">
              <p className="signature-line">{signer.name}</p>
              <p>{signer.role}</p>
              <p className="signature-date">{block.dateLabel}: ____________________</p>
            </div>
          ))}
        </div>
      );
  }
}

/**
 * The printed page's running header and page numbers live in the @page margin boxes of
 * agreements.css, which can only read text from custom properties on the root element;
 * the words come with the document, so they are in the document's language.
 */
function usePageTexts(document: AgreementPrintDocument, enabled: boolean) {
  const { header, pageNumbering } = document;
  useEffect(() => {
    if (!enabled) return;
    const root = window.document.documentElement;
    const values = {
      '--agreement-confidential': JSON.stringify(header),
      '--agreement-page-before': JSON.stringify(pageNumbering.before),
      '--agreement-page-between': JSON.stringify(pageNumbering.between),
    };
    for (const [name, value] of Object.entries(values)) root.style.setProperty(name, value);
    return () => {
      for (const name of Object.keys(values)) root.style.removeProperty(name);
    };
  }, [enabled, header, pageNumbering.before, pageNumbering.between]);
}

/** The agreement as the DOCX reads it, laid out as a sheet of A4 paper. */
export function AgreementSheet({
  document,
  titleLevel,
  label,
  printed = false,
}: {
  document: AgreementPrintDocument;
  titleLevel: 1 | 2;
  label: string;
  /** The print view's sheet: it alone sets the running header and page numbers. */
  printed?: boolean;
}) {
  usePageTexts(document, printed);
  return (
    <section className={printed ? 'agreement-sheet print-area' : 'agreement-sheet'} lang={document.language} aria-label={label}>
      <p className="sheet-header">{document.header}</p>
      <Heading level={titleLevel} className="sheet-title">
        {document.title}
      </Heading>
      {document.blocks.map((block, index) => (
        <Block key={index} block={block} titleLevel={titleLevel} />
      ))}
    </section>
  );
}
