"""The PDF layout: one :class:`~kl224.document.Document` turned into reportlab flowables — the
header block, the title block, headings, paragraphs, tables, the closing block and the annexes.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator, Sequence
from typing import Any, Protocol, assert_never

from kl224.document.nodes import (
    Align,
    Annex,
    BulletItem,
    Closing,
    Document,
    Header,
    Heading,
    Node,
    Para,
    Table,
    Title,
    punctuate_recipients,
)
from kl224.renderers.base import RenderError
from kl224.renderers.page import heading_text, upper
from kl224.renderers.pdf.measures import (
    CELL_CHUNK_LINES,
    CELL_PADDING,
    CELL_SIZE,
    CLOSING_COLUMNS,
    FRAME_H,
    FRAME_W,
    HEADER_COLUMNS,
    LANDSCAPE_FRAME_W,
    MIN_ROW_PIECE,
    MM,
    RULE,
    SIGNATURE_SPACE,
)
from kl224.renderers.pdf.paragraph import ParagraphMaker
from kl224.renderers.pdf.styles import (
    ALIGN,
    chunks,
    line_capacity,
    string_width,
    table_font,
    zero_padding,
)
from kl224.text.clean import normalize

__all__ = ["FIRST_TEMPLATE", "LANDSCAPE_TEMPLATE", "LATER_TEMPLATE", "LayoutOptions", "Story"]


class LayoutOptions(Protocol):
    """What the layout reads from :class:`~kl224.renderers.pdf.PdfRenderer`."""

    @property
    def body_size(self) -> float: ...

    @property
    def line_spacing_pt(self) -> float: ...

    @property
    def recipients_separator(self) -> str: ...


FIRST_TEMPLATE = "first"
LATER_TEMPLATE = "later"
LANDSCAPE_TEMPLATE = "landscape"
"""Names of the page templates: page 1, the portrait pages after it, landscape pages."""


@functools.cache
def _cond_page_break_class() -> type[Any]:
    from reportlab.platypus import CondPageBreak

    class _SpaceKeepingCondPageBreak(CondPageBreak):  # type: ignore[misc]
        # Passes the paragraph spacing above it through to the flowable below: the frame then
        # puts the larger of "space after" and "space before" between them, as Word does.
        # A plain CondPageBreak resets it, so a heading after a paragraph got both (12 pt).
        _SPACETRANSFER = True

    return _SpaceKeepingCondPageBreak


def _cond_page_break(height: float) -> Any:
    """A break to the next page when less than ``height`` is left, taking up no space."""
    return _cond_page_break_class()(height)


def _keep_gaps(text: str) -> str:
    """Keep the blanks a draft leaves for the number and the date (``Số     -BC/HU``):
    paragraphs collapse runs of spaces, so all but the first become no-break spaces."""
    return re.sub(r"(?<= ) +", lambda m: "\u00a0" * len(m.group()), text)


class Story:
    """Turns one Document into reportlab flowables; lives for one call (styles are per call)."""

    def __init__(self, options: LayoutOptions) -> None:
        from reportlab.lib.styles import ParagraphStyle

        from kl224.renderers.pdf.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR

        self.options = options
        self._faces = {(False, False): REGULAR, (True, False): BOLD,
                       (False, True): ITALIC, (True, True): BOLD_ITALIC}
        self._base = ParagraphStyle(
            "kl224-base", fontName=REGULAR, fontSize=14, leading=16.8, spaceBefore=0,
            spaceAfter=0, splitLongWords=1, hyphenationLang="", embeddedHyphenation=0,
            uriWasteReduce=0, allowWidows=0, allowOrphans=0,
        )
        self._styles: dict[tuple[object, ...], Any] = {}
        self._paragraph = ParagraphMaker()
        # The frame width tables are laid out across: the landscape one inside such an annex.
        self._frame_width = FRAME_W

    def style(self, *, size: float, bold: bool = False, italic: bool = False,
              align: Align = "center", indent: bool = False, leading: float | None = None,
              space: float = 0.0, space_before: float | None = None) -> Any:
        """Return the (cached) paragraph style with these properties."""
        key = (size, bold, italic, align, indent, leading, space, space_before)
        style = self._styles.get(key)
        if style is None:
            from reportlab.lib.styles import ParagraphStyle

            style = ParagraphStyle(
                f"kl224-{len(self._styles)}", parent=self._base,
                fontName=self._faces[bold, italic], fontSize=size,
                leading=leading if leading is not None else round(size * 1.2, 2),
                alignment=ALIGN[align], firstLineIndent=10 * MM if indent else 0,
                spaceBefore=space if space_before is None else space_before, spaceAfter=space,
            )
            self._styles[key] = style
        return style

    def para(self, text: str, style: Any) -> Any:
        return self._paragraph(text, style)

    def cell(self, text: str, style: Any, width: float, *, underline: bool = False) -> list[Any]:
        """Paragraphs for ``text`` in a cell ``width`` wide: several if the text is very long.

        Splitting one huge paragraph inside a table row page after page costs time quadratic
        in its length; a stack of short paragraphs splits between them in linear time.
        """
        limit = line_capacity(width, style.fontSize) * CELL_CHUNK_LINES
        pieces = chunks(normalize(text), limit) if len(text) > limit else [text]
        return [self._paragraph(piece, style, underline=underline) for piece in pieces]

    def body_style(self, *, bold: bool = False, italic: bool = False, align: Align = "justify",
                   indent: bool = True) -> Any:
        return self.style(size=self.options.body_size, bold=bold, italic=italic, align=align,
                          indent=indent, leading=self.options.line_spacing_pt, space=6.0)

    # -- the document, top to bottom -----------------------------------------------------------

    def document(self, document: Document) -> list[Any]:
        out: list[Any] = []
        if document.header is not None:
            out.extend(self.header(document.header))
        out.extend(self.title(document.title))
        out.extend(self.nodes(document.body, "body"))
        if document.closing is not None:
            out.extend(self.closing(document.closing))
        landscape = False
        for number, annex in enumerate(document.annexes, start=1):
            if annex.landscape != landscape:
                from reportlab.platypus import NextPageTemplate

                # The page break that starts the annex starts a page of the other shape.
                landscape = annex.landscape
                out.append(NextPageTemplate(LANDSCAPE_TEMPLATE if landscape else LATER_TEMPLATE))
            self._frame_width = LANDSCAPE_FRAME_W if landscape else FRAME_W
            out.extend(self.annex(annex, number))
        return out

    def header(self, header: Header) -> list[Any]:
        from reportlab.lib.colors import black
        from reportlab.platypus import HRFlowable
        from reportlab.platypus import Table as RLTable

        from kl224.renderers.pdf.fonts import BOLD

        party = upper(header.party_title)
        regular = self.style(size=14)
        # The rule is exactly as long as the party title, as the format guide asks.
        rule_width = min(HEADER_COLUMNS[1], string_width(party, BOLD, 15))
        rule = HRFlowable(width=rule_width, thickness=RULE, color=black, lineCap="butt",
                          spaceBefore=2, spaceAfter=0, hAlign="CENTER")
        left, right = HEADER_COLUMNS
        rows = [
            [self.cell(upper(header.superior_body), regular, left),
             self.cell(party, self.style(size=15, bold=True), right)],
            [self.cell(upper(header.issuing_body), self.style(size=14, bold=True), left), rule],
            [self.para("*", regular),
             self.cell(_keep_gaps(header.place_date), self.style(size=14, italic=True), right)],
            [self.cell(_keep_gaps(header.code_line), regular, left), ""],
        ]
        table = RLTable(rows, colWidths=list(HEADER_COLUMNS), hAlign="LEFT")
        table.setStyle([*zero_padding(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER")])
        return _table_or_stack(table, [rows[0][0], rows[1][0], rows[2][0], rows[3][0],
                                       rows[0][1], rows[1][1], rows[2][1]], FRAME_H / 2)

    def title(self, title: Title) -> Iterator[Any]:
        yield self.para(upper(title.doc_type), self.style(size=16, bold=True, space_before=18.0))
        for line in title.subject:
            yield self.para(line, self.style(size=14, bold=True))
        if title.note:
            yield self.para(title.note, self.style(size=14, italic=True))
        if title.separator:
            yield self.para(title.separator, self.style(size=14))
        from reportlab.platypus import Spacer

        yield Spacer(1, 6)

    def nodes(self, nodes: Sequence[Node], where: str) -> Iterator[Any]:
        line = self.options.line_spacing_pt
        for index, node in enumerate(nodes):
            match node:
                case Heading():
                    if index == 0 or not isinstance(nodes[index - 1], Heading):
                        # Keep a run of headings with the first lines of what follows them.
                        # reportlab's keepWithNext would move a whole long paragraph or table
                        # to the next page and leave a gap, which Word never does.
                        run = 1
                        while index + run < len(nodes) and isinstance(nodes[index + run],
                                                                      Heading):
                            run += 1
                        yield _cond_page_break(run * (line + 12) + 4 * line)
                    text = heading_text(node.level, node.text)
                    yield self.para(text, self.body_style(bold=True, indent=False))
                case Para():
                    yield self.para(node.text, self.body_style(
                        bold=node.bold, italic=node.italic, align=node.align, indent=node.indent))
                case BulletItem():
                    yield self.para(node.full_text, self.body_style())
                case Table():
                    yield from self.table(node, f"{where} item {index + 1}")
                case _:
                    assert_never(node)

    def table(self, node: Table, where: str) -> Iterator[Any]:
        from reportlab.lib.colors import black
        from reportlab.platypus import Table as RLTable

        if node.caption:
            # The caption, the header row and a few rows start on the same page.
            yield _cond_page_break(6 * self.options.line_spacing_pt)
            yield self.para(node.caption, self.style(size=self.options.body_size, bold=True,
                                                     space=6.0))
        if not node.header:
            return
        widths = _column_widths(node, where, self._frame_width)
        header_style = self.style(size=CELL_SIZE, bold=True)
        cell_styles = [self.style(size=CELL_SIZE, align=align) for align in node.align]
        header_rows = self._rows(node.header, widths, [header_style] * len(widths))
        data = list(header_rows)
        row_ends = []
        for row in node.rows:
            data.extend(self._rows(row, widths, cell_styles, plain=True))
            row_ends.append(len(data) - 1)
        first_body = len(header_rows)
        commands: list[tuple[Any, ...]] = [
            *table_font(),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), round(CELL_SIZE * 1.2, 2)),
            *(("ALIGN", (column, first_body), (column, -1),
               "LEFT" if align == "justify" else align.upper())
              for column, align in enumerate(node.align)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, len(header_rows) - 1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BOX", (0, 0), (-1, -1), RULE, black),
            ("LINEAFTER", (0, 0), (-2, -1), RULE, black),
            ("LINEBELOW", (0, len(header_rows) - 1), (-1, len(header_rows) - 1), RULE, black),
        ]
        if len(data) == len(header_rows) + len(node.rows):
            commands.append(("INNERGRID", (0, 0), (-1, -1), RULE, black))
        else:
            # Continuation rows of a cut cell belong to one logical row: no rule between them.
            commands.extend(("LINEBELOW", (0, end), (-1, end), RULE, black)
                            for end in row_ends[:-1])
        table = RLTable(data, colWidths=widths, repeatRows=1 if len(header_rows) == 1 else 0,
                        splitByRow=1, splitInRow=MIN_ROW_PIECE, hAlign="CENTER", spaceBefore=6,
                        spaceAfter=6)
        table.setStyle(commands)
        yield table

    def _rows(self, cells: Sequence[str], widths: Sequence[float],
              styles: Sequence[Any], *, plain: bool = False) -> list[list[Any]]:
        """One logical row as one or more table rows (long cells continue on the next).

        With ``plain``, a cell whose text fits on one line is a plain string, which the table
        draws directly in its cell font: a Paragraph costs ten times more to lay out, and most
        cells of a figures table are short. Both put the baseline at the same height.
        """
        from kl224.renderers.pdf.fonts import REGULAR

        pieces = []
        for text, width in zip(cells, widths, strict=True):
            limit = line_capacity(width - 2 * CELL_PADDING, CELL_SIZE) * CELL_CHUNK_LINES
            pieces.append(chunks(normalize(text), limit))
        out = []
        for k in range(max(len(p) for p in pieces)):
            row: list[Any] = []
            for piece, style, width in zip(pieces, styles, widths, strict=True):
                text = piece[k] if k < len(piece) else ""
                line = " ".join(text.split())
                if plain and "\n" not in text and (
                        string_width(line, REGULAR, CELL_SIZE) <= width - 2 * CELL_PADDING):
                    row.append(line)
                else:
                    row.append(self.para(text, style))
            out.append(row)
        return out

    def closing(self, closing: Closing) -> Iterator[Any]:
        from reportlab.platypus import KeepTogether, Spacer
        from reportlab.platypus import Table as RLTable

        entries = punctuate_recipients(closing.recipients, self.options.recipients_separator)
        if not (closing.has_signature or entries):
            return
        signature_bold = self.style(size=14, bold=True)
        left: list[Any] = []
        right: list[Any] = []
        if entries:
            # The label sits level with the position line, one line under the authority.
            if closing.authority:
                left.append(Spacer(1, signature_bold.leading))
            left_width = CLOSING_COLUMNS[0]
            left.extend(self.cell(closing.recipients_label, self.style(size=14, align="left"),
                                  left_width, underline=True))
            entry_style = self.style(size=12, align="left")
            for entry in entries:
                left.extend(self.cell(entry, entry_style, left_width))
        right_width = CLOSING_COLUMNS[1]
        if closing.authority:
            right.extend(self.cell(upper(closing.authority), signature_bold, right_width))
        if closing.position:
            right.extend(self.cell(upper(closing.position), self.style(size=14), right_width))
        if closing.has_signature:
            right.append(Spacer(1, SIGNATURE_SPACE))
        if closing.name:
            right.extend(self.cell(closing.name, signature_bold, right_width))
        table = RLTable([[left or "", right or ""]], colWidths=list(CLOSING_COLUMNS),
                        hAlign="LEFT")
        table.setStyle([*zero_padding(), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        yield KeepTogether([Spacer(1, 12), *_table_or_stack(table, [*right, *left], FRAME_H)])

    def annex(self, annex: Annex, number: int) -> Iterator[Any]:
        from reportlab.platypus import PageBreak

        yield PageBreak()
        yield self.para(annex.label, self.style(size=14, bold=True))
        if annex.title:
            yield self.para(annex.title, self.style(size=14, bold=True))
        if annex.note:
            yield self.para(annex.note, self.style(size=14, italic=True))
        from reportlab.platypus import Spacer

        yield Spacer(1, 6)
        yield from self.nodes(annex.body, f"annex {number}")


def _table_or_stack(table: Any, cells: list[Any], limit: float) -> list[Any]:
    """``[table]`` if it is at most ``limit`` high, else its cells' content one under another.

    A layout table's single row cannot break across pages cheaply (reportlab re-lays the whole
    row on every page), so absurdly long header or closing text falls back to a plain stack,
    which splits like body text.
    """
    _, height = table.wrap(FRAME_W, FRAME_H)
    if height <= limit:
        return [table]
    flat: list[Any] = []
    for cell in cells:
        if isinstance(cell, list):
            flat.extend(cell)
        elif cell != "":
            flat.append(cell)
    return flat


def _column_widths(node: Table, where: str, frame_width: float) -> list[float]:
    if not all(math.isfinite(w) and w > 0 for w in node.widths):
        raise RenderError(
            f"table at {where} ({node.caption or 'no caption'}): column widths must be positive "
            f"numbers, got {list(node.widths)}"
        )
    total = sum(node.widths)
    return [frame_width * w / total for w in node.widths]
