"""The Party page format in PDF points: :mod:`kl224.renderers.page` converted once for reportlab.

Every length here is derived from the format module, which alone states the facts (margins,
columns, sizes, spacing); what is added is only what a PDF needs to place them — where the
baseline of a page number falls, how long a layout table may grow — and the cell geometry of
the PDF's own tables.
"""

from __future__ import annotations

from typing import Final

from kl224.renderers.page import (
    A4,
    CLOSING_COLUMNS_MM,
    HEADER_COLUMNS_MM,
    MARGINS,
    SIZES,
    SPACING,
    mm_to_pt,
)

__all__ = [
    "BOTTOM",
    "CELL_CHUNK_LINES",
    "CELL_LEADING",
    "CELL_PADDING",
    "CELL_SIZE",
    "CLOSING_COLUMNS",
    "FIRST_LINE_INDENT",
    "FRAME_H",
    "FRAME_W",
    "HEADER_COLUMNS",
    "LANDSCAPE_FRAME_H",
    "LANDSCAPE_FRAME_W",
    "LANDSCAPE_H",
    "LANDSCAPE_NUMBER_BASELINE",
    "LANDSCAPE_W",
    "LEFT",
    "MIN_ROW_PIECE",
    "MM",
    "PAGE_H",
    "PAGE_NUMBER_BASELINE",
    "PAGE_W",
    "RIGHT",
    "RULE",
    "SIGNATURE_SPACE",
    "TOP",
    "leading",
]

MM: Final = mm_to_pt(1)
PAGE_W: Final = mm_to_pt(A4.width_mm)
PAGE_H: Final = mm_to_pt(A4.height_mm)
TOP: Final = mm_to_pt(MARGINS.top_mm)
BOTTOM: Final = mm_to_pt(MARGINS.bottom_mm)
LEFT: Final = mm_to_pt(MARGINS.left_mm)
RIGHT: Final = mm_to_pt(MARGINS.right_mm)
FRAME_W: Final = mm_to_pt(MARGINS.text_width_mm(A4))
FRAME_H: Final = mm_to_pt(MARGINS.text_height_mm(A4))
HEADER_COLUMNS: Final = tuple(mm_to_pt(width) for width in HEADER_COLUMNS_MM)
CLOSING_COLUMNS: Final = tuple(mm_to_pt(width) for width in CLOSING_COLUMNS_MM)
FIRST_LINE_INDENT: Final = mm_to_pt(SPACING.first_line_indent_mm)
SIGNATURE_SPACE: Final = mm_to_pt(25)

# The digits of a 14 pt page number stand about 3.5 mm tall: their baseline sits that far
# below the line the format puts them on (``MARGINS.header_mm`` from the top edge).
_DIGITS_MM: Final = 3.5
PAGE_NUMBER_BASELINE: Final = PAGE_H - mm_to_pt(MARGINS.header_mm + _DIGITS_MM)

# A landscape page (an annex with a wide table): A4 turned, the same margins as it is read.
_TURNED: Final = A4.turned()
LANDSCAPE_W: Final = mm_to_pt(_TURNED.width_mm)
LANDSCAPE_H: Final = mm_to_pt(_TURNED.height_mm)
LANDSCAPE_FRAME_W: Final = mm_to_pt(MARGINS.text_width_mm(_TURNED))
LANDSCAPE_FRAME_H: Final = mm_to_pt(MARGINS.text_height_mm(_TURNED))
LANDSCAPE_NUMBER_BASELINE: Final = LANDSCAPE_H - mm_to_pt(MARGINS.header_mm + _DIGITS_MM)


def leading(size: float) -> float:
    """The single line spacing of text at ``size`` points (1.2 times the size)."""
    return round(size * 1.2, 2)


CELL_SIZE: Final = SIZES.table
CELL_LEADING: Final = leading(CELL_SIZE)
CELL_PADDING: Final = 3.0
RULE: Final = 0.6
"""The width of table rules and of the header's rule, in points."""
CELL_CHUNK_LINES: Final = 24
"""A table cell longer than about this many lines is cut into continuation rows, so no row is
taller than a page; reportlab splitting a huge row page by page is quadratic in its length."""
MIN_ROW_PIECE: Final = 3 * CELL_LEADING
"""A row is cut across pages only where at least three of its lines fit: else a table continued
at the foot of a page would start there with its repeated header and a sliver of one row."""
