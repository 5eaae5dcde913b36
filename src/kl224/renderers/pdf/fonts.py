"""Liberation Serif, bundled with kl224, registered with reportlab once per process.

Times New Roman may not be redistributed, so the PDF embeds Liberation Serif 2.x, which has the
same metrics (SIL Open Font License 1.1; the licence is ``assets/fonts/OFL.txt``). The four faces
are registered as one family, so ``<b>`` and ``<i>`` in paragraph markup pick real faces rather
than synthesised ones. Importing this module does not import reportlab.
"""

from __future__ import annotations

import io
import threading
from importlib import resources
from typing import Any, Final

__all__ = [
    "BOLD", "BOLD_ITALIC", "ITALIC", "REGULAR", "font_class", "register_font", "register_fonts",
]

# kl224-specific names, so a program that registers its own "LiberationSerif" keeps it.
REGULAR: Final = "kl224-LiberationSerif"
BOLD: Final = "kl224-LiberationSerif-Bold"
ITALIC: Final = "kl224-LiberationSerif-Italic"
BOLD_ITALIC: Final = "kl224-LiberationSerif-BoldItalic"

_FILES: Final = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()

# Words whose widths each face remembers, at most: the words of a few long reports.
_WIDTH_CACHE_SIZE: Final = 1 << 16


def font_class() -> type[Any]:
    """reportlab's TTFont with a memory for the widths of the words it has measured.

    Line breaking measures every word of a paragraph each time the paragraph is wrapped, and a
    report repeats the same words (and table cells) thousands of times; reportlab's pure-Python
    measure walks the word's characters on every call. The width is the same sum of advance
    widths, times ``0.001 * size``, as reportlab computes, so layouts are unchanged. Each face
    keeps its own table, so fonts registered by other code are untouched; a dict read or
    write is atomic, so concurrent renders share the table safely.
    """
    from reportlab.pdfbase.ttfonts import TTFont

    class _MeasuredTTFont(TTFont):  # type: ignore[misc]
        def __init__(self, name: str, source: Any) -> None:
            super().__init__(name, source)
            self._units: dict[str, float] = {}

        def stringWidth(self, text: str | bytes, size: float,
                        encoding: str = "utf8") -> float:
            if not isinstance(text, str):
                text = text.decode(encoding or "utf8")
            units = self._units.get(text)
            if units is None:
                width = self.face.charWidths.get
                default = self.face.defaultWidth
                units = sum(width(ord(char), default) for char in text)
                if len(self._units) < _WIDTH_CACHE_SIZE:
                    self._units[text] = units
            return float(0.001 * size * units)

        def splitString(self, text: str | bytes, doc: Any,
                        encoding: str = "utf-8") -> list[tuple[int, bytes]]:
            # Every string drawn goes through here to get its codes in the font's subsets;
            # reportlab's loop handles a character at a time. Once each character of the
            # text has its code in this document (nearly always, after the first page), the
            # codes are looked up at once and grouped the same way.
            state = self.state.get(doc)
            if state is not None and isinstance(text, str):
                assigned = state.assignments
                try:
                    codes = [assigned[code] for code in map(ord, text.replace("\xa0", " "))]
                except KeyError:
                    pass
                else:
                    return _group_by_subset(codes)
            result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
            return result

    return _MeasuredTTFont


def _group_by_subset(codes: list[int]) -> list[tuple[int, bytes]]:
    """``(subset, bytes)`` runs of ``codes`` (subset = code >> 8), as TTFont.splitString
    returns them."""
    if not codes:
        return []
    if max(codes) < 256:
        return [(0, bytes(codes))]
    runs: list[tuple[int, bytes]] = []
    start = 0
    for index in range(1, len(codes) + 1):
        if index == len(codes) or codes[index] >> 8 != codes[start] >> 8:
            runs.append((codes[start] >> 8, bytes(code & 0xFF for code in codes[start:index])))
            start = index
    return runs


def _registered() -> bool:
    from reportlab.pdfbase import pdfmetrics

    # Checked against reportlab's own registry rather than a flag of ours: a test suite that
    # resets reportlab's registry must not leave us believing the fonts are still there.
    known = set(pdfmetrics.getRegisteredFontNames())
    return all(name in known for name in _FILES)


def register_font(font: Any) -> None:
    """Register ``font`` under its own name, as this very instance.

    reportlab registers a TrueType font whose face (PostScript) name it has seen before as an
    alias of the font registered first: had other code in the process registered Liberation
    Serif already, kl224's faces would be that code's font objects (perhaps another version of
    the font), and kl224's output would depend on what ran before it. The face name is made
    unique for the moment of registration only: it is what the PDF calls the font.
    """
    from reportlab.pdfbase import pdfmetrics

    face_name = font.face.name
    font.face.name = font.fontName.encode("ascii")
    try:
        pdfmetrics.registerFont(font)
    finally:
        font.face.name = face_name


def register_fonts() -> str:
    """Register the four Liberation Serif faces and their family; return the regular face's name.

    Safe to call on every render: after the first call it only checks reportlab's registry.

    Raises:
        FileNotFoundError: the font files are missing from the installed package (a broken
            installation; reinstall kl224).
    """
    if _registered():
        return REGULAR
    with _lock:
        if _registered():
            return REGULAR
        from reportlab.pdfbase import pdfmetrics

        measured = font_class()
        folder = resources.files("kl224.renderers").joinpath("assets", "fonts")
        for name, filename in _FILES.items():
            source = folder.joinpath(filename)
            if not source.is_file():
                raise FileNotFoundError(
                    f"the bundled font {filename} is missing from the kl224 package; "
                    "reinstall kl224 (pip install --force-reinstall kl224)"
                )
            register_font(measured(name, io.BytesIO(source.read_bytes())))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
    return REGULAR
