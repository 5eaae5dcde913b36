"""How wide a text is in Times New Roman, for the few lengths Word cannot be left to find.

Word lays every line out itself; kl224 only needs widths twice: the rule under the party title,
drawn as long as the title, and the least width of a table column whose header must not wrap
("TT"). The advance widths are those of the standard Times faces that reportlab ships (Times New
Roman's metric twin); a Vietnamese letter is as wide as its base letter, since the marks sit
above or below it.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from reportlab.pdfbase import pdfmetrics

__all__ = ["longest_word_pt", "text_width_pt"]

# Base letters that do not decompose under NFD, mapped to the letter of the same width.
_BASES: Final = str.maketrans("ĐđƯưƠơ", "DdUuOo")


def _latin(text: str) -> str:
    base = unicodedata.normalize("NFD", text).translate(_BASES)
    out = []
    for char in base:
        if unicodedata.combining(char):
            continue
        # Anything outside Latin-1 counts as a lower-case "n", an average letter.
        out.append(char if ord(char) < 256 else "n")
    return "".join(out)


def text_width_pt(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of ``text`` set in Times New Roman at ``size`` points."""
    return float(pdfmetrics.stringWidth(_latin(text), "Times-Bold" if bold else "Times-Roman",
                                        size))


def longest_word_pt(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of the widest word (run of non-spaces) of ``text``; 0 for no word."""
    return max((text_width_pt(word, size, bold=bold) for word in text.split()), default=0.0)
