import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface DocxHeaderFooter {
  linked_to_previous: boolean;
  text: string;
  /** Field instructions, e.g. "PAGE" and "NUMPAGES". */
  fields: string[];
}

export interface DocxSection {
  page_width_mm: number;
  page_height_mm: number;
  header: DocxHeaderFooter;
  footer: DocxHeaderFooter;
}

/** What python-docx sees in a DOCX; field names mirror the Python reader's JSON. */
export interface DocxReading {
  paragraphs: { text: string; style: string | null }[];
  /** Each table as rows of cell texts. */
  tables: string[][][];
  sections: DocxSection[];
  core: {
    author: string;
    last_modified_by: string;
    title: string;
    subject: string;
    keywords: string;
    comments: string;
    created: string | null;
    modified: string | null;
  };
  style_languages: string[];
  parts: string[];
  has_comments_part: boolean;
  revision_count: number;
}

const readerScript = fileURLToPath(new URL('./read_docx.py', import.meta.url));

// Version managers (pyenv, conda) often put a python3 first on PATH that lacks the
// Debian python3-docx package, so the first interpreter that can import it is used.
const pythonCandidates = ['python3', '/usr/bin/python3'];
let pythonWithDocx: string | undefined;

function findPythonWithDocx(): string {
  if (pythonWithDocx !== undefined) return pythonWithDocx;
  for (const candidate of pythonCandidates) {
    try {
      execFileSync(candidate, ['-c', 'import docx'], { stdio: 'ignore' });
      pythonWithDocx = candidate;
      return candidate;
    } catch {
      // Not installed here, or installed without python-docx: try the next one.
    }
  }
  throw new Error(`No Python with python-docx found (tried ${pythonCandidates.join(', ')}); install python3-docx`);
}

/** Reads a DOCX file with python-docx, an implementation independent of the builders'. */
export function readDocx(file: string): DocxReading {
  const json = execFileSync(findPythonWithDocx(), [readerScript, file], { encoding: 'utf8' });
  return JSON.parse(json) as DocxReading;
}
