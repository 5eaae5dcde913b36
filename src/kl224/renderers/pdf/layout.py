"""The PDF layout: one :class:`~kl224.document.Document` turned into reportlab flowables —
the header and title blocks, headings (each with a bookmark), paragraphs, tables, the closing
block and the annexes — with what must share a page kept together
(:mod:`kl224.renderers.pdf.pagination`).

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Sequence
from typing import Any, Final, assert_never

import attrs

from kl224.document.nodes import (
    Annex,
    BulletItem,
    Document,
    Heading,
    Node,
    Para,
    Table,
)
from kl224.renderers.base import RenderError
from kl224.renderers.page import SIZES, SPACING, TABLE_ROWS_KEPT, heading_text
from kl224.renderers.pdf.blocks import closing_block, header_block, title_block
from kl224.renderers.pdf.measures import (
    CELL_CHUNK_LINES,
    CELL_LEADING,
    CELL_PADDING,
    CELL_SIZE,
    FRAME_H,
    FRAME_W,
    LANDSCAPE_FRAME_W,
    MIN_ROW_PIECE,
    RULE,
)
from kl224.renderers.pdf.pagination import keeper, keeper_class, last_lines
from kl224.renderers.pdf.styles import chunks, line_capacity, string_width
from kl224.renderers.pdf.typeset import LayoutOptions, Typesetter
from kl224.text.clean import normalize

__all__ = [
    "FIRST_TEMPLATE",
    "LANDSCAPE_TEMPLATE",
    "LATER_TEMPLATE",
    "LayoutOptions",
    "OutlineEntry",
    "Story",
]

FIRST_TEMPLATE: Final = "first"
LATER_TEMPLATE: Final = "later"
LANDSCAPE_TEMPLATE: Final = "landscape"
"""Names of the page templates: page 1, the portrait pages after it, landscape pages."""


@attrs.frozen
class OutlineEntry:
    """A bookmark: its title, its depth (0 for parts and annexes) and its destination's key."""

    title: str
    level: int
    key: str


@functools.cache
def _mark_class() -> type[Any]:
    from reportlab.platypus import Flowable

    class _OutlineMark(Flowable):  # type: ignore[misc]
        """Takes no room; where it is drawn, a bookmark points (the heading right below it:
        a keeper before the mark has made room for the heading on the same page)."""

        _ZEROSIZE = True
        _SPACETRANSFER = True

        def __init__(self, entry: OutlineEntry) -> None:
            super().__init__()
            self.entry = entry
            self.width = self.height = 0

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            return 0, 0

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            # Where the mark stands, without reportlab's "q <move> cm Q" around nothing.
            _, top = canvas.absolutePosition(x, y)
            canvas.bookmarkPage(self.entry.key, fit="XYZ", left=0, top=top, zoom=0)
            canvas.addOutlineEntry(self.entry.title, self.entry.key, level=self.entry.level,
                                   closed=self.entry.level > 0)

    return _OutlineMark


class Story:
    """Turns one Document into reportlab flowables; lives for one call (styles are per call)."""

    def __init__(self, options: LayoutOptions) -> None:
        self.options = options
        self.ts = Typesetter(options)
        # The frame width tables are laid out across: the landscape one inside such an annex.
        self._frame_width = FRAME_W
        self.outline: list[OutlineEntry] = []

    def _mark(self, title: str, depth: int) -> Any:
        # A bookmark may go at most one level deeper than the one before it.
        level = min(depth, self.outline[-1].level + 1 if self.outline else 0)
        entry = OutlineEntry(" ".join(normalize(title).split()), level,
                             f"kl224-{len(self.outline) + 1}")
        self.outline.append(entry)
        return _mark_class()(entry)

    # -- the document, top to bottom -----------------------------------------------------------

    def document(self, document: Document) -> list[Any]:
        """The flowables of ``document``; afterwards :attr:`outline` lists its bookmarks."""
        out: list[Any] = []
        if document.header is not None:
            out.extend(header_block(self.ts, document.header))
        out.extend(title_block(self.ts, document.title))
        body = list(self.nodes(document.body, "body", depth=0))
        closing = closing_block(self.ts, document.closing) if document.closing else []
        out.extend(_with_closing(body, closing) if closing else body)
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

    def nodes(self, nodes: Sequence[Node], where: str, *, depth: int) -> Iterator[Any]:
        """The flowables of a body or an annex; headings are bookmarked ``depth`` levels down."""
        index = 0
        while index < len(nodes):
            node = nodes[index]
            if isinstance(node, Heading):
                run = index
                while run < len(nodes) and isinstance(nodes[run], Heading):
                    run += 1
                heads = [head for head in nodes[index:run] if isinstance(head, Heading)]
                paragraphs = [self.heading(head) for head in heads]
                following = (self.node(nodes[run], f"{where} item {run + 1}")
                             if run < len(nodes) else [])
                # A run of headings stays with a table's caption and then the table's first
                # rows, or with the first lines of what else follows it.
                yield keeper([*paragraphs, *following[:-1]], following[-1] if following else None)
                for head, paragraph in zip(heads, paragraphs, strict=True):
                    yield self._mark(heading_text(head.level, head.text), depth + head.level - 1)
                    yield paragraph
                yield from following
                index = run + 1
                continue
            flowables = self.node(node, f"{where} item {index + 1}")
            if len(flowables) == 2:
                # A caption stays with its table's first rows.
                yield keeper(flowables[:1], flowables[1])
            yield from flowables
            index += 1

    def heading(self, node: Heading) -> Any:
        """A heading's paragraph: bold, unindented, in the format's casing."""
        paragraph = self.ts.para(heading_text(node.level, node.text),
                                 self.ts.body_style(bold=True, indent=False))
        paragraph.kl224_heading = True
        return paragraph

    def node(self, node: Node, where: str) -> list[Any]:
        """The flowables of one node other than a heading: one, or a caption and a table."""
        ts = self.ts
        match node:
            case Heading():
                return [self.heading(node)]
            case Para():
                return [ts.para(node.text, ts.body_style(
                    bold=node.bold, italic=node.italic, align=node.align, indent=node.indent))]
            case BulletItem():
                return [ts.para(node.full_text, ts.body_style())]
            case Table():
                return self.table(node, where)
            case _:
                assert_never(node)

    def table(self, node: Table, where: str) -> list[Any]:
        """The caption (if any) and the table."""
        ts = self.ts
        caption = (ts.para(node.caption, ts.style(size=self.options.body_size, bold=True,
                                                  space=SPACING.paragraph_after))
                   if node.caption else None)
        if caption is not None:
            caption.kl224_caption = True
        if not node.header:
            return [caption] if caption is not None else []
        widths = column_widths(node, where, self._frame_width)
        header_style = ts.style(size=CELL_SIZE, bold=True)
        cell_styles = [ts.style(size=CELL_SIZE, align=align) for align in node.align]
        header_rows = self._rows(node.header, widths, [header_style] * len(widths))
        rows = [self._rows(row, widths, cell_styles, plain=True) for row in node.rows]
        grid = Grid(header_rows, rows, widths, node.align)
        table = grid.table(0, len(rows), headed=True)
        # The header and the first row alone, for a keeper to measure without laying out
        # the whole table (a figures annex has hundreds of rows).
        first_rows = grid.table(0, min(1, len(rows)), headed=True, sizing_only=True)
        table.kl224_first_rows = first_rows
        table.kl224_grid = grid
        return [table] if caption is None else [caption, table]

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
                    row.append(self.ts.para(text, style))
            out.append(row)
        return out

    def annex(self, annex: Annex, number: int) -> Iterator[Any]:
        from reportlab.platypus import PageBreak

        ts = self.ts
        yield PageBreak()
        yield self._mark(" ".join(part for part in (annex.label, annex.title) if part), 0)
        yield ts.para(annex.label, ts.style(size=SIZES.annex, bold=True))
        if annex.title:
            yield from ts.name(annex.title, ts.style(size=SIZES.annex, bold=True,
                                                     space_before=SPACING.paragraph_before),
                               self._frame_width)
        if annex.note:
            yield from ts.name(annex.note, ts.style(size=SIZES.annex, italic=True,
                                                    space_after=SPACING.separator_after),
                               self._frame_width)
        yield from self.nodes(annex.body, f"annex {number}", depth=1)


@attrs.frozen
class Grid:
    """A data table's rows as reportlab table rows, from which the whole table or a run of its
    rows is made (the end of the body keeps its last rows with the signature block).

    ``rows`` holds each logical row as one or more table rows (a long cell continues on the
    next); ``header`` is the header's table rows.
    """

    header: list[list[Any]]
    rows: list[list[list[Any]]]
    widths: list[float]
    align: tuple[str, ...]

    def table(self, start: int, stop: int, *, headed: bool, sizing_only: bool = False) -> Any:
        """The table of logical rows ``start`` to ``stop``, under the header if ``headed``.

        With ``sizing_only``, without the rules (a table to measure rows with).
        """
        from reportlab.lib.colors import black
        from reportlab.platypus import Table as RLTable

        header = self.header if headed else []
        heads = len(header)
        data = list(header)
        row_ends = []
        for row in self.rows[start:stop]:
            data.extend(row)
            row_ends.append(len(data) - 1)
        # Each cell's font, size, alignment and padding given as reportlab cell styles rather
        # than style commands, which reportlab applies cell by cell (ten commands over a
        # figures table's hundreds of cells). The body's cells share one style per column,
        # which reportlab only reads; a header cell has its own (splitting a row whose cells
        # are centred vertically changes their style).
        columns = _column_styles(self.align)
        cell_styles = [[_cell_style(valign="MIDDLE") for _ in row] for row in header]
        cell_styles.extend([columns] * (len(data) - heads))
        repeat = 1 if heads == 1 else 0
        if sizing_only:
            return RLTable(data, colWidths=self.widths, repeatRows=repeat, cellStyles=cell_styles)
        commands: list[tuple[Any, ...]] = [
            ("BOX", (0, 0), (-1, -1), RULE, black),
            ("LINEAFTER", (0, 0), (-2, -1), RULE, black),
            *([("LINEBELOW", (0, heads - 1), (-1, heads - 1), RULE, black)] if heads else []),
        ]
        if len(data) == heads + len(row_ends):
            commands.append(("INNERGRID", (0, 0), (-1, -1), RULE, black))
        else:
            # Continuation rows of a cut cell belong to one logical row: no rule between them.
            commands.extend(("LINEBELOW", (0, end), (-1, end), RULE, black)
                            for end in row_ends[:-1])
        table = RLTable(data, colWidths=self.widths, repeatRows=repeat, splitByRow=1,
                        splitInRow=MIN_ROW_PIECE, hAlign="CENTER", cellStyles=cell_styles,
                        spaceBefore=SPACING.paragraph_before if headed else 0,
                        spaceAfter=SPACING.paragraph_after)
        table.setStyle(commands)
        return table


def _cell_style(*, valign: str, alignment: str = "LEFT") -> Any:
    """A data table cell's reportlab style: kl224's cell font, leading and padding."""
    from reportlab.platypus.tables import CellStyle

    from kl224.renderers.pdf.fonts import REGULAR

    style = CellStyle("kl224-cell")
    # Empty cells are drawn as strings in the cell's font, Helvetica unless told otherwise,
    # which would put an unembedded font in the file.
    style.fontname = REGULAR
    style.fontsize = CELL_SIZE
    style.leading = CELL_LEADING
    style.alignment = alignment
    style.valign = valign
    style.leftPadding = style.rightPadding = CELL_PADDING
    style.topPadding = SPACING.table_cell_before
    style.bottomPadding = SPACING.table_cell_after + 1
    return style


def _column_styles(align: tuple[str, ...]) -> list[Any]:
    """The body cells' styles, one per column, aligned as ``align`` says."""
    return [_cell_style(valign="TOP", alignment="LEFT" if how == "justify" else how.upper())
            for how in align]


@functools.cache
def _tail_class() -> type[Any]:
    from reportlab.platypus import Flowable

    class _TableTail(Flowable):  # type: ignore[misc]
        """The last rows of a table that ends the body: right under the rows before them
        without a header, or under the table's header when they start a page."""

        def __init__(self, headed: Any, bare: Any) -> None:
            super().__init__()
            self._headed = headed
            self._bare = bare
            self._current = bare
            self.hAlign = bare.hAlign
            self.spaceBefore = 0
            self.spaceAfter = bare.spaceAfter

        def _pick(self) -> Any:
            # A frame sets itself on the flowable it is laying out; a keeper measuring ahead
            # asks without one, for the rows going on under the rows above them.
            frame = getattr(self, "_frame", None)
            return self._headed if frame is not None and frame._atTop else self._bare

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self._current = self._pick()
            self.width, self.height = self._current.wrap(availWidth, availHeight)
            return self.width, self.height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts: list[Any] = self._pick().split(availWidth, availHeight)
            return parts

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            self._current.drawOn(canvas, x, y, _sW)

    return _TableTail


def _table_end(body: list[Any], closing: list[Any]) -> list[Any] | None:
    """``body`` (which ends with a data table) then ``closing``, with the table's last rows on
    the closing block's page — the whole table, with its caption and the headings right above,
    when it is short; None when the last flowable is not such a table."""
    grid: Grid | None = getattr(body[-1], "kl224_grid", None)
    if grid is None:
        return None
    count = len(grid.rows)
    if count <= TABLE_ROWS_KEPT + 1:
        start = _lead_in(body, len(body) - 1)
        whole = [f for f in body[start:-1] if _leads(f)]
        kept = [f for f in body[start:-1] if not isinstance(f, keeper_class())]
        return [*body[:start], keeper([*whole, body[-1], *closing]), *kept, body[-1], *closing]
    cut = count - TABLE_ROWS_KEPT
    head = grid.table(0, cut, headed=True)
    head.spaceAfter = 0
    head.kl224_first_rows = body[-1].kl224_first_rows
    tail = _tail_class()(grid.table(cut, count, headed=True), grid.table(cut, count, headed=False))
    tail.spaceBefore = 0
    return [*body[:-1], head, keeper([tail, *closing]), tail, *closing]


def _leads(flowable: Any) -> bool:
    """Whether ``flowable`` is a heading or a table's caption."""
    return bool(getattr(flowable, "kl224_heading", False)
                or getattr(flowable, "kl224_caption", False))


def _lead_in(body: list[Any], index: int) -> int:
    """Where the headings (and a caption) right above ``body[index]`` begin, with their
    bookmarks and keepers."""
    start = index
    while start > 0 and (_leads(body[start - 1])
                         or isinstance(body[start - 1], (_mark_class(), keeper_class()))):
        start -= 1
    return start


def _with_closing(body: list[Any], closing: list[Any]) -> list[Any]:
    """``body`` then ``closing``, with the end of the body on the closing block's page.

    The last paragraph's last two lines (all of it if it is short), and any headings right
    above a short one, are guarded together with the block; a table that ends the body keeps
    its last two rows (all of it, if short) with the block. What comes before flows as usual.
    """
    from reportlab.platypus import Paragraph

    height = sum(flowable.wrap(FRAME_W, FRAME_H)[1] for flowable in closing)
    if not body or height > FRAME_H / 2:
        return [*body, *closing]
    table_end = _table_end(body, closing)
    if table_end is not None:
        return table_end
    if not isinstance(body[-1], Paragraph):
        return [*body, *closing]
    head, tail = last_lines(body[-1], FRAME_W)
    if head is None:
        # A short last paragraph takes the headings right above it (and their marks) along.
        start = _lead_in(body, len(body) - 1)
        whole = [f for f in body[start:-1] if _leads(f)]
        kept = [f for f in body[start:-1] if not isinstance(f, keeper_class())]
        return [*body[:start], keeper([*whole, tail, *closing]), *kept, tail, *closing]
    return [*body[:-1], head, keeper([tail, *closing]), tail, *closing]


def column_widths(node: Table, where: str, frame_width: float) -> list[float]:
    """The widths of ``node``'s columns across ``frame_width``, in the proportions it asks for,
    each widened (at the others' expense) to hold the longest word of its header: a short
    header such as "TT" never wraps inside its cell.

    Raises:
        RenderError: a width is not a positive number.
    """
    if not all(math.isfinite(w) and w > 0 for w in node.widths):
        raise RenderError(
            f"table at {where} ({node.caption or 'no caption'}): column widths must be positive "
            f"numbers, got {list(node.widths)}"
        )
    from kl224.renderers.pdf.fonts import BOLD

    total = sum(node.widths)
    widths = [frame_width * w / total for w in node.widths]
    need = [max((string_width(word, BOLD, CELL_SIZE) for word in normalize(text).split()),
                default=0.0) + 2 * CELL_PADDING + 1
            for text in node.header]
    if sum(need) > frame_width:
        return widths
    short = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    if short <= 0:
        return widths
    slack = [max(w - n, 0.0) for n, w in zip(need, widths, strict=True)]
    spare = sum(slack)
    return [max(w, n) - (s / spare * short if spare else 0.0)
            for n, w, s in zip(need, widths, slack, strict=True)]
