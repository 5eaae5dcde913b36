"""Small helpers of the PDF layout: text made safe for reportlab's paragraph markup, text cut
into pieces a table cell can hold, and the table style commands every table shares.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

from typing import Any, Final
from xml.sax.saxutils import escape as _xml_escape

from kl224.document.nodes import Align
from kl224.text.clean import normalize

__all__ = [
    "ALIGN",
    "chunks",
    "line_capacity",
    "markup",
    "plain",
    "string_width",
    "zero_padding",
]

ALIGN: Final[dict[Align, int]] = {"left": 0, "center": 1, "right": 2, "justify": 4}
"""reportlab's paragraph alignment codes, by the document tree's alignment names."""


def markup(text: str) -> str:
    """Return ``text`` as reportlab paragraph markup that prints it literally.

    NFC, unsafe characters dropped, ``& < >`` escaped (so ``<b>``, ``&amp;`` or ``<img .../>``
    stay text), and newlines as ``<br/>``.
    """
    return "<br/>".join(_xml_escape(line) for line in normalize(text).split("\n"))


def plain(text: str) -> str:
    """Return ``text`` normalised for places outside paragraph markup (metadata, canvas)."""
    return normalize(text).replace("\n", " ")


def chunks(text: str, limit: int) -> list[str]:
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


def line_capacity(width: float, size: float) -> int:
    """A generous estimate of how many characters of ``size`` fit on a line ``width`` wide."""
    return max(8, int(width / (size * 0.45)))


def zero_padding() -> list[tuple[Any, ...]]:
    """Table style commands for a layout table: no cell padding, cells in kl224's font."""
    from kl224.renderers.pdf.fonts import REGULAR

    # Empty cells are drawn as strings in the table's font, Helvetica unless told otherwise,
    # which would put an unembedded font in the file.
    return [*((side, (0, 0), (-1, -1), 0) for side in
              ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR)]


def string_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points, set in ``font`` at ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))
