"""The Word renderer: a :class:`~kl224.document.Document` as an official Party-format DOCX.

The file follows Hướng dẫn 36-HD/VPTW as set out in ``party-format.md``: A4, margins
20/20/30/15 mm, Times New Roman everywhere, the two-column first-page header, page numbers at
the top from page 2, the signature and recipients block, annexes on new pages (a landscape annex in
a section of its own, with the page numbers running on at the top). Formatting lives
in named styles ("KL Body", "KL Heading 1" …) that a clerk finds in Word's style list; runs carry
direct formatting only where a node asks for it (a bold or centred paragraph).

The report's JSON is embedded as a custom XML part, which Word keeps when it saves the file;
:func:`read_embedded` gets it back.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, ClassVar, Literal, assert_never

import attrs

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
from kl224.renderers import _ooxml as ox
from kl224.renderers._ooxml import Element, StyleDef, mm
from kl224.renderers.base import RenderError
from kl224.text.clean import find_unsafe

__all__ = ["DocxRenderer", "read_embedded"]

DRAFT_TEXT = "DỰ THẢO"
"""The mark printed on page 1 of a draft."""

TABLE_TEXT_SIZE = 13
"""Point size of table text: one point under the body, the customary size for report tables."""

_JC: dict[Align, str | None] = {
    "left": None, "center": "center", "right": "right", "justify": "both"
}
_CELL_JC: dict[Align, str | None] = {
    "left": None, "center": "center", "right": "right", "justify": "both"
}
_HEADING_STYLES = {1: "KLHeading1", 2: "KLHeading2", 3: "KLHeading3"}

# Times-Bold advance widths (1/1000 em) of the capitals, to draw the rule under the party title
# as long as the title itself; other characters count as an average capital.
_BOLD_CAPS = dict(zip(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZĐ ",
    (722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722,
     556, 667, 722, 722, 1000, 722, 722, 667, 722, 250),
    strict=True,
))


def _bold_caps_width(text: str, size: float) -> float:
    """Width in points of ``text`` set in Times New Roman bold at ``size`` points."""
    base = unicodedata.normalize("NFD", text)
    units = sum(_BOLD_CAPS.get(ch, 700) for ch in base if not unicodedata.combining(ch))
    return units * size / 1000


def _in(*allowed: object) -> Callable[[Any, Any, Any], Any]:
    validator: Callable[[Any, Any, Any], Any] = attrs.validators.in_(allowed)
    return validator


@attrs.frozen(kw_only=True)
class DocxRenderer:
    """Writes a Document as a Word file (.docx) in the Party document format.

    Options:

    - ``body_size`` — body text in points, 14 (default) or 15.
    - ``line_spacing`` and ``line_spacing_rule`` — with rule ``"exact"`` (default) the line pitch
      is exactly ``line_spacing`` points (default 18 pt, allowed 10–40); with ``"multiple"`` it is
      ``line_spacing`` lines (allowed 1.0–3.0, e.g. 1.5).
    - ``recipients_separator`` — "," (default) or ";" at the end of each recipient but the last.
    - ``draft_mark`` — print a boxed "DỰ THẢO" at the top of page 1 of a draft (default on).

    Tables are set in 13 pt (:data:`TABLE_TEXT_SIZE`), recipients in 12 pt. The instance holds
    options only; every call builds its own parts, so one renderer is safe to share.
    """

    name: ClassVar[str] = "docx"
    suffixes: ClassVar[tuple[str, ...]] = (".docx",)
    media_type: ClassVar[str] = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )

    body_size: Literal[14, 15] = attrs.field(default=14, validator=_in(14, 15))
    line_spacing: float = attrs.field(default=18.0)
    line_spacing_rule: Literal["exact", "multiple"] = attrs.field(
        default="exact", validator=_in("exact", "multiple")
    )
    recipients_separator: Literal[",", ";"] = attrs.field(default=",", validator=_in(",", ";"))
    draft_mark: bool = True

    @line_spacing.validator
    def _check_line_spacing(self, _attribute: object, value: float) -> None:
        low, high = (10.0, 40.0) if self.line_spacing_rule == "exact" else (1.0, 3.0)
        if not low <= value <= high:
            unit = "points" if self.line_spacing_rule == "exact" else "lines"
            raise ValueError(
                f"line_spacing {value} is out of range for rule {self.line_spacing_rule!r}: "
                f"use {low:g}–{high:g} {unit}"
            )

    def write(self, document: Document, stream: BinaryIO) -> None:
        """Write ``document`` to ``stream`` as DOCX bytes (identical bytes for equal documents).

        Raises :class:`~kl224.renderers.base.RenderError` naming the field if a text holds a
        character XML cannot carry, or if a table's column widths are not positive.
        """
        try:
            parts = _Writer(self).parts(document)
            ox.package(
                stream,
                document=parts.document,
                styles=parts.styles,
                default_header=parts.default_header,
                first_header=parts.first_header,
                title=document.info.title,
                author=document.info.author,
                subject=document.info.subject,
                language=document.info.language,
                date=document.info.date,
                embedded=document.source_json,
            )
        except ValueError as error:
            raise RenderError(_explain(document, error)) from error


def read_embedded(data: bytes) -> str | None:
    """Return the report JSON embedded in a DOCX written by kl224, exactly as it was written.

    Returns None for a DOCX without kl224 data (a file typed by hand). Raises ValueError with a
    message saying what to pass if ``data`` is not a DOCX (zip) file at all.
    """
    return ox.read_custom_report(data)


# ------------------------------------------------------------------------------------ internals


@attrs.frozen
class _Parts:
    document: bytes
    styles: bytes
    default_header: bytes
    first_header: bytes


def _styles(options: DocxRenderer) -> list[StyleDef]:
    body = options.body_size
    rule: Literal["exact", "auto"]
    if options.line_spacing_rule == "exact":
        line, rule = round(options.line_spacing * 20), "exact"
    else:
        line, rule = round(options.line_spacing * 240), "auto"
    indent = mm(10)
    six = 120
    return [
        StyleDef(style_id="KLBody", name="KL Body", size=body, align="both", first_line=indent,
                 before=six, after=six, line=line, line_rule=rule),
        StyleDef(style_id="KLHeading1", name="KL Heading 1", based_on="KLBody", bold=True,
                 caps=True, first_line=0, keep_next=True, keep_lines=True, outline_level=0,
                 next_style="KLBody"),
        StyleDef(style_id="KLHeading2", name="KL Heading 2", based_on="KLBody", bold=True,
                 caps=True, first_line=0, keep_next=True, keep_lines=True, outline_level=1,
                 next_style="KLBody"),
        StyleDef(style_id="KLHeading3", name="KL Heading 3", based_on="KLBody", bold=True,
                 first_line=0, keep_next=True, keep_lines=True, outline_level=2,
                 next_style="KLBody"),
        StyleDef(style_id="KLBullet", name="KL Bullet", based_on="KLBody"),
        StyleDef(style_id="KLHeader", name="KL Header", size=14, align="center", first_line=0),
        StyleDef(style_id="KLHeaderIssuer", name="KL Header Issuer", based_on="KLHeader",
                 bold=True, caps=True),
        StyleDef(style_id="KLPartyTitle", name="KL Party Title", based_on="KLHeader", size=15,
                 bold=True, caps=True),
        StyleDef(style_id="KLHeaderRule", name="KL Header Rule", based_on="KLHeader", size=2,
                 line=40, line_rule="exact", bottom_border=True, next_style="KLPlaceDate"),
        StyleDef(style_id="KLPlaceDate", name="KL Place Date", based_on="KLHeader",
                 italic=True, before=180),
        StyleDef(style_id="KLTitle", name="KL Title", based_on="KLHeader", size=16, bold=True,
                 caps=True, before=480, keep_next=True, next_style="KLSubject"),
        StyleDef(style_id="KLSubject", name="KL Subject", based_on="KLHeader", bold=True,
                 keep_next=True),
        StyleDef(style_id="KLTitleNote", name="KL Title Note", based_on="KLHeader",
                 italic=True, keep_next=True),
        StyleDef(style_id="KLSeparator", name="KL Separator", based_on="KLHeader",
                 after=240, keep_next=True, next_style="KLBody"),
        StyleDef(style_id="KLTableCaption", name="KL Table Caption", based_on="KLBody",
                 bold=True, align="center", first_line=0, keep_next=True),
        StyleDef(style_id="KLTableText", name="KL Table Text", size=TABLE_TEXT_SIZE,
                 align="left", first_line=0, before=40, after=40),
        StyleDef(style_id="KLTableHeader", name="KL Table Header", based_on="KLTableText",
                 bold=True, align="center"),
        StyleDef(style_id="KLSignature", name="KL Signature", based_on="KLHeader",
                 keep_next=True),
        StyleDef(style_id="KLSignatureAuthority", name="KL Signature Authority",
                 based_on="KLSignature", bold=True, before=six),
        StyleDef(style_id="KLSignatureName", name="KL Signature Name", based_on="KLSignature",
                 bold=True, before=mm(28)),
        StyleDef(style_id="KLRecipientsLabel", name="KL Recipients Label", size=14,
                 underline=True, align="left", first_line=0, before=six + 322, keep_next=True),
        # The hanging indent lines a wrapped entry up after its "- ".
        StyleDef(style_id="KLRecipients", name="KL Recipients", size=12, align="left",
                 hanging=140, keep_next=True),
        StyleDef(style_id="KLAnnexLabel", name="KL Annex Label", based_on="KLHeader", bold=True,
                 page_break_before=True, keep_next=True, next_style="KLAnnexTitle"),
        StyleDef(style_id="KLAnnexTitle", name="KL Annex Title", based_on="KLHeader", bold=True,
                 before=six, keep_next=True),
        StyleDef(style_id="KLAnnexNote", name="KL Annex Note", based_on="KLHeader", italic=True,
                 keep_next=True),
        StyleDef(style_id="KLAnnexEnd", name="KL Annex Spacer", based_on="KLHeader", after=240,
                 keep_next=True, next_style="KLBody"),
        StyleDef(style_id="KLPageNumber", name="KL Page Number", based_on="KLHeader"),
        StyleDef(style_id="KLDraftMark", name="KL Draft Mark", based_on="KLHeader", bold=True,
                 align="right", run_border=True),
    ]


class _Writer:
    """Builds the parts of one DOCX; lives for one call of :meth:`DocxRenderer.write`."""

    def __init__(self, options: DocxRenderer) -> None:
        self.options = options
        self.page = ox.PageSetup(
            width=11906, height=16838, top=mm(20), bottom=mm(20), left=mm(30), right=mm(15),
            header=mm(10), footer=mm(10),
        )
        # The width tables are laid out across: the current section's.
        self.text_width = self.page.text_width

    def parts(self, document: Document) -> _Parts:
        root, body = ox.new_document()
        if document.header is not None:
            self._header(body, document.header)
        self._title(body, document.title)
        self._nodes(body, document.body)
        if document.closing is not None:
            self._closing(body, document.closing, last=not document.annexes)
        page, first_section = self.page, True
        for annex in document.annexes:
            wanted = self.page.turned() if annex.landscape else self.page
            if wanted != page:
                self._end_section(body, page, first=first_section)
                page, first_section = wanted, False
                self.text_width = page.text_width
                self._annex(body, annex, new_section=True)
            else:
                self._annex(body, annex)
        if first_section:
            ox.set_section(body, page, default_header="rId4", first_header="rId5")
        else:
            # Later sections show the first section's default header (the page number) on
            # every page, their first included: only page 1 of the document goes without.
            ox.set_section(body, page, default_header=None, first_header=None, title_page=False)

        default = ox.new_story()
        number = ox.add_paragraph(default, "KLPageNumber")
        ox.add_page_field(number)
        first = ox.new_story()
        if document.draft and self.options.draft_mark:
            ox.add_paragraph(first, "KLDraftMark", DRAFT_TEXT)
        else:
            ox.add_paragraph(first, "KLHeader")
        return _Parts(
            document=ox.document_part(root),
            styles=ox.styles_part(
                _styles(self.options),
                base_size=self.options.body_size,
                language=document.info.language or "vi-VN",
            ),
            default_header=ox.header_part(default),
            first_header=ox.header_part(first),
        )

    def _header(self, body: Element, header: Header) -> None:
        left_width = ox.mm(70)
        right_width = self.text_width - left_width
        tbl = ox.add_table(body, (left_width, right_width), borders=False)
        row = ox.add_row(tbl)
        left = ox.add_cell(row, left_width)
        ox.add_paragraph(left, "KLHeader", header.superior_body.upper())
        ox.add_paragraph(left, "KLHeaderIssuer", header.issuing_body.upper())
        ox.add_paragraph(left, "KLHeader", "*")
        ox.add_paragraph(left, "KLHeader", header.code_line)
        right = ox.add_cell(row, right_width)
        title = header.party_title.upper()
        ox.add_paragraph(right, "KLPartyTitle", title)
        # The rule is the bottom border of a thin paragraph indented to the title's width.
        room = right_width - 2 * 108
        rule = min(room, round(_bold_caps_width(title, 15) * 20))
        side = max(0, (room - rule) // 2)
        ox.add_paragraph(right, "KLHeaderRule", indent=(side, side))
        ox.add_paragraph(right, "KLPlaceDate", header.place_date)

    def _title(self, body: Element, title: Title) -> None:
        ox.add_paragraph(body, "KLTitle", title.doc_type.upper())
        for line in title.subject:
            ox.add_paragraph(body, "KLSubject", line)
        if title.note:
            ox.add_paragraph(body, "KLTitleNote", title.note)
        ox.add_paragraph(body, "KLSeparator", title.separator)

    def _nodes(self, body: Element, nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            match node:
                case Heading():
                    text = node.text if node.level == 3 else node.text.upper()
                    ox.add_paragraph(body, _HEADING_STYLES[node.level], text)
                case Para():
                    ox.add_paragraph(
                        body, "KLBody", node.text, align=_JC[node.align],
                        first_line=None if node.indent else 0,
                        bold=node.bold, italic=node.italic,
                    )
                case BulletItem():
                    ox.add_paragraph(body, "KLBullet", node.full_text)
                case Table():
                    self._table(body, node)
                case _:
                    assert_never(node)

    def _table(self, body: Element, table: Table) -> None:
        if table.caption:
            ox.add_paragraph(body, "KLTableCaption", table.caption)
        if not table.header:
            return
        if any(not width > 0 for width in table.widths):
            raise RenderError(
                f"table {table.caption or table.header[0]!r}: every column width must be a "
                f"positive number, got {table.widths}"
            )
        total = sum(table.widths)
        widths = [round(self.text_width * width / total) for width in table.widths]
        widths[-1] += self.text_width - sum(widths)
        tbl = ox.add_table(body, widths, borders=True, align="center")
        head = ox.add_row(tbl, header=True)
        for width, text in zip(widths, table.header, strict=True):
            ox.add_paragraph(ox.add_cell(head, width), "KLTableHeader", text)
        aligns = [_CELL_JC[align] for align in table.align]
        for cells in table.rows:
            row = ox.add_row(tbl)
            for width, align, text in zip(widths, aligns, cells, strict=True):
                ox.add_paragraph(ox.add_cell(row, width), "KLTableText", text, align=align)
        # Word merges two tables that touch; a small paragraph also gives air below the table.
        ox.add_paragraph(body, "KLTableText")

    def _closing(self, body: Element, closing: Closing, *, last: bool) -> None:
        left_width = ox.mm(80)
        right_width = self.text_width - left_width
        tbl = ox.add_table(body, (left_width, right_width), borders=False)
        row = ox.add_row(tbl)
        left = ox.add_cell(row, left_width)
        ox.add_paragraph(left, "KLRecipientsLabel", closing.recipients_label)
        for entry in punctuate_recipients(closing.recipients, self.options.recipients_separator):
            ox.add_paragraph(left, "KLRecipients", entry)
        right = ox.add_cell(row, right_width)
        if closing.has_signature:
            ox.add_paragraph(right, "KLSignatureAuthority", closing.authority.upper())
            ox.add_paragraph(right, "KLSignature", closing.position.upper())
            ox.add_paragraph(right, "KLSignatureName", closing.name)
        else:
            ox.add_paragraph(right, "KLSignature")
        if last:
            # A document should end with a paragraph, not a table (Word adds one otherwise).
            ox.add_paragraph(body, "KLHeader")

    def _end_section(self, body: Element, page: ox.PageSetup, *, first: bool) -> None:
        if first:
            ox.end_section(body, page, default_header="rId4", first_header="rId5",
                           title_page=True)
        else:
            ox.end_section(body, page, default_header=None, first_header=None, title_page=False)

    def _annex(self, body: Element, annex: Annex, *, new_section: bool = False) -> None:
        # A section break already starts a new page; a page break too would leave one blank.
        ox.add_paragraph(body, "KLAnnexLabel", annex.label,
                         page_break_before=False if new_section else None)
        ox.add_paragraph(body, "KLAnnexTitle", annex.title)
        if annex.note:
            ox.add_paragraph(body, "KLAnnexNote", annex.note)
        ox.add_paragraph(body, "KLAnnexEnd")
        self._nodes(body, annex.body)


def _node_texts(nodes: tuple[Node, ...], where: str) -> Iterator[tuple[str, str]]:
    for index, node in enumerate(nodes):
        place = f"{where}[{index}]"
        match node:
            case Heading():
                yield f"{place}.label", node.label
                yield f"{place}.title", node.title
            case Para() | BulletItem():
                yield f"{place}.text", node.text
            case Table():
                yield f"{place}.caption", node.caption
                for col, text in enumerate(node.header):
                    yield f"{place}.header[{col}]", text
                for row_index, row in enumerate(node.rows):
                    for col, text in enumerate(row):
                        yield f"{place}.rows[{row_index}][{col}]", text
            case _:
                assert_never(node)


def _document_texts(document: Document) -> Iterator[tuple[str, str]]:
    """Every text of ``document`` with its place, for error messages."""
    info = document.info
    yield from (("info.title", info.title), ("info.author", info.author),
                ("info.subject", info.subject), ("info.language", info.language))
    if document.header is not None:
        for key in ("superior_body", "issuing_body", "code_line", "place_date", "party_title"):
            yield f"header.{key}", getattr(document.header, key)
    title = document.title
    yield "title.doc_type", title.doc_type
    for index, line in enumerate(title.subject):
        yield f"title.subject[{index}]", line
    yield "title.note", title.note
    yield "title.separator", title.separator
    yield from _node_texts(document.body, "body")
    if document.closing is not None:
        closing = document.closing
        for key in ("authority", "position", "name", "recipients_label"):
            yield f"closing.{key}", getattr(closing, key)
        for index, entry in enumerate(closing.recipients):
            yield f"closing.recipients[{index}]", entry
    for index, annex in enumerate(document.annexes):
        yield f"annexes[{index}].label", annex.label
        yield f"annexes[{index}].title", annex.title
        yield f"annexes[{index}].note", annex.note
        yield from _node_texts(annex.body, f"annexes[{index}].body")
    yield "source_json", document.source_json


def _explain(document: Document, error: ValueError) -> str:
    for place, text in _document_texts(document):
        found = find_unsafe(text)
        if found is not None:
            index, char = found
            return (
                f"cannot write the DOCX: {place} holds the character U+{ord(char):04X} at "
                f"position {index}, which Word files cannot carry; remove it "
                "(kl224.text.normalize() strips such characters)"
            )
    return f"cannot write the DOCX: {error}"
