"""The PDF layout's measures (A4 page, margins, columns, cell sizes) and its small helpers:
text made safe for reportlab's paragraph markup, and the table style commands every table shares.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

from typing import Any, Final
from xml.sax.saxutils import escape as _xml_escape

from kl224.document.nodes import Align
from kl224.text.clean import normalize

_MM: Final = 72 / 25.4
_PAGE_W: Final = 210 * _MM
_PAGE_H: Final = 297 * _MM
_TOP, _BOTTOM, _LEFT, _RIGHT = 20 * _MM, 20 * _MM, 30 * _MM, 15 * _MM
_FRAME_W: Final = _PAGE_W - _LEFT - _RIGHT
_FRAME_H: Final = _PAGE_H - _TOP - _BOTTOM
_HEADER_COLUMNS: Final = (70 * _MM, 95 * _MM)
_CLOSING_COLUMNS: Final = (80 * _MM, 85 * _MM)
_PAGE_NUMBER_BASELINE: Final = _PAGE_H - 13.5 * _MM  # digit tops sit about 10 mm from the edge
# A landscape page (an annex with a wide table): A4 turned, the same margins as it is read.
_LANDSCAPE_W: Final = _PAGE_H
_LANDSCAPE_H: Final = _PAGE_W
_LANDSCAPE_FRAME_W: Final = _LANDSCAPE_W - _LEFT - _RIGHT
_LANDSCAPE_FRAME_H: Final = _LANDSCAPE_H - _TOP - _BOTTOM
_LANDSCAPE_NUMBER_BASELINE: Final = _LANDSCAPE_H - 13.5 * _MM
_SIGNATURE_SPACE: Final = 25 * _MM
_CELL_SIZE: Final = 13.0  # the DOCX renderer uses the same cell size
_CELL_PADDING: Final = 3.0
_RULE: Final = 0.6
# A table cell longer than about this many lines is cut into continuation rows, so no row is
# taller than a page; reportlab splitting a huge row page by page is quadratic in its length.
_CELL_CHUNK_LINES: Final = 24
# A row is cut across pages only where at least three of its lines fit: else a table continued
# at the foot of a page would start there with its repeated header and a sliver of one row.
_MIN_ROW_PIECE: Final = 3 * round(_CELL_SIZE * 1.2, 2)

_ALIGN: Final[dict[Align, int]] = {"left": 0, "center": 1, "right": 2, "justify": 4}


def _markup(text: str) -> str:
    """Return ``text`` as reportlab paragraph markup that prints it literally.

    NFC, unsafe characters dropped, ``& < >`` escaped (so ``<b>``, ``&amp;`` or ``<img .../>``
    stay text), and newlines as ``<br/>``.
    """
    return "<br/>".join(_xml_escape(line) for line in normalize(text).split("\n"))


def _plain(text: str) -> str:
    """Return ``text`` normalised for places outside paragraph markup (metadata, canvas)."""
    return normalize(text).replace("\n", " ")


def _upper(text: str) -> str:
    return normalize(text.upper())


def _chunks(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at a newline or a space if the
    piece would otherwise be much shorter, else inside a word."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", limit // 2, limit)
        if cut < 0:
            cut = rest.rfind(" ", limit // 2, limit)
        if cut < 0:
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut:].lstrip(" \n")
    pieces.append(rest)
    return pieces


def _line_capacity(width: float, size: float) -> int:
    """A generous estimate of how many characters of ``size`` fit on a line ``width`` wide."""
    return max(8, int(width / (size * 0.45)))


def _zero_padding() -> list[tuple[Any, ...]]:
    return [(side, (0, 0), (-1, -1), 0) for side in
            ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")] + _table_font()


def _table_font() -> list[tuple[Any, ...]]:
    from kl224.renderers._pdffonts import REGULAR

    # Empty cells are drawn as strings in the table's font, Helvetica unless told otherwise,
    # which would put an unembedded font in the file.
    return [("FONTNAME", (0, 0), (-1, -1), REGULAR)]


def _string_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))
