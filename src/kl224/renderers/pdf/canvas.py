"""The canvas kl224's PDFs are drawn on: reportlab's, with two per-document differences.

- Streams are compressed with Flate alone, without the ASCII85 layer that reportlab adds to
  page streams by default (``rl_config.useA85``). ASCII85 makes a binary stream a quarter
  longer for the sake of 7-bit channels no PDF travels through any more, and encoding it cost a
  tenth of the rendering time. The setting lives on this canvas and its PDFDocument, never in
  reportlab's global configuration, so other code in the process (and other threads) keep
  theirs.
- Text is escaped for PDF strings through a lookup table. reportlab's pure-Python escaper (used
  when its optional C accelerator is not installed) appends one character at a time, and it
  runs for every string drawn; the table gives the same text.
- A plain string (a table cell, a page number) is written as the same text object reportlab
  writes, without building a text object to write it: a figures table draws hundreds of short
  strings, and the object cost more than the text. Anything unusual (a render mode, spacing,
  a direction, shaping, a font that is not TrueType) goes reportlab's way.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import functools
from typing import Any, Final


def _escape_table() -> tuple[str, ...]:
    # The escapes of reportlab's escapePDF: octal for control and non-ASCII bytes, a backslash
    # before the three characters that delimit PDF strings, anything else as it is.
    out = []
    for code in range(256):
        if code < 32 or code >= 127:
            out.append(f"\\{code:03o}")
        elif chr(code) in "\\()":
            out.append("\\" + chr(code))
        else:
            out.append(chr(code))
    return tuple(out)


_ESCAPES: Final = _escape_table()


def escape_pdf(data: bytes) -> str:
    """``data`` as the inside of a PDF literal string (what reportlab's escapePDF returns)."""
    return "".join(map(_ESCAPES.__getitem__, data))


@functools.cache
def canvas_class() -> type[Any]:
    """reportlab's Canvas with Flate-only streams and table-driven escaping."""
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase.pdfdoc import PDFZCompress
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfgen.canvas import Canvas

    class _Canvas(Canvas):  # type: ignore[misc]
        # Whether plain strings are written directly (the tests compare both ways).
        direct_strings = True

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # Pages without their own compression flag take the document's default stream
            # filters, Flate here; font files get Flate that way too, as they would have.
            self.setPageCompression(0)
            self._doc.defaultStreamFilters = [PDFZCompress]
            self._font_operators: dict[tuple[float, float], str] = {}

        def _plain(self, text: Any, *options: Any) -> Any:
            """The font to write ``text`` in directly, or None to leave it to reportlab."""
            if not self.direct_strings or type(text) is not str or any(options):
                return None
            font = getFont(self._fontname)
            return font if font._dynamicFont and self.bottomup else None

        def _write(self, font: Any, x: float, y: float, text: str) -> None:
            # What beginText(x, y), textLine(text) and drawText() write, for a TrueType font:
            # "BT 1 0 0 1 x y Tm <font> <size> Tf <leading> TL (codes) Tj ... T* ET".
            key = (self._fontsize, self._leading)
            operators = self._font_operators.get(key)
            if operators is None:
                operators = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
                self._font_operators[key] = operators
            doc = self._doc
            parts = []
            current = -1
            for subset, codes in font.splitString(text, doc):
                if subset != current:
                    parts.append(f"{font.getSubsetInternalName(subset, doc)} {operators}")
                    current = subset
                parts.append(f"({self._escape(codes)}) Tj")
            self._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {' '.join(parts)} T* ET")

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
