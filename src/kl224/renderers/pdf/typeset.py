"""The paragraph styles of one PDF render and the paragraphs made in them.

A :class:`Typesetter` belongs to one render: it caches reportlab styles by their properties
and makes paragraphs (and stacks of paragraphs for table cells) that print their text
literally. Every size, indent and spacing comes from :mod:`kl224.renderers.page`.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

from typing import Any, Protocol

from kl224.document.nodes import Align
from kl224.renderers.page import SIZES, SPACING
from kl224.renderers.pdf.measures import CELL_CHUNK_LINES, FIRST_LINE_INDENT, leading
from kl224.renderers.pdf.paragraph import ParagraphMaker
from kl224.renderers.pdf.styles import ALIGN, chunks, line_capacity, string_width
from kl224.text.clean import normalize
from kl224.text.lines import balanced_lines

__all__ = ["LayoutOptions", "Typesetter"]


class LayoutOptions(Protocol):
    """What the layout reads from :class:`~kl224.renderers.pdf.PdfRenderer`."""

    @property
    def body_size(self) -> float: ...

    @property
    def line_spacing_pt(self) -> float: ...

    @property
    def recipients_separator(self) -> str: ...


class Typesetter:
    """Styles and paragraphs for one render with ``options``."""

    def __init__(self, options: LayoutOptions) -> None:
        from reportlab.lib.styles import ParagraphStyle

        from kl224.renderers.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR

        self.options = options
        self.faces = {(False, False): REGULAR, (True, False): BOLD,
                      (False, True): ITALIC, (True, True): BOLD_ITALIC}
        self._base = ParagraphStyle(
            "kl224-base", fontName=REGULAR, fontSize=SIZES.body, leading=leading(SIZES.body),
            spaceBefore=0, spaceAfter=0, splitLongWords=1, hyphenationLang="",
            embeddedHyphenation=0, uriWasteReduce=0, allowWidows=0, allowOrphans=0,
        )
        self._styles: dict[tuple[object, ...], Any] = {}
        self._paragraph = ParagraphMaker()

    def style(self, *, size: float, bold: bool = False, italic: bool = False,
              align: Align = "center", indent: bool = False, leading_pt: float | None = None,
              space: float = 0.0, space_before: float | None = None,
              space_after: float | None = None) -> Any:
        """Return the (cached) paragraph style with these properties.

        ``space`` goes above and below the paragraph unless ``space_before`` or
        ``space_after`` says otherwise.
        """
        key = (size, bold, italic, align, indent, leading_pt, space, space_before, space_after)
        style = self._styles.get(key)
        if style is None:
            from reportlab.lib.styles import ParagraphStyle

            style = ParagraphStyle(
                f"kl224-{len(self._styles)}", parent=self._base,
                fontName=self.faces[bold, italic], fontSize=size,
                leading=leading_pt if leading_pt is not None else leading(size),
                alignment=ALIGN[align], firstLineIndent=FIRST_LINE_INDENT if indent else 0,
                spaceBefore=space if space_before is None else space_before,
                spaceAfter=space if space_after is None else space_after,
            )
            self._styles[key] = style
        return style

    def body_style(self, *, bold: bool = False, italic: bool = False, align: Align = "justify",
                   indent: bool = True) -> Any:
        """The style of body text (and, bold and unindented, of headings)."""
        return self.style(size=self.options.body_size, bold=bold, italic=italic, align=align,
                          indent=indent, leading_pt=self.options.line_spacing_pt,
                          space=SPACING.paragraph_after)

    def para(self, text: str, style: Any) -> Any:
        """A paragraph printing ``text`` literally in ``style``."""
        return self._paragraph(text, style)

    def cell(self, text: str, style: Any, width: float, *, underline: bool = False) -> list[Any]:
        """Paragraphs for ``text`` in a cell ``width`` wide: several if the text is very long.

        Splitting one huge paragraph inside a table row page after page costs time quadratic
        in its length; a stack of short paragraphs splits between them in linear time.
        """
        limit = line_capacity(width, style.fontSize) * CELL_CHUNK_LINES
        pieces = chunks(normalize(text), limit) if len(text) > limit else [text]
        return [self._paragraph(piece, style, underline=underline) for piece in pieces]

    def name(self, text: str, style: Any, width: float) -> list[Any]:
        """Paragraphs for a name centred in a column ``width`` wide, broken at even places
        (see :func:`kl224.text.lines.balanced_lines`) when it needs more than one line."""
        if len(text) > line_capacity(width, style.fontSize) * CELL_CHUNK_LINES:
            return self.cell(text, style, width)
        font, size = style.fontName, style.fontSize
        lines = balanced_lines(normalize(text), width,
                               lambda line: string_width(line, font, size))
        return self.cell("\n".join(lines), style, width)
