"""The canvas kl224's PDFs are drawn on: reportlab's, with a few per-document differences.

- Streams are compressed with Flate alone, without the ASCII85 layer that reportlab adds to
  page streams by default (``rl_config.useA85``). ASCII85 makes a binary stream a quarter
  longer for the sake of 7-bit channels no PDF travels through any more, and encoding it cost a
  tenth of the rendering time. The setting lives on this canvas and its PDFDocument, never in
  reportlab's global configuration, so other code in the process (and other threads) keep
  theirs.
- Compression runs at zlib level 3 for page contents and 1 for embedded font files, not 6:
  compressing took a tenth of the rendering time, and these levels take about 40% less of it
  for a file about 5% larger (page contents 8% larger, font subsets 6%).
- Text is escaped for PDF strings through a lookup table. reportlab's pure-Python escaper (used
  when its optional C accelerator is not installed) appends one character at a time, and it
  runs for every string drawn; the table gives the same text.
- A plain string (a table cell, a page number) is written as the same text object reportlab
  writes, without building a text object to write it: a figures table draws hundreds of short
  strings, and the object cost more than the text. Anything unusual (a render mode, spacing,
  a direction, shaping, a font that is not TrueType) goes reportlab's way.
- Numbers are formatted once per document. reportlab writes every coordinate, word spacing and
  line end through its pure-Python ``fp_str`` (a tenth of the rendering time), and a report
  repeats the same few hundred numbers thousands of times: the canvas remembers what
  ``fp_str`` gave for each number and writes that again. Positions (``cm``), table rules,
  RGB colours and paragraphs' text objects (origin, line moves, word spacing) go this way.
- Numbers the canvas has not met yet are formatted by :func:`format_number`, reportlab's
  ``fp_str`` rule for one number written with ``str.rstrip`` instead of a loop over its
  characters (a property test holds it to ``fp_str``); a text's origin goes through the
  same memory as every other number.
- A paragraph's lines are written by a text object that takes the TrueType path directly, with
  the font-change operators made once per size and leading.
- A string whose characters all have their codes in its face's first subset (nearly every
  string after the first page) is written with one ``str.translate`` to its escaped codes
  (``escaped_text`` of :mod:`kl224.renderers.pdf.fonts`).

Every shortcut writes the bytes reportlab's own path writes (a test compares both ways).

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import functools
import math
from typing import Any, Final


def _escape_table() -> dict[int, str]:
    # The escapes of reportlab's escapePDF: octal for control and non-ASCII bytes, a backslash
    # before the three characters that delimit PDF strings; anything else stays as it is.
    out = {}
    for code in range(256):
        if code < 32 or code >= 127:
            out[code] = f"\\{code:03o}"
        elif chr(code) in "\\()":
            out[code] = "\\" + chr(code)
    return out


PDF_ESCAPES: Final = _escape_table()
"""The escapes of a PDF literal string, by byte: those not in it stand for themselves."""


def escape_pdf(data: bytes) -> str:
    """``data`` as the inside of a PDF literal string (what reportlab's escapePDF returns)."""
    # Bytes as the characters of the same numbers, then str.translate's table lookup in C.
    return data.decode("latin-1").translate(PDF_ESCAPES)


_LOG_E_10: Final = math.log(10.0)
_FORMATS: Final = ("%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f")


def format_number(value: float) -> str:
    """``value`` as reportlab's ``fp_str(value)`` writes it: at most six decimals and seven
    significant digits, no trailing zeros, no leading zero before the point."""
    size = abs(value)
    if size <= 1e-7:
        return "0"
    # log(x) / log(10), not log10: reportlab's rounding at powers of ten.
    decimals = 6 if size <= 1 else min(max(0, 6 - int(math.log(size) / _LOG_E_10)), 6)
    text = _FORMATS[decimals] % value
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return text[1:] if text[0] == "0" and len(text) > 1 else text


PAGE_FLATE_LEVEL: Final = 3
"""zlib's level for page contents and the document's other streams."""
FONT_FLATE_LEVEL: Final = 1
"""zlib's level for embedded font files (see :mod:`kl224.renderers.pdf.fonts`)."""


@functools.cache
def flate_filter(level: int) -> Any:
    """reportlab's Flate stream filter, compressing at zlib's ``level``."""
    import zlib

    from reportlab.pdfbase.pdfdoc import PDFStreamFilterZCompress

    class _Flate(PDFStreamFilterZCompress):  # type: ignore[misc]
        def encode(self, text: str | bytes) -> bytes:
            data = text.encode("utf8") if isinstance(text, str) else text
            return zlib.compress(data, level)

    return _Flate()


@functools.cache
def canvas_class() -> type[Any]:
    """reportlab's Canvas with Flate-only streams and table-driven escaping."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.pdfgen.canvas import Canvas

    text_object = _text_object_class()

    class _Canvas(Canvas):  # type: ignore[misc]
        # Whether the shortcuts are taken (the tests compare both ways).
        direct_strings = True
        _currentMatrix: tuple[float, ...]

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self._numbers: dict[float, str] = {}
            super().__init__(*args, **kwargs)
            # Pages without their own compression flag take the document's default stream
            # filters, Flate here; font files get Flate that way too, as they would have.
            self.setPageCompression(0)
            self._doc.defaultStreamFilters = [flate_filter(PAGE_FLATE_LEVEL)]
            self._font_operators: dict[tuple[float, float], str] = {}

        def showPage(self) -> None:
            # The document's file ID digests what every page draws (see build.render_pdf).
            self._doc.signature.update("\n".join(self._code).encode("utf-8", "surrogatepass"))
            super().showPage()

        def numbers(self, *values: float) -> str:
            """``fp_str(*values)``, each number formatted once per document."""
            memo = self._numbers
            out = []
            for value in values:
                text = memo.get(value)
                if text is None:
                    text = format_number(value)
                    if len(memo) < _NUMBERS_KEPT:
                        memo[value] = text
                out.append(text)
            return " ".join(out)

        def font_operators(self, size: float, leading: float) -> str:
            """``<size> Tf <leading> TL``, what follows a TrueType subset's name."""
            key = (size, leading)
            operators = self._font_operators.get(key)
            if operators is None:
                operators = f"{format_number(size)} Tf {format_number(leading)} TL"
                self._font_operators[key] = operators
            return operators

        def transform(self, a: float, b: float, c: float, d: float, e: float,
                      f: float) -> None:
            code = self._code
            if not self.direct_strings or (code and code[-1][-3:] == " cm"):
                # reportlab merges a transform into the one right before it.
                super().transform(a, b, c, d, e, f)
                return
            if rl_canvas.ENABLE_TRACKING:
                a0, b0, c0, d0, e0, f0 = self._currentMatrix
                self._currentMatrix = (a0 * a + c0 * b, b0 * a + d0 * b, a0 * c + c0 * d,
                                       b0 * c + d0 * d, a0 * e + c0 * f + e0,
                                       b0 * e + d0 * f + f0)
            code.append(f"{self.numbers(a, b, c, d, e, f)} cm")

        def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
            if not (self.direct_strings
                    and _set_rgb(self, self.numbers, aColor, alpha, stroke=False)):
                super().setFillColor(aColor, alpha)

        def setStrokeColor(self, aColor: Any, alpha: Any = None) -> None:
            if not (self.direct_strings
                    and _set_rgb(self, self.numbers, aColor, alpha, stroke=True)):
                super().setStrokeColor(aColor, alpha)

        def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
            if not self.direct_strings:
                super().line(x1, y1, x2, y2)
                return
            self._code.append(f"n {self.numbers(x1, y1)} m {self.numbers(x2, y2)} l S")

        def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:
            if not self.direct_strings or not self.bottomup:
                return super().beginText(x, y, direction)
            return text_object(self, x, y, direction=direction)

        def _plain(self, text: Any, *options: Any) -> Any:
            """The font to write ``text`` in directly, or None to leave it to reportlab."""
            if not self.direct_strings or type(text) is not str or any(options):
                return None
            font = getFont(self._fontname)
            return font if hasattr(font, "escaped_text") and self.bottomup else None

        def show_text(self, font: Any, text: str, subset: int, size: float,
                      leading: float) -> tuple[str, int]:
            """The operators that show ``text`` in the TrueType ``font`` at ``size`` and
            ``leading`` when the font's subset ``subset`` is the one set (-1: none), and the
            subset set after them: ``(codes) Tj`` runs, each subset change written as
            ``<subset font> <size> Tf <leading> TL`` before its run."""
            doc = self._doc
            escaped = font.escaped_text(text, doc)
            if escaped is not None:
                if subset == 0:
                    return f"({escaped}) Tj", 0
                name = font.getSubsetInternalName(0, doc)
                return f"{name} {self.font_operators(size, leading)} ({escaped}) Tj", 0
            parts = []
            for run, codes in font.splitString(text, doc):
                if run != subset:
                    name = font.getSubsetInternalName(run, doc)
                    parts.append(f"{name} {self.font_operators(size, leading)}")
                    subset = run
                parts.append(f"({self._escape(codes)}) Tj")
            return " ".join(parts), subset

        def _write(self, font: Any, x: float, y: float, text: str) -> None:
            # What beginText(x, y), textLine(text) and drawText() write, for a TrueType font:
            # "BT 1 0 0 1 x y Tm <font> <size> Tf <leading> TL (codes) Tj ... T* ET".
            shown, _ = self.show_text(font, text, -1, self._fontsize, self._leading)
            self._code.append(f"BT 1 0 0 1 {self.numbers(x, y)} Tm {shown} T* ET")

        def drawString(self, x: float, y: float, text: Any, mode: Any = None,
                       charSpace: float = 0, direction: Any = None, wordSpace: Any = None,
                       shaping: bool = False) -> None:
            font = self._plain(text, mode is not None, charSpace, direction, wordSpace, shaping)
            if font is None:
                super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)
            else:
                self._write(font, x, y, text)

        def drawRightString(self, x: float, y: float, text: Any, mode: Any = None,
                            charSpace: float = 0, direction: Any = None, wordSpace: Any = None,
                            shaping: bool = False) -> None:
            font = self._plain(text, mode is not None, charSpace, direction, wordSpace, shaping)
            if font is None:
                super().drawRightString(x, y, text, mode, charSpace, direction, wordSpace,
                                        shaping)
            else:
                width = self.stringWidth(text, self._fontname, self._fontsize)
                self._write(font, x - width, y, text)

        def drawCentredString(self, x: float, y: float, text: Any, mode: Any = None,
                              charSpace: float = 0, direction: Any = None, wordSpace: Any = None,
                              shaping: bool = False) -> None:
            font = self._plain(text, mode is not None, charSpace, direction, wordSpace, shaping)
            if font is None:
                super().drawCentredString(x, y, text, mode, charSpace, direction, wordSpace,
                                          shaping)
            else:
                width = self.stringWidth(text, self._fontname, self._fontsize)
                self._write(font, x - 0.5 * width, y, text)

        def _escape(self, s: Any) -> str:
            if isinstance(s, bytes):
                return escape_pdf(s)
            text: str = super()._escape(s)
            return text

    return _Canvas


def _set_rgb(target: Any, numbers: Any, color: Any, alpha: Any, stroke: bool) -> bool:
    """What reportlab's ``setFillColor``/``setStrokeColor`` write for a plain RGB ``Color``,
    its numbers through the canvas's memory; False (nothing done) for any other colour."""
    from reportlab.lib.colors import Color

    if type(color) is not Color or target._enforceColorSpace:
        return False
    text = numbers(color.red, color.green, color.blue)
    if stroke:
        target._strokeColorObj = color
        target._code.append(f"{text} RG")
        set_alpha = target.setStrokeAlpha
    else:
        target._fillColorObj = color
        target._code.append(f"{text} rg")
        set_alpha = target.setFillAlpha
    if alpha is not None:
        set_alpha(alpha)
    elif getattr(color, "alpha", None) is not None:
        set_alpha(color.alpha)
    return True


_NUMBERS_KEPT: Final = 1 << 16
"""How many numbers a document's canvas remembers, at most."""


def _text_object_class() -> type[Any]:
    """reportlab's text object for a bottom-up canvas of :func:`canvas_class`, writing numbers
    through the canvas's memory and TrueType text without reportlab's general path."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfgen.textobject import PDFTextObject

    class _TextObject(PDFTextObject):  # type: ignore[misc]
        _curSubset: int

        def setTextOrigin(self, x: float, y: float) -> None:
            self._code.append(f"1 0 0 1 {self._canvas.numbers(x, y)} Tm")
            self._x0 = self._x = x
            self._y0 = self._y = y

        def moveCursor(self, dx: float, dy: float) -> None:
            code = self._code
            if code and code[-1].endswith(" Td"):
                # reportlab merges a move into the one right before it.
                super().moveCursor(dx, dy)
                return
            code.append(f"{self._canvas.numbers(dx, -dy)} Td")
            self._x0 += dx
            self._y0 += dy
            self._x = self._x0
            self._y = self._y0

        def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
            if not _set_rgb(self, self._canvas.numbers, aColor, alpha, stroke=False):
                super().setFillColor(aColor, alpha)

        def setStrokeColor(self, aColor: Any, alpha: Any = None) -> None:
            if not _set_rgb(self, self._canvas.numbers, aColor, alpha, stroke=True):
                super().setStrokeColor(aColor, alpha)

        def setWordSpace(self, wordSpace: float) -> None:
            self._wordSpace = wordSpace
            self._code.append(f"{self._canvas.numbers(wordSpace)} Tw")

        def _formatText(self, text: Any) -> str:
            font = getFont(self._fontname)
            if type(text) is not str or not hasattr(font, "escaped_text"):
                # Bytes, shaped text, Type 1 fonts, fonts not kl224's: reportlab's own path.
                formatted: str = super()._formatText(text)
                return formatted
            shown: str
            shown, self._curSubset = self._canvas.show_text(font, text, self._curSubset,
                                                            self._fontsize, self._leading)
            return shown

    return _TextObject
