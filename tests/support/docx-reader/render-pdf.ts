import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RenderedPdf {
  pageCount: number;
  /** Text of each page as pdftotext lays it out, page 1 first. */
  pageTexts: string[];
}

/**
 * Renders a DOCX to PDF with LibreOffice — a second, independent layout engine — and
 * reads the result back with poppler. Each call uses a profile of its own, because
 * LibreOffice refuses to start a second instance on a profile that is in use.
 */
export function renderPdf(docxFile: string): RenderedPdf {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fortrolig-render-'));
  try {
    const profileUrl = pathToFileURL(path.join(workDir, 'profile')).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profileUrl}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docxFile],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const pdfFile = path.join(workDir, `${path.parse(docxFile).name}.pdf`);
    if (!fs.existsSync(pdfFile)) throw new Error(`LibreOffice produced no PDF for ${docxFile}`);
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    const pages = /^Pages:\s+(\d+)$/m.exec(info)?.[1];
    if (pages === undefined) throw new Error('pdfinfo reported no page count');
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    // pdftotext ends every page with a form feed, so the last split piece is empty.
    const pageTexts = text.split('\f').slice(0, -1);
    return { pageCount: Number(pages), pageTexts };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

export function renderPdfPageCount(docxFile: string): number {
  return renderPdf(docxFile).pageCount;
}
