"""The format-neutral document tree every renderer draws.

A :class:`Document` is the report laid out: the first-page header, the title block, a body of
:data:`Node` values (a closed union — renderers match on it exhaustively), the closing block
(signature and recipients) and annexes. Labels such as ``A-``, ``I-``, ``1.``, ``-`` and ``+``
are literal text: no renderer numbers anything itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from kl224.model.report import Report

__all__ = [
    "Align",
    "Annex",
    "BulletItem",
    "Closing",
    "DocInfo",
    "Document",
    "Header",
    "Heading",
    "Node",
    "Para",
    "Table",
    "Title",
    "UnitReport",
    "punctuate_recipients",
]

Align = Literal["left", "center", "right", "justify"]


@attrs.frozen(kw_only=True)
class Header:
    """The first-page header: left column (superior body, issuing body, ``*``, number and
    symbol), right column (party title with a rule under it, italic place and date)."""

    superior_body: str
    issuing_body: str
    code_line: str
    place_date: str
    party_title: str = "ĐẢNG CỘNG SẢN VIỆT NAM"


@attrs.frozen(kw_only=True)
class Title:
    """The title block: document type (``BÁO CÁO``), the subject as explicit lines, an optional
    note line in parentheses, and the ``-----`` separator."""

    doc_type: str
    subject: tuple[str, ...] = ()
    note: str = ""
    separator: str = "-----"


@attrs.frozen(kw_only=True)
class Heading:
    """A heading with its literal label: level 1 parts (``A-``), level 2 sections (``I-``),
    level 3 items (``1.``). Levels 1 and 2 print in upper case; level 3 in sentence case."""

    level: Literal[1, 2, 3]
    label: str
    title: str

    @property
    def text(self) -> str:
        """Label and title as printed."""
        return f"{self.label} {self.title}" if self.label else self.title


@attrs.frozen(kw_only=True)
class Para:
    """A paragraph of body text. ``indent`` is the 1 cm first-line indent of body text."""

    text: str
    align: Align = "justify"
    indent: bool = True
    bold: bool = False
    italic: bool = False


@attrs.frozen(kw_only=True)
class BulletItem:
    """A body paragraph that starts with a literal marker: ``-`` (level 1) or ``+`` (level 2)."""

    marker: Literal["-", "+"]
    text: str

    @property
    def full_text(self) -> str:
        """Marker and text as printed."""
        return f"{self.marker} {self.text}"


@attrs.frozen(kw_only=True)
class Table:
    """A table with one header row (repeated on every page) and rows of text cells.

    ``widths`` are relative column widths; ``align`` the alignment of each column's cells.
    Every row has as many cells as the header.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    align: tuple[Align, ...]
    caption: str = ""

    def __attrs_post_init__(self) -> None:
        n = len(self.header)
        if len(self.widths) != n or len(self.align) != n:
            raise ValueError("a table needs one width and one alignment per column")
        for index, row in enumerate(self.rows):
            if len(row) != n:
                raise ValueError(f"row {index} has {len(row)} cells, the header has {n}")


Node = Heading | Para | BulletItem | Table
"""A body node. The union is closed: a renderer handles each case (checked with
``typing.assert_never``)."""


@attrs.frozen(kw_only=True)
class Closing:
    """The closing block: the signature in the right column, the recipients in the left.

    ``recipients`` are entries without their trailing punctuation; renderers call
    :func:`punctuate_recipients` with their own option.
    """

    authority: str = ""
    position: str = ""
    name: str = ""
    recipients: tuple[str, ...] = ()
    recipients_label: str = "Nơi nhận:"

    @property
    def has_signature(self) -> bool:
        """Whether there is anything to print in the signature column."""
        return bool(self.authority or self.position or self.name)


@attrs.frozen(kw_only=True)
class Annex:
    """An annex on a new page: ``Phụ lục 1``, a title, a note line and its body.

    ``landscape`` asks for landscape A4 pages, which the format guide allows for a wide table:
    the page renderers (DOCX, PDF) start the annex on a landscape page with the same margins
    as the page is read (top and bottom 20 mm, left 30 mm, right 15 mm), keep the page number
    at the top centre, lay its tables out across the wider text width, and return to portrait
    for whatever follows. The text renderer ignores it.
    """

    label: str
    title: str
    note: str = ""
    body: tuple[Node, ...] = ()
    landscape: bool = False


@attrs.frozen(kw_only=True)
class DocInfo:
    """Document properties: title, author (the issuing body), subject, date, language and
    keywords (which a file manager or a search in the office's archive finds)."""

    title: str
    author: str = ""
    subject: str = ""
    date: dt.date | None = None
    language: str = "vi-VN"
    keywords: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class UnitReport:
    """One unit's report in a roll-up, with the unit's name as the comparison prints it."""

    name: str
    report: Report


@attrs.frozen(kw_only=True)
class Document:
    """A laid-out report (or the blank outline), ready for any renderer.

    Besides the layout, a document carries the data it was laid out from, for renderers that
    lay out data rather than pages: ``source_json`` is the report's JSON (``kl224.dumps``),
    which DOCX and PDF embed so the file can be loaded back; ``report`` is the same report,
    typed (None for the blank outline or a document built by hand, whose ``source_json`` then
    stands for it); ``units`` are the units' reports of a roll-up
    (:func:`kl224.rollup.build_aggregate_document` fills them in). The figures workbook is
    built from these; page renderers ignore ``report`` and ``units``. ``draft`` asks
    renderers for a visible "DỰ THẢO" mark.
    """

    info: DocInfo
    title: Title
    header: Header | None = None
    body: tuple[Node, ...] = ()
    closing: Closing | None = None
    annexes: tuple[Annex, ...] = ()
    draft: bool = False
    source_json: str = ""
    report: Report | None = attrs.field(default=None, repr=False, eq=False)
    units: tuple[UnitReport, ...] = attrs.field(default=(), repr=False)


def punctuate_recipients(entries: tuple[str, ...], separator: str = ",") -> tuple[str, ...]:
    """Return the recipients as printed: ``- entry,`` for each and ``- entry.`` for the last.

    ``separator`` is "," or ";" (both occur in practice). Trailing punctuation the user typed
    is replaced, so it never doubles.
    """
    cleaned = [entry.rstrip().rstrip(",;.").rstrip() for entry in entries]
    cleaned = [entry for entry in cleaned if entry]
    out = []
    for index, entry in enumerate(cleaned):
        end = "." if index == len(cleaned) - 1 else separator
        out.append(f"- {entry}{end}")
    return tuple(out)
