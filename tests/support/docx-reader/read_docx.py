"""Print what an independent reader (python-docx) sees in a DOCX, as JSON on stdout.

The builders are written with the `docx` npm package; reading their output with a
different implementation catches documents that only round-trip through the library
that wrote them.

Usage: python3 read_docx.py FILE.docx
"""

import json
import sys

import docx
from docx.oxml.ns import qn

EMU_PER_MM = 36000

# Elements that mark tracked changes; a finished document must contain none.
REVISION_TAGS = ("w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:rPrChange", "w:pPrChange")


def field_codes(element):
    """Field instructions (PAGE, NUMPAGES, ...) from complex and simple fields."""
    complex_codes = [node.text.strip() for node in element.iter(qn("w:instrText")) if node.text]
    simple_codes = [node.get(qn("w:instr")).strip() for node in element.iter(qn("w:fldSimple"))]
    return complex_codes + simple_codes


def header_footer(part):
    return {
        "linked_to_previous": part.is_linked_to_previous,
        "text": "\n".join(paragraph.text for paragraph in part.paragraphs),
        "fields": [] if part.is_linked_to_previous else field_codes(part._element),
    }


def table_cells(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def section_info(section):
    return {
        "page_width_mm": round(section.page_width / EMU_PER_MM),
        "page_height_mm": round(section.page_height / EMU_PER_MM),
        "header": header_footer(section.header),
        "footer": header_footer(section.footer),
    }


def languages(document):
    styles_element = document.styles.element
    return sorted({node.get(qn("w:val")) for node in styles_element.iter(qn("w:lang")) if node.get(qn("w:val"))})


def revision_count(document):
    body = document.element.body
    return sum(1 for tag in REVISION_TAGS for _ in body.iter(qn(tag)))


def main(path):
    document = docx.Document(path)
    core = document.core_properties
    parts = sorted(str(part.partname) for part in document.part.package.iter_parts())
    result = {
        "paragraphs": [
            {"text": paragraph.text, "style": paragraph.style.name if paragraph.style is not None else None}
            for paragraph in document.paragraphs
        ],
        "tables": [table_cells(table) for table in document.tables],
        "sections": [section_info(section) for section in document.sections],
        "core": {
            "author": core.author,
            "last_modified_by": core.last_modified_by,
            "title": core.title,
            "subject": core.subject,
            "keywords": core.keywords,
            "comments": core.comments,
            "created": core.created.isoformat() if core.created else None,
            "modified": core.modified.isoformat() if core.modified else None,
        },
        "style_languages": languages(document),
        "parts": parts,
        "has_comments_part": any(part.endswith("/comments.xml") for part in parts),
        "revision_count": revision_count(document),
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: read_docx.py FILE.docx")
    main(sys.argv[1])
