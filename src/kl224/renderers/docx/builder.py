"""Laying a :class:`~kl224.document.Document` out in a python-docx document.

One :class:`Builder` lives for one render. It writes the first-page header (a borderless
two-column table), the title block, the body, the closing block (recipients and signature,
another borderless table), the annexes (a landscape annex in a section of its own) and the page
headers (the page number from page 2, the draft mark on page 1), all through python-docx's
API, naming the styles of :mod:`kl224.renderers.docx.styles`.

Pagination: headings and captions keep with what follows (their styles), table rows never
split, the header row repeats, and the end of the body keeps with the closing block, so the
signature never stands alone on a page: the last paragraph, or the last two rows of a table that
ends the body (the whole table when it is short), keep with next.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final, assert_never

import attrs
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section
from docx.shared import Length, Twips
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph

from kl224.document.nodes import (
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
from kl224.renderers import page
from kl224.renderers.base import RenderError
from kl224.renderers.docx import _oxml
from kl224.renderers.docx.measure import longest_word_pt, text_width_pt
from kl224.renderers.docx.styles import HEADING_STYLES
from kl224.text.lines import balanced_lines

__all__ = ["Builder", "PageSetup", "column_widths"]

_NAME_LIMIT: Final = 2000
"""Characters above which a name is not balanced (balancing is for names, not for essays)."""

_CELL_MARGIN: Final = 108
"""Left and right padding of a table cell in twips (Word's default, 1.9 mm)."""

_ALIGN: Final = {
    "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT,
}


def _tw(mm: float) -> int:
    """``mm`` millimetres in whole twips."""
    return round(mm * 1440 / 25.4)


@attrs.frozen
class PageSetup:
    """A section's page in twips: sheet size, margins, and the page number's distance."""

    width: int
    height: int
    top: int
    bottom: int
    left: int
    right: int
    header: int

    @classmethod
    def party(cls) -> PageSetup:
        """A4 portrait with the margins of the Party format."""
        margins = page.MARGINS
        return cls(
            width=_tw(page.A4.width_mm), height=_tw(page.A4.height_mm),
            top=_tw(margins.top_mm), bottom=_tw(margins.bottom_mm),
            left=_tw(margins.left_mm), right=_tw(margins.right_mm),
            header=_tw(margins.header_mm),
        )

    @classmethod
    def of(cls, section: Section) -> PageSetup | None:
        """The page set-up of ``section`` if it states every measure, else None."""
        values = (section.page_width, section.page_height, section.top_margin,
                  section.bottom_margin, section.left_margin, section.right_margin,
                  section.header_distance)
        if any(value is None for value in values):
            return None
        width, height, top, bottom, left, right, header = (
            round(Length(value).twips) for value in values  # type: ignore[arg-type]
        )
        return cls(width=min(width, height), height=max(width, height), top=top,
                   bottom=bottom, left=left, right=right, header=header)

    @property
    def is_a4(self) -> bool:
        """Whether the sheet is A4 (to a millimetre)."""
        a4 = PageSetup.party()
        return abs(self.width - a4.width) <= 57 and abs(self.height - a4.height) <= 57

    @property
    def text_width(self) -> int:
        """The width of the text block."""
        return self.width - self.left - self.right

    def turned(self) -> PageSetup:
        """The same sheet in landscape, with the margins as the page is read."""
        return attrs.evolve(self, width=self.height, height=self.width)

    @property
    def landscape(self) -> bool:
        """Whether the sheet is wider than high."""
        return self.width > self.height

    def apply(self, section: Section) -> None:
        """Give ``section`` this page set-up."""
        section.orientation = WD_ORIENT.LANDSCAPE if self.landscape else WD_ORIENT.PORTRAIT
        section.page_width = Twips(self.width)
        section.page_height = Twips(self.height)
        section.top_margin = Twips(self.top)
        section.bottom_margin = Twips(self.bottom)
        section.left_margin = Twips(self.left)
        section.right_margin = Twips(self.right)
        section.header_distance = Twips(self.header)


def column_widths(total: int, relative: Sequence[float], header: Sequence[str],
                  size: float) -> list[int]:
    """Column widths in twips summing to ``total``, in the ratio of ``relative``, widened so
    that no header word has to break inside its cell ("TT" never becomes "T / T").

    When every header word cannot fit, only the short headers (up to four characters) are
    guaranteed their width.
    """
    scale = sum(relative)
    widths = [total * width / scale for width in relative]
    need = [longest_word_pt(text, size, bold=True) * 20 + 2 * _CELL_MARGIN + 30
            for text in header]
    if sum(need) > total:
        need = [n if len(text.strip()) <= 4 else 0.0 for n, text in zip(need, header, strict=True)]
    for _ in range(len(widths)):
        short = [i for i, width in enumerate(widths) if width < need[i] - 0.5]
        if not short:
            break
        fixed = {i for i, width in enumerate(widths) if width <= need[i] + 0.5}
        for i in short:
            widths[i] = need[i]
        room = total - sum(widths[i] for i in fixed)
        free = [i for i in range(len(widths)) if i not in fixed]
        if room <= 0 or not free:
            break
        free_total = sum(widths[i] for i in free)
        for i in free:
            widths[i] = widths[i] * room / free_total
    rounded = [round(width) for width in widths]
    rounded[-1] += total - sum(rounded)
    return rounded


def _name(text: str, column: int, size: float, *, bold: bool = False) -> str:
    """``text``, a name centred in a column ``column`` twips wide, broken into lines at
    balanced places (:func:`kl224.text.lines.balanced_lines`, the same breaks as the PDF and
    the text formats) when it is too wide for one line; Word keeps the breaks as line breaks.
    Text that would make a very long name (thousands of lines) is left for Word to wrap."""
    room = (column - 2 * _CELL_MARGIN) / 20 - 1
    if len(text) > _NAME_LIMIT or "\t" in text:
        return text
    lines = balanced_lines(text, room, lambda line: text_width_pt(line, size, bold=bold))
    return "\n".join(lines) if len(lines) > 1 else text


def _add_row(table: WordTable) -> Any:
    """A new last row of ``table`` (python-docx leaves ``add_row`` without type hints)."""
    return table.add_row()  # type: ignore[no-untyped-call]


class Builder:
    """Writes one Document into one python-docx document (one render)."""

    def __init__(self, word: WordDocument, page_setup: PageSetup,
                 style_ids: Mapping[str, str] | None = None, *, recipients_separator: str,
                 draft_mark: bool) -> None:
        self.word = word
        self.page = page_setup
        self.recipients_separator = recipients_separator
        self.draft_mark = draft_mark
        self.style_ids: dict[str, str] = dict(style_ids or {})
        self.prototypes: dict[str, Any] = {}
        self.run = _oxml.run_prototype()
        self.table_size = page.SIZES.table
        # The paragraphs to keep with the closing block: the end of the body.
        self.tail: list[Paragraph] = []

    # ------------------------------------------------------------------------------- helpers

    def style_id(self, name: str) -> str:
        """The id of the paragraph style called ``name`` (``style_ids``, else looked up)."""
        found = self.style_ids.get(name)
        if found is None:
            found = self.style_ids[name] = self.word.styles[name].style_id
        return found

    def prototype(self, style: str) -> Any:
        found = self.prototypes.get(style)
        if found is None:
            found = self.prototypes[style] = _oxml.paragraph_prototype(self.style_id(style))
        return found

    def para(self, style: str, text: str = "") -> Paragraph:
        paragraph = _oxml.append_to_body(self.word, self.prototype(style))
        if text:
            _oxml.add_text(paragraph, text, self.run)
        self.tail = [paragraph]
        return paragraph

    def cell_para(self, cell: Any, style: str, text: str = "", *, first: bool = False
                  ) -> Paragraph:
        paragraph: Paragraph
        if first:
            paragraph = cell.paragraphs[0]
            _oxml.set_style(paragraph, self.style_id(style))
        else:
            paragraph = _oxml.append_to_cell(cell, self.prototype(style))
        if text:
            _oxml.add_text(paragraph, text, self.run)
        return paragraph

    def table(self, widths: Sequence[int], *, borders: bool) -> WordTable:
        table: WordTable = self.word.add_table(rows=0, cols=len(widths))
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Twips(width)
        _oxml.table_borders(table, drawn=borders)
        return table

    # -------------------------------------------------------------------------------- build

    def build(self, document: Document) -> None:
        """Write ``document``: header, title, body, closing, annexes and page headers."""
        first_section = self.word.sections[0]
        self.page.apply(first_section)
        first_section.different_first_page_header_footer = True
        if document.header is not None:
            self.header(document.header)
        self.title(document.title)
        self.nodes(document.body)
        if document.closing is not None:
            for paragraph in self.tail:
                paragraph.paragraph_format.keep_with_next = True
            self.closing(document.closing)
            if not document.annexes:
                # A document ends with a paragraph, not a table (an annex label or the
                # paragraph holding a section break follows the table otherwise).
                self.para("KL Section End")
        portrait = current = self.page
        for annex in document.annexes:
            wanted = portrait.turned() if annex.landscape else portrait
            if wanted != current:
                section = self.word.add_section(WD_SECTION.NEW_PAGE)
                _oxml.style_section_end(self.word, self.style_id("KL Section End"))
                wanted.apply(section)
                # Later sections show the first section's page-number header on every page,
                # their first included: only page 1 of the document goes without.
                section.different_first_page_header_footer = False
                current = wanted
                self.annex(annex, current, new_section=True)
            else:
                self.annex(annex, current)
        # After the sections are made: python-docx keeps a section's proxy on the last
        # section's properties, and page headers belong to the first.
        self.page_headers(self.word.sections[0], draft=document.draft)

    def page_headers(self, section: Section, *, draft: bool) -> None:
        numbered = section.header
        numbered.is_linked_to_previous = False
        number = numbered.paragraphs[0]
        _oxml.set_style(number, self.style_id("KL Page Number"))
        _oxml.set_page_field(number)
        first = section.first_page_header
        first.is_linked_to_previous = False
        mark = first.paragraphs[0]
        if draft and self.draft_mark:
            _oxml.set_style(mark, self.style_id("KL Draft Mark"))
            mark.add_run(page.DRAFT_MARK)
        else:
            _oxml.set_style(mark, self.style_id("KL Header"))

    def header(self, header: Header) -> None:
        left_width = _tw(page.HEADER_COLUMNS_MM[0])
        right_width = self.page.text_width - left_width
        table = self.table((left_width, right_width), borders=False)
        left, right = _add_row(table).cells
        sizes = page.SIZES
        self.cell_para(left, "KL Header",
                       _name(page.upper(header.superior_body), left_width, sizes.header),
                       first=True)
        self.cell_para(left, "KL Header Issuer",
                       _name(page.upper(header.issuing_body), left_width, sizes.header,
                             bold=True))
        self.cell_para(left, "KL Header", "*")
        self.cell_para(left, "KL Header", header.code_line)
        title = _name(page.upper(header.party_title), right_width, sizes.party_title, bold=True)
        self.cell_para(right, "KL Party Title", title, first=True)
        # The rule is the bottom border of a thin paragraph indented to the title's width.
        room = right_width - 2 * _CELL_MARGIN
        widest = max((text_width_pt(line, sizes.party_title, bold=True)
                      for line in title.split("\n")), default=0.0)
        rule = min(room, round(widest * 20))
        side = Twips(max(0, (room - rule) // 2))
        fmt = self.cell_para(right, "KL Header Rule").paragraph_format
        fmt.left_indent = side
        fmt.right_indent = side
        self.cell_para(right, "KL Place Date", header.place_date)

    def title(self, title: Title) -> None:
        self.para("KL Title", page.upper(title.doc_type))
        for line in title.subject:
            self.para("KL Subject", line)
        if title.note:
            self.para("KL Title Note", title.note)
        self.para("KL Separator", title.separator)

    def nodes(self, nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            match node:
                case Heading():
                    self.para(HEADING_STYLES[node.level],
                              page.heading_text(node.level, node.text))
                case Para():
                    self.paragraph(node)
                case BulletItem():
                    self.para("KL Bullet", node.full_text)
                case Table():
                    self.data_table(node)
                case _:
                    assert_never(node)

    def paragraph(self, node: Para) -> None:
        paragraph = self.para("KL Body")
        if node.align != "justify":
            paragraph.alignment = _ALIGN[node.align]
        if not node.indent:
            paragraph.paragraph_format.first_line_indent = Twips(0)
        if node.text:
            run = _oxml.add_text(paragraph, node.text, self.run)
            if node.bold:
                run.bold = True
            if node.italic:
                run.italic = True

    def data_table(self, node: Table) -> None:
        if node.caption:
            self.para("KL Table Caption", node.caption)
        if not node.header:
            return
        if any(not width > 0 for width in node.widths):
            raise RenderError(
                f"table {node.caption or node.header[0]!r}: every column width must be a "
                f"positive number, got {node.widths}"
            )
        widths = column_widths(self.page.text_width, node.widths, node.header, self.table_size)
        table = self.table(widths, borders=True)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        head = _add_row(table)
        _oxml.cant_split(head)
        _oxml.repeat_as_header(head)
        header = [self.cell_para(cell, "KL Table Header", text, first=True)
                  for cell, text in zip(head.cells, node.header, strict=True)]
        # Each row's paragraphs; the last rows keep with what follows the table (the closing
        # block, when the table ends the body).
        rows: list[list[Paragraph]] = []
        if node.rows:
            # One row is made through python-docx; the others are copies of it, filled in.
            row = _add_row(table)
            _oxml.cant_split(row)
            for cell, align in zip(row.cells, node.align, strict=True):
                paragraph = self.cell_para(cell, "KL Table Text", first=True)
                if align != "left":
                    paragraph.alignment = _ALIGN[align]
            prototype = _oxml.row_prototype(row)
            for cells in node.rows:
                rows.append(_oxml.append_row(table, prototype))
                for paragraph, text in zip(rows[-1], cells, strict=True):
                    if text:
                        _oxml.add_text(paragraph, text, self.run)
        # Word merges two tables that touch; a small paragraph also gives air below the table.
        spacer = self.para("KL Table Text")
        # The last two rows, or the whole table (header included) when it has three or fewer.
        kept = (rows[-page.TABLE_ROWS_KEPT:] if len(rows) > page.TABLE_ROWS_KEPT + 1
                else [header, *rows])
        self.tail = [*(paragraph for row in kept for paragraph in row), spacer]

    def closing(self, closing: Closing) -> None:
        left_width = _tw(page.CLOSING_COLUMNS_MM[0])
        right_width = self.page.text_width - left_width
        table = self.table((left_width, right_width), borders=False)
        row = _add_row(table)
        _oxml.cant_split(row)
        left, right = row.cells
        # "Nơi nhận:" and its entries start at the page margin, under the body's left edge, and
        # have the column's whole width, as in the PDF (the signature cell keeps its margins).
        _oxml.no_side_margins(left)
        self.cell_para(left, "KL Recipients Label", closing.recipients_label, first=True)
        for entry in punctuate_recipients(closing.recipients, self.recipients_separator):
            self.cell_para(left, "KL Recipients", entry)
        if closing.has_signature:
            size = page.SIZES.signature
            self.cell_para(right, "KL Signature Authority",
                           _name(page.upper(closing.authority), right_width, size, bold=True),
                           first=True)
            self.cell_para(right, "KL Signature",
                           _name(page.upper(closing.position), right_width, size))
            self.cell_para(right, "KL Signature Name",
                           _name(closing.name, right_width, size, bold=True))
        else:
            self.cell_para(right, "KL Signature", first=True)

    def annex(self, annex: Annex, page_setup: PageSetup, *, new_section: bool = False) -> None:
        self.page = page_setup
        label = self.para("KL Annex Label", annex.label)
        if new_section:
            # The section break already starts a new page; a page break too would leave one
            # blank.
            label.paragraph_format.page_break_before = False
        width, size = page_setup.text_width + 2 * _CELL_MARGIN, page.SIZES.annex
        self.para("KL Annex Title", _name(annex.title, width, size, bold=True))
        if annex.note:
            self.para("KL Annex Note", _name(annex.note, width, size))
        self.para("KL Annex Spacer")
        self.nodes(annex.body)

