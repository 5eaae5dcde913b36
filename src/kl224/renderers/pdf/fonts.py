"""The PDF's fonts: Liberation Serif, with DejaVu Serif and DejaVu Sans for what it lacks.

Times New Roman may not be redistributed, so the PDF embeds Liberation Serif 2.x, which has the
same metrics (SIL Open Font License 1.1; the licence is ``assets/fonts/OFL.txt``). The four faces
are registered as one family, so ``<b>`` and ``<i>`` in paragraph markup pick real faces rather
than synthesised ones.

**Every character drawn.** Liberation Serif has no U+2011 (Word's non-breaking hyphen), no ✓,
★ or ⇒. Each face therefore carries a chain of fallback fonts (DejaVu Serif in the same style,
then DejaVu Sans in the same style — upright, bold, oblique or bold oblique, so a ✓ in italic
text prints slanted — then every other bundled face; Bitstream Vera licence with the Arev fonts'
for DejaVu Sans, ``assets/fonts/DejaVu-LICENSE.txt``), and switches font per run of characters:
its ``splitString`` hands each run to the first font of the chain that draws it, and numbers
that font's subsets after its own, so reportlab's text drawing (paragraphs, table cells,
canvas strings) writes the font change itself; its ``stringWidth`` measures each character in
the font that draws it, so lines break and justify as they print. The fallback fonts are loaded
the first time a character needs them. What no bundled font draws prints as the face's empty
box; ``kl224.validate`` reports it beforehand (KL224-G501, from the same fonts' coverage).

**Many threads.** Fonts are shared by every render in the process; what reportlab keeps per
document inside a font (the subset state) is keyed by the document, but writing a subset
(``addObjects`` → ``makeSubset``) reads the font file through a position shared by all
documents. Each font writes its subsets under its own lock (once per font and document, at
the end of a render; it costs nothing measurable).

Importing this module does not import reportlab.
"""

from __future__ import annotations

import io
import itertools
import threading
from importlib import resources
from typing import Any, Final

from kl224.renderers.pdf.canvas import PDF_ESCAPES

__all__ = [
    "BOLD", "BOLD_ITALIC", "FALLBACK_FILES", "ITALIC", "REGULAR", "font_class", "register_font",
    "register_fonts",
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

_SERIF, _SERIF_BOLD = "kl224-DejaVuSerif", "kl224-DejaVuSerif-Bold"
_SERIF_ITALIC, _SERIF_BOLD_ITALIC = "kl224-DejaVuSerif-Italic", "kl224-DejaVuSerif-BoldItalic"
_SANS, _SANS_BOLD = "kl224-DejaVuSans", "kl224-DejaVuSans-Bold"
_SANS_OBLIQUE, _SANS_BOLD_OBLIQUE = "kl224-DejaVuSans-Oblique", "kl224-DejaVuSans-BoldOblique"

FALLBACK_FILES: Final = {
    _SERIF: "DejaVuSerif.ttf",
    _SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    _SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    _SERIF_BOLD_ITALIC: "DejaVuSerif-BoldItalic.ttf",
    _SANS: "DejaVuSans.ttf",
    _SANS_BOLD: "DejaVuSans-Bold.ttf",
    _SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    _SANS_BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}
"""The fallback fonts (font name → file in ``assets/fonts``), loaded when first needed."""

# Each face's fallbacks, nearest style first; every chain holds every other bundled font, so a
# character any bundled font draws is drawn in every face.
_CHAINS: Final = {
    REGULAR: (_SERIF, _SANS, _SERIF_BOLD, _SANS_BOLD, _SERIF_ITALIC, _SANS_OBLIQUE,
              _SERIF_BOLD_ITALIC, _SANS_BOLD_OBLIQUE, ITALIC, BOLD, BOLD_ITALIC),
    BOLD: (_SERIF_BOLD, _SANS_BOLD, _SERIF, _SANS, _SERIF_BOLD_ITALIC, _SANS_BOLD_OBLIQUE,
           _SERIF_ITALIC, _SANS_OBLIQUE, BOLD_ITALIC, REGULAR, ITALIC),
    ITALIC: (_SERIF_ITALIC, _SANS_OBLIQUE, _SERIF, _SANS, _SERIF_BOLD_ITALIC,
             _SANS_BOLD_OBLIQUE, _SERIF_BOLD, _SANS_BOLD, REGULAR, BOLD_ITALIC, BOLD),
    BOLD_ITALIC: (_SERIF_BOLD_ITALIC, _SANS_BOLD_OBLIQUE, _SERIF_BOLD, _SANS_BOLD, _SERIF_ITALIC,
                  _SANS_OBLIQUE, _SERIF, _SANS, BOLD, ITALIC, REGULAR),
}

# A fallback font's subset n is numbered (k + 1) * _STRIDE + n in the face's own numbering,
# k being the font's place in the chain; a font has at most 256 subsets of 256 glyphs.
_STRIDE: Final = 1 << 12

_lock = threading.Lock()
_fonts: dict[str, Any] = {}  # every font object kl224 made, by name (written under _lock)

# Words whose widths each face remembers, at most: the words of a few long reports.
_WIDTH_CACHE_SIZE: Final = 1 << 16


def _read_font(cls: type[Any], name: str, filename: str) -> Any:
    source = resources.files("kl224.renderers").joinpath("assets", "fonts", filename)
    if not source.is_file():
        raise FileNotFoundError(
            f"the bundled font {filename} is missing from the kl224 package; "
            "reinstall kl224 (pip install --force-reinstall kl224)"
        )
    return cls(name, io.BytesIO(source.read_bytes()))


def _chain_of(name: str) -> tuple[Any, ...]:
    """The fallback fonts of the face ``name``, loading the fallback files on first use."""
    chain = _CHAINS.get(name, ())
    with _lock:
        cls = font_class()
        for fallback in chain:
            if fallback not in _fonts:
                filename = FALLBACK_FILES.get(fallback) or _FILES[fallback]
                _fonts[fallback] = _read_font(cls, fallback, filename)
        return tuple(_fonts[fallback] for fallback in chain)


def font_class() -> type[Any]:
    """reportlab's TTFont with fallback fonts, a memory for word widths and a subset lock.

    Widths: line breaking measures every word of a paragraph each time the paragraph is
    wrapped, and a report repeats the same words (and table cells) thousands of times;
    reportlab's pure-Python measure walks the word's characters on every call. The width is
    the same sum of advance widths, times ``0.001 * size``, as reportlab computes (each
    character's advance from the font that draws it), so layouts are unchanged. Each face keeps
    its own table; a dict read or write is atomic, so concurrent renders share it safely.
    """
    return _font_class_once()


def _make_font_class() -> type[Any]:
    from reportlab.pdfbase.ttfonts import TTFont

    class _MeasuredTTFont(TTFont):  # type: ignore[misc]
        def __init__(self, name: str, source: Any) -> None:
            super().__init__(name, source)
            self._units: dict[str, float] = {}
            self._chain: tuple[Any, ...] | None = None
            self._route: dict[int, int] = {}  # code -> index in the chain, -1: none draws it
            self._subset_lock = threading.Lock()

        # -- fallback -----------------------------------------------------------------------

        def _drawer(self, code: int) -> int:
            """The index in the chain of the font drawing ``code`` (which this face lacks)."""
            index = self._route.get(code)
            if index is None:
                if self._chain is None:
                    self._chain = _chain_of(self.fontName)
                index = next((k for k, font in enumerate(self._chain)
                              if code in font.face.charToGlyph), -1)
                self._route[code] = index
            return index

        def _char_units(self, code: int) -> float:
            widths = self.face.charWidths
            if code in widths:
                return float(widths[code])
            index = self._drawer(code)
            if index < 0:
                return float(self.face.defaultWidth)
            assert self._chain is not None
            return float(self._chain[index].face.charWidths[code])

        def stringWidth(self, text: str | bytes, size: float,
                        encoding: str = "utf8") -> float:
            if not isinstance(text, str):
                text = text.decode(encoding or "utf8")
            units = self._units.get(text)
            if units is None:
                try:
                    units = sum(map(self.face.charWidths.__getitem__, map(ord, text)))
                except KeyError:
                    units = sum(map(self._char_units, map(ord, text)))
                if len(self._units) < _WIDTH_CACHE_SIZE:
                    self._units[text] = units
            return float(0.001 * size * units)

        def word_widths(self, words: list[str], size: float) -> list[float]:
            """``[self.stringWidth(word, size) for word in words]``, the same numbers, with
            one dict lookup per known word instead of a method call (line breaking measures
            every word of every paragraph)."""
            known = self._units.get
            scale = 0.001 * size
            out = []
            for word in words:
                units = known(word)
                out.append(scale * units if units is not None else self.stringWidth(word, size))
            return out

        def splitString(self, text: str | bytes, doc: Any,
                        encoding: str = "utf-8") -> list[tuple[int, bytes]]:
            # Every string drawn goes through here to get its codes in the font's subsets;
            # reportlab's loop handles a character at a time. Once each character of the
            # text has its code in this document (nearly always, after the first page), the
            # codes are looked up at once and grouped the same way.
            if not isinstance(text, str):
                text = text.decode(encoding or "utf-8")
            state = self.state.get(doc)
            if state is not None:
                assigned = state.assignments
                try:
                    codes = [assigned[code] for code in map(ord, text.replace("\xa0", " "))]
                except KeyError:
                    pass
                else:
                    return _group_by_subset(codes)
            mapped = self.face.charToGlyph
            if all(code in mapped for code in map(ord, text)):
                own: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
                return own
            return self._split_runs(text, doc, encoding)

        def escaped_text(self, text: str, doc: Any) -> str | None:
            """``text`` written in this face's first subset for ``doc``, escaped for a PDF
            string (what ``splitString`` and escaping its codes give), or None unless it is
            not empty and every character of it has its code there already.

            After a report's first page nearly every string drawn is such a text, and this is
            one ``str.translate`` instead of a list of codes, a bytes object and an escape.
            """
            state = self.state.get(doc)
            if state is None or not text:
                # An empty text has no codes, so no string at all: the general way writes it.
                return None
            memory = state.__dict__.get("kl224_escapes")
            if memory is None or memory.count != len(state.assignments):
                memory = _learn_escapes(state, memory)
            if not memory.known.issuperset(text):
                return None
            return text.translate(memory.table)

        def _split_runs(self, text: str, doc: Any, encoding: str) -> list[tuple[int, bytes]]:
            """``text`` cut into runs each drawn by one font, in the face's subset numbers."""
            mapped = self.face.charToGlyph
            out: list[tuple[int, bytes]] = []
            start = 0
            current = -1
            for position, code in enumerate(map(ord, text)):
                index = -1 if code in mapped else self._drawer(code)
                if index != current and position > start:
                    out.extend(self._split_run(text[start:position], current, doc, encoding))
                    start = position
                current = index
            out.extend(self._split_run(text[start:], current, doc, encoding))
            return out

        def _split_run(self, run: str, index: int, doc: Any,
                       encoding: str) -> list[tuple[int, bytes]]:
            if not run:
                return []
            if index < 0:
                own: list[tuple[int, bytes]] = super().splitString(run, doc, encoding)
                return own
            assert self._chain is not None
            offset = (index + 1) * _STRIDE
            return [(offset + subset, codes)
                    for subset, codes in self._chain[index].splitString(run, doc, encoding)]

        def getSubsetInternalName(self, subset: int, doc: Any) -> str:
            if subset >= _STRIDE and self._chain is not None:
                font = self._chain[subset // _STRIDE - 1]
                name: str = font.getSubsetInternalName(subset % _STRIDE, doc)
                return name
            own: str = super().getSubsetInternalName(subset, doc)
            return own

        # -- many threads -------------------------------------------------------------------

        def addObjects(self, doc: Any) -> None:
            from kl224.renderers.pdf.canvas import FONT_FLATE_LEVEL, flate_filter

            # makeSubset reads the font file through the face's one read position.
            before = set(doc.idToObject)
            with self._subset_lock:
                state = self.state.get(doc)
                subsets = [list(subset) for subset in state.subsets] if state else []
                names = [self.getSubsetInternalName(number, doc)[1:]
                         for number in range(len(subsets))]
                super().addObjects(doc)
            _preformat_widths(doc, names)
            # Font files compressed (kl224's canvas compresses through the document's default
            # filters) are compressed faster.
            compressed = bool(getattr(doc, "defaultStreamFilters", None))
            for name in doc.idToObject.keys() - before:
                stream = doc.idToObject[name]
                if name.startswith("fontFile:") and (compressed or stream.filters):
                    stream.filters = [flate_filter(FONT_FLATE_LEVEL)]
            for number, subset in enumerate(subsets):
                if any(code > 0xFFFF for code in subset):
                    _mend_unicode_map(self.face, doc, number, subset)

    return _MeasuredTTFont


def _preformat_widths(doc: Any, names: list[str]) -> None:
    """Give the subset fonts ``names`` their ``Widths`` as the text reportlab would write.

    reportlab formats each of a subset's up to 256 widths through its general ``format`` and
    pure-Python ``fp_str`` when the file is written; the same text made here by
    :func:`kl224.renderers.pdf.canvas.format_number`, and given as bytes (which reportlab
    writes as they are, with the same spacing and line breaks), costs a fraction of that.
    """
    from reportlab.pdfbase.pdfdoc import PDFArray

    from kl224.renderers.pdf.canvas import format_number

    fonts = doc.idToObject["BasicFonts"].dict
    texts: dict[float, bytes] = {}
    for name in names:
        font = fonts.get(name)
        widths: Any = getattr(font, "Widths", None)
        if type(widths) is not PDFArray:
            continue
        out = []
        for width in widths.sequence:
            text = texts.get(width)
            if text is None:
                text = texts[width] = format_number(width).encode("ascii")
            out.append(text)
        widths.sequence = out


def _mend_unicode_map(face: Any, doc: Any, number: int, subset: list[int]) -> None:
    """Write the subset's characters beyond U+FFFF into its ToUnicode map as UTF-16 pairs.

    reportlab writes every character as ``<XXXX>``, so 😀 (U+1F600) came out of the PDF's text
    as U+1F60 followed by garbage; a PDF ToUnicode map holds UTF-16BE, in which such a
    character is a surrogate pair.
    """
    from reportlab.pdfbase.ttfonts import SUBSETN

    name = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("latin-1")
    stream = doc.idToObject.get("toUnicodeCMap:" + name)
    if stream is None:
        return
    content: str = stream.content
    for code_index, code in enumerate(subset):
        if code > 0xFFFF:
            pair = chr(code).encode("utf-16-be").hex().upper()
            content = content.replace(f"\n<{code_index:02X}> <{code:04X}>\n",
                                      f"\n<{code_index:02X}> <{pair}>\n")
    stream.content = content


_font_class_cache: list[type[Any]] = []
_class_lock = threading.Lock()


def _font_class_once() -> type[Any]:
    # One class for the process, made under a lock: two threads rendering their first PDF at
    # once must not make two classes.
    if not _font_class_cache:
        with _class_lock:
            if not _font_class_cache:
                _font_class_cache.append(_make_font_class())
    return _font_class_cache[0]


class _Escapes:
    """A document's codes in a face's first subset, as escaped PDF string text."""

    __slots__ = ("count", "known", "table")

    def __init__(self) -> None:
        self.count = 0  # how many of the document's assignments are learnt
        self.known: set[str] = set()  # the characters with a code in the first subset
        self.table: dict[int, str] = {}  # character -> its code, escaped


def _learn_escapes(state: Any, memory: _Escapes | None) -> _Escapes:
    """``memory`` (a new one if None) with the codes ``state`` assigned since it last learnt.

    reportlab only ever adds to a document's assignments (character -> subset * 256 + code),
    in order, so the new ones are those past ``memory.count``.
    """
    if memory is None:
        memory = _Escapes()
        state.kl224_escapes = memory
    assignments = state.assignments
    for code, number in itertools.islice(assignments.items(), memory.count, None):
        if number < 256:
            escaped = PDF_ESCAPES.get(number, chr(number))
            memory.table[code] = escaped
            memory.known.add(chr(code))
            if code == 0x20:
                # reportlab writes a no-break space as the space's code.
                memory.table[0xA0] = escaped
                memory.known.add("\xa0")
    memory.count = len(assignments)
    return memory


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
        for name, filename in _FILES.items():
            font = _fonts.get(name)
            if font is None:
                font = _fonts[name] = _read_font(measured, name, filename)
            register_font(font)
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
    return REGULAR
