"""Raw OOXML (WordprocessingML) for the DOCX renderer — the one place that writes XML by hand.

python-docx is convenient for editing a file but slow for writing one: every paragraph and style
goes through its proxy objects and its template carries theme fonts, Calibri and dated parts. The
renderer therefore builds ``word/document.xml`` and its sibling parts here with lxml and zips them
in a fixed order with fixed timestamps, so the same document always gives the same bytes.

Units: lengths in twentieths of a point (twips, 1 mm ≈ 56.7), font sizes in half-points, border
widths in eighths of a point. lxml escapes every text and attribute value it writes.

The package: ``names`` (namespaces, Clark names, units), ``body`` (paragraphs, tables, section),
``styles`` (``word/styles.xml``) and ``archive`` (the other parts, the zip, reading it back).
"""

from __future__ import annotations

from kl224.renderers._ooxml.archive import package, read_custom_report
from kl224.renderers._ooxml.body import (
    PageSetup,
    add_cell,
    add_line,
    add_page_field,
    add_paragraph,
    add_row,
    add_table,
    document_part,
    end_section,
    header_part,
    new_document,
    new_story,
    set_section,
)
from kl224.renderers._ooxml.names import FONT, KL224_NS, Element, mm
from kl224.renderers._ooxml.styles import StyleDef, styles_part

__all__ = [
    "FONT",
    "KL224_NS",
    "Element",
    "PageSetup",
    "StyleDef",
    "add_cell",
    "add_line",
    "add_page_field",
    "add_paragraph",
    "add_row",
    "add_table",
    "document_part",
    "end_section",
    "header_part",
    "mm",
    "new_document",
    "new_story",
    "package",
    "read_custom_report",
    "set_section",
    "styles_part",
]
