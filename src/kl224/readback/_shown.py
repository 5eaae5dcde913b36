"""What a Word file shows, read with python-docx: its paragraphs and tables in order.

The reader works on this small, format-neutral picture (:class:`Shown`) — a paragraph's text
and whether it is bold, italic or a heading; a table's cell texts — never on style names
alone, so a file restyled in Word, saved by LibreOffice or typed by a clerk reads the same.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any, Final

import attrs

__all__ = ["Grid", "Line", "NotAWordFile", "Shown", "read_shown"]

_HEADING_NAME_RE: Final = re.compile(r"heading\s*([1-9])\b", re.I)
_DRAFT_RE: Final = re.compile(r"\bDỰ\s*THẢO\b", re.I)


class NotAWordFile(ValueError):
    """The bytes are not a Word (.docx) file that python-docx can open."""


@attrs.frozen
class Line:
    """A paragraph: its text, whether it is bold or italic throughout, its heading level (from a
    heading style or an outline level; None for body text) and its number in the document
    (1-based, tables' paragraphs not counted)."""

    text: str
    number: int
    bold: bool = False
    italic: bool = False
    heading: int | None = None


@attrs.frozen
class Grid:
    """A table: each row's cells, each cell's paragraphs; ``number`` counts tables from 1."""

    cells: tuple[tuple[tuple[Line, ...], ...], ...]
    number: int

    @property
    def rows(self) -> tuple[tuple[str, ...], ...]:
        """Each row's cell texts, a cell's paragraphs joined by newlines."""
        return tuple(
            tuple("\n".join(line.text for line in cell).strip() for cell in row)
            for row in self.cells
        )


Block = Line | Grid


@attrs.frozen
class Shown:
    """What a document shows: its blocks in order, whether page 1 carries the draft mark, and
    the author stored in its properties (kl224 writes the issuing body there)."""

    blocks: tuple[Block, ...]
    draft_mark: bool = False
    author: str = ""


class _Styles:
    """Bold, italic and heading level of paragraph styles, following ``based on`` chains."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[bool, bool, int | None]] = {}

    def of(self, style: Any) -> tuple[bool, bool, int | None]:
        if style is None:
            return False, False, None
        # lxml recreates element proxies, so an id() could be reused: key by the style's id.
        key = str(style.style_id or style.name)
        found = self._cache.get(key)
        if found is None:
            found = self._compute(style)
            self._cache[key] = found
        return found

    def _compute(self, style: Any) -> tuple[bool, bool, int | None]:
        bold = italic = None
        level: int | None = None
        current, seen = style, 0
        while current is not None and seen < 20:
            font = current.font
            if bold is None and font.bold is not None:
                bold = bool(font.bold)
            if italic is None and font.italic is not None:
                italic = bool(font.italic)
            if level is None:
                level = _style_level(current)
            current, seen = current.base_style, seen + 1
        return bool(bold), bool(italic), level


def _style_level(style: Any) -> int | None:
    match = _HEADING_NAME_RE.search(style.name or "")
    if match is not None:
        return int(match.group(1))
    return _outline_level(style.element)


def _outline_level(element: Any) -> int | None:
    ppr = element.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pPr")
    if ppr is None:
        return None
    lvl = ppr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl")
    if lvl is None:
        return None
    value = lvl.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
    if value is None or not value.isdigit() or int(value) > 8:
        return None
    return int(value) + 1


def _runs_say(paragraph: Any, name: str) -> bool | None:
    """True/False when every run with text sets ``name`` so, None when runs leave it."""
    values = [getattr(run, name) for run in paragraph.runs if run.text.strip()]
    if not values:
        return None
    if all(v is True for v in values):
        return True
    if any(v is False for v in values):
        return False
    return None


def _line(paragraph: Any, number: int, styles: _Styles) -> Line:
    bold, italic, level = styles.of(paragraph.style)
    level = _outline_level(paragraph._p) or level
    runs_bold = _runs_say(paragraph, "bold")
    runs_italic = _runs_say(paragraph, "italic")
    return Line(
        text=paragraph.text,
        number=number,
        bold=bold if runs_bold is None else runs_bold,
        italic=italic if runs_italic is None else runs_italic,
        heading=level,
    )


def _blocks(document: Any, styles: _Styles) -> Iterator[Block]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    paragraphs = tables = 0
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            paragraphs += 1
            yield _line(item, paragraphs, styles)
        elif isinstance(item, Table):
            tables += 1
            rows = []
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    cells.append(tuple(_line(p, 0, styles) for p in cell.paragraphs))
                rows.append(tuple(cells))
            yield Grid(cells=tuple(rows), number=tables)


def read_shown(data: bytes) -> Shown:
    """Read what the DOCX ``data`` shows. Raises :class:`NotAWordFile` when python-docx cannot
    open it."""
    try:
        import docx
    except ImportError as error:  # pragma: no cover - python-docx is a dependency
        raise NotAWordFile("python-docx is not installed") from error
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise NotAWordFile(str(error) or type(error).__name__) from error
    except Exception as error:  # python-docx raises its own and lxml's errors on broken parts
        raise NotAWordFile(f"{type(error).__name__}: {error}") from error
    styles = _Styles()
    blocks = tuple(_blocks(document, styles))
    draft = False
    for section in document.sections[:1]:
        for header in (section.first_page_header, section.header):
            if any(_DRAFT_RE.search(p.text) for p in header.paragraphs):
                draft = True
    author = document.core_properties.author or ""
    return Shown(blocks=blocks, draft_mark=draft, author=author)
