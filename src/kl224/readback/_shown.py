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
    the author and keywords stored in its properties (kl224 writes the issuing body and the
    conclusion's name there, in their own case, which the page prints in capitals)."""

    blocks: tuple[Block, ...]
    draft_mark: bool = False
    author: str = ""
    keywords: str = ""


_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL: Final = f"{_W}val"
_P, _TBL, _TR, _TC, _R = (f"{_W}{name}" for name in ("p", "tbl", "tr", "tc", "r"))
_TEXT_TAGS: Final = {
    f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n",
    f"{_W}noBreakHyphen": "-", f"{_W}ptab": "\t",
}
_OFF: Final = frozenset({"0", "false", "off", "none"})
_LONGEST_FORMATTED: Final = 400
_PPR, _PSTYLE, _OUTLINE, _RPR = (f"{_W}{n}" for n in ("pPr", "pStyle", "outlineLvl", "rPr"))


class _Styles:
    """Bold, italic and heading level of paragraph styles by style id (python-docx's style
    objects, ``based on`` chains followed), computed once per style."""

    def __init__(self, document: Any) -> None:
        self._styles = document.styles
        self._cache: dict[str, tuple[bool, bool, int | None]] = {}
        self._default: tuple[bool, bool, int | None] | None = None

    def of(self, style_id: str | None) -> tuple[bool, bool, int | None]:
        key = style_id or ""
        found = self._cache.get(key)
        if found is None:
            style = None
            if style_id:
                from docx.styles.style import StyleFactory

                element = self._styles.element.get_by_id(style_id)
                style = StyleFactory(element) if element is not None else None
            if style is None:
                style = self._styles.default(_paragraph_style_type())
            found = _style_facts(style)
            self._cache[key] = found
        return found


def _paragraph_style_type() -> Any:
    from docx.enum.style import WD_STYLE_TYPE

    return WD_STYLE_TYPE.PARAGRAPH


def _style_facts(style: Any) -> tuple[bool, bool, int | None]:
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
    ppr = element.find(_PPR)
    if ppr is None:
        return None
    lvl = ppr.find(_OUTLINE)
    return None if lvl is None else _level_value(lvl.get(_VAL))


def _level_value(value: str | None) -> int | None:
    if value is None or not value.isdigit() or int(value) > 8:
        return None
    return int(value) + 1


def _child(element: Any, tag: str) -> Any:
    """The first child with ``tag``, or None (``find`` parses its path on every call, which
    cost more than the rest of reading a paragraph)."""
    for child in element.iterchildren(tag):
        return child
    return None


def _switch(rpr: Any, name: str) -> bool | None:
    if rpr is None:
        return None
    element = _child(rpr, f"{_W}{name}")
    if element is None:
        return None
    return element.get(_VAL, "true").lower() not in _OFF


def _run_text(element: Any) -> str:
    """The text of a run or a paragraph as Word shows it: tabs and breaks included, deleted
    (tracked) text left out."""
    parts = []
    for child in element.iter(*_TEXT_TAGS):
        replacement = _TEXT_TAGS[child.tag]
        parts.append(child.text or "" if replacement is None else replacement)
    return "".join(parts)


def _line(p: Any, number: int, styles: _Styles) -> Line:
    """A paragraph element read directly: python-docx's run objects cost an XPath query
    each, which made reading many times slower than writing."""
    ppr = _child(p, _PPR)
    style_id = None
    own_level = None
    if ppr is not None:
        pstyle = _child(ppr, _PSTYLE)
        style_id = pstyle.get(_VAL) if pstyle is not None else None
        lvl = _child(ppr, _OUTLINE)
        if lvl is not None:
            own_level = _level_value(lvl.get(_VAL))
    bold, italic, level = styles.of(style_id)
    level = own_level or level
    text = _run_text(p)
    if len(text) > _LONGEST_FORMATTED:
        # Bold and italic only tell headings and lead lines apart, which are short.
        return Line(text=text, number=number, bold=bold, italic=italic, heading=level)
    bolds: list[bool | None] = []
    italics: list[bool | None] = []
    for run in p.iter(_R):
        if _run_text(run).strip():
            rpr = _child(run, _RPR)
            bolds.append(_switch(rpr, "b"))
            italics.append(_switch(rpr, "i"))
    return Line(
        text=text,
        number=number,
        bold=_all(bolds, bold),
        italic=_all(italics, italic),
        heading=level,
    )


def _all(values: list[bool | None], style: bool) -> bool:
    """Whether every run with text is bold (italic): a run setting nothing takes the style's."""
    if not values:
        return style
    return all(style if v is None else v for v in values)


def _blocks(body: Any, styles: _Styles) -> Iterator[Block]:
    paragraphs = tables = 0
    for child in body.iterchildren(_P, _TBL):
        if child.tag == _P:
            paragraphs += 1
            yield _line(child, paragraphs, styles)
            continue
        tables += 1
        rows = []
        for tr in child.iterchildren(_TR):
            cells = []
            for tc in tr.iterchildren(_TC):
                cells.append(tuple(_line(p, 0, styles) for p in tc.iterchildren(_P)))
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
    styles = _Styles(document)
    blocks = tuple(_blocks(document.element.body, styles))
    draft = False
    for section in document.sections[:1]:
        for header in (section.first_page_header, section.header):
            if any(_DRAFT_RE.search(p.text) for p in header.paragraphs):
                draft = True
    properties = document.core_properties
    return Shown(
        blocks=blocks, draft_mark=draft, author=properties.author or "",
        keywords=properties.keywords or "",
    )
