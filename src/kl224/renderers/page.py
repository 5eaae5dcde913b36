"""The Party page format (Hướng dẫn 36-HD/VPTW), written once for every renderer.

Page size, margins, the columns of the first-page header and of the closing block, font sizes,
paragraph spacing, the space left for the signature, the draft mark and heading casing live
here and only here; the DOCX, PDF and text renderers read them. Lengths are in millimetres and
sizes in points, the units the format guide itself uses (see ../shared/spec/party-format.md);
each renderer converts to its own units (twips, EMU, PDF points) at the edge.
"""

from __future__ import annotations

import unicodedata
from typing import Final

import attrs

__all__ = [
    "A4",
    "CLOSING_COLUMNS_MM",
    "DRAFT_MARK",
    "FIRST_NUMBERED_PAGE",
    "FONT_FAMILY",
    "HEADER_COLUMNS_MM",
    "MARGINS",
    "PT_PER_MM",
    "SIZES",
    "SPACING",
    "TABLE_ROWS_KEPT",
    "FontSizes",
    "Margins",
    "PageSize",
    "Spacing",
    "heading_text",
    "mm_to_pt",
    "upper",
]

PT_PER_MM: Final = 72 / 25.4
"""Points in a millimetre."""


def mm_to_pt(mm: float) -> float:
    """Return ``mm`` millimetres in points."""
    return mm * PT_PER_MM


@attrs.frozen
class PageSize:
    """A sheet of paper, portrait, in millimetres."""

    width_mm: float
    height_mm: float

    def turned(self) -> PageSize:
        """The same sheet in landscape (an annex with a wide table)."""
        return PageSize(self.height_mm, self.width_mm)


@attrs.frozen
class Margins:
    """Page margins in millimetres, and how far page numbers sit from the top edge."""

    top_mm: float
    bottom_mm: float
    left_mm: float
    right_mm: float
    header_mm: float
    """From the top edge of the sheet to the page number's paragraph (DOCX header distance)."""

    def text_width_mm(self, page: PageSize) -> float:
        """The width of the text block on ``page``."""
        return page.width_mm - self.left_mm - self.right_mm

    def text_height_mm(self, page: PageSize) -> float:
        """The height of the text block on ``page``."""
        return page.height_mm - self.top_mm - self.bottom_mm


@attrs.frozen
class FontSizes:
    """Font sizes in points, by what the text is."""

    body: float = 14
    header: float = 14
    """The lines of the first-page header other than the party title."""
    party_title: float = 15
    doc_type: float = 16
    """BÁO CÁO."""
    subject: float = 14
    heading: float = 14
    table: float = 13
    signature: float = 14
    recipients_label: float = 14
    recipients: float = 12
    page_number: float = 14
    annex: float = 14
    draft_mark: float = 14


@attrs.frozen
class Spacing:
    """Paragraph spacing and indents (points unless the name says millimetres)."""

    paragraph_before: float = 6
    paragraph_after: float = 6
    first_line_indent_mm: float = 10
    line_exact: float = 18
    """Exactly 18 pt between lines: the best-supported value (an option of each renderer)."""
    title_before: float = 24
    """Above BÁO CÁO."""
    place_date_before: float = 9
    separator_after: float = 12
    """Below ``-----``."""
    signature_space_mm: float = 28
    """Left empty between the position line and the signer's name, for signature and seal."""
    recipients_before: float = 22
    table_cell_before: float = 2
    table_cell_after: float = 2
    recipients_hanging: float = 7
    """Every line of a recipient entry but the first starts this far in, after its ``- ``."""


A4: Final = PageSize(210, 297)
MARGINS: Final = Margins(top_mm=20, bottom_mm=20, left_mm=30, right_mm=15, header_mm=10)
HEADER_COLUMNS_MM: Final = (70.0, 95.0)
"""The first-page header: the issuing body on the left, the party title and date on the right."""
CLOSING_COLUMNS_MM: Final = (80.0, 85.0)
"""The closing block: the recipients on the left, the signature on the right."""
SIZES: Final = FontSizes()
SPACING: Final = Spacing()
FONT_FAMILY: Final = "Times New Roman"
"""The font the format prescribes; a PDF embeds a metric-compatible face (Liberation Serif)."""
DRAFT_MARK: Final = "DỰ THẢO"
"""The mark printed at the top right of page 1 of a draft."""
FIRST_NUMBERED_PAGE: Final = 2
"""Page numbers are printed from this page on (never on page 1)."""
TABLE_ROWS_KEPT: Final = 2
"""A table that ends the body shares the signature block's page with at least this many of
its last rows (the whole table, header included, when it has at most one row more)."""


def upper(text: str) -> str:
    """Return ``text`` in upper case, NFC (upper-casing can decompose a few letters)."""
    return unicodedata.normalize("NFC", text.upper())


def heading_text(level: int, text: str) -> str:
    """Return a heading as the format prints it.

    Parts (``A-``, level 1) and sections (``I-``, level 2) are printed in upper case; numbered
    items (``1.``, level 3) and deeper keep the sentence case they were written in.
    """
    return upper(text) if level <= 2 else text
