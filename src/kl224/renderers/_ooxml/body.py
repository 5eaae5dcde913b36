"""The main document and header stories: paragraphs, runs, tables and the section properties."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs
from lxml import etree

from kl224.renderers._ooxml.names import (
    _NSMAP,
    _R,
    BR,
    CANT_SPLIT,
    GRIDCOL,
    I_,
    IND,
    JC,
    KEEP_NEXT,
    PPR,
    PSTYLE,
    RPR,
    TAB,
    TBL,
    TBL_HEADER,
    TBLGRID,
    TBLPR,
    TC,
    TCPR,
    TCW,
    TR,
    TRPR,
    TYPE,
    VAL,
    W_,
    XML_SPACE,
    B,
    Element,
    P,
    R,
    T,
    _w,
    _xml,
)


@attrs.frozen(kw_only=True)
class PageSetup:
    """Page size and margins in twips; ``header`` is the header's distance from the top edge."""

    width: int
    height: int
    top: int
    bottom: int
    left: int
    right: int
    header: int
    footer: int


# --------------------------------------------------------------------------- text and paragraphs


def _set_text(parent: Element, text: str) -> None:
    """Append ``text`` to a run: newlines become line breaks and tabs become tab characters."""
    if "\n" not in text and "\t" not in text:
        _add_t(parent, text)
        return
    for line_index, line in enumerate(text.split("\n")):
        if line_index:
            etree.SubElement(parent, BR)
        for tab_index, chunk in enumerate(line.split("\t")):
            if tab_index:
                etree.SubElement(parent, TAB)
            if chunk:
                _add_t(parent, chunk)


def _add_t(run: Element, text: str) -> None:
    t = etree.SubElement(run, T)
    t.text = text
    if text[:1].isspace() or text[-1:].isspace() or "  " in text:
        t.set(XML_SPACE, "preserve")


def add_paragraph(
    parent: Element,
    style_id: str,
    text: str = "",
    *,
    align: str | None = None,
    first_line: int | None = None,
    indent: tuple[int, int] | None = None,
    keep_next: bool = False,
    bold: bool = False,
    italic: bool = False,
) -> Element:
    """Append a paragraph in style ``style_id`` holding ``text`` in one run.

    The keyword arguments are direct paragraph/run formatting, used only where a node asks for
    something its style does not say (a centred body paragraph, an italic note).
    """
    p = etree.SubElement(parent, P)
    ppr = etree.SubElement(p, PPR)
    etree.SubElement(ppr, PSTYLE).set(VAL, style_id)
    if keep_next:
        etree.SubElement(ppr, KEEP_NEXT)
    if first_line is not None or indent is not None:
        ind = etree.SubElement(ppr, IND)
        if indent is not None:
            ind.set(_w("left"), str(indent[0]))
            ind.set(_w("right"), str(indent[1]))
        if first_line is not None:
            ind.set(_w("firstLine"), str(first_line))
    if align is not None:
        etree.SubElement(ppr, JC).set(VAL, align)
    if text:
        r = etree.SubElement(p, R)
        if bold or italic:
            rpr = etree.SubElement(r, RPR)
            if bold:
                etree.SubElement(rpr, B)
            if italic:
                etree.SubElement(rpr, I_)
        _set_text(r, text)
    return p


def add_line(paragraph: Element, text: str) -> None:
    """Append a line break and ``text`` to the last run of ``paragraph`` (a new run if none)."""
    runs = paragraph.findall(R)
    run = runs[-1] if runs else etree.SubElement(paragraph, R)
    etree.SubElement(run, BR)
    _set_text(run, text)


def add_page_field(paragraph: Element) -> None:
    """Append a PAGE field (the current page number) to ``paragraph``."""
    def char(kind: str) -> None:
        etree.SubElement(etree.SubElement(paragraph, R), _w("fldChar")).set(_w("fldCharType"), kind)

    char("begin")
    instr = etree.SubElement(etree.SubElement(paragraph, R), _w("instrText"))
    instr.text = " PAGE "
    instr.set(XML_SPACE, "preserve")
    char("separate")
    etree.SubElement(etree.SubElement(paragraph, R), T).text = "2"
    char("end")


# --------------------------------------------------------------------------------------- tables


def add_table(
    parent: Element,
    widths: Sequence[int],
    *,
    borders: bool,
    align: Literal["left", "center"] = "left",
) -> Element:
    """Append a fixed-layout table with columns of ``widths`` twips; rows come from add_row."""
    tbl = etree.SubElement(parent, TBL)
    tblpr = etree.SubElement(tbl, TBLPR)
    tblw = etree.SubElement(tblpr, _w("tblW"))
    tblw.set(W_, str(sum(widths)))
    tblw.set(TYPE, "dxa")
    etree.SubElement(tblpr, JC).set(VAL, align)
    tb = etree.SubElement(tblpr, _w("tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = etree.SubElement(tb, _w(side))
        if borders:
            edge.set(VAL, "single")
            edge.set(_w("sz"), "4")
            edge.set(_w("space"), "0")
            edge.set(_w("color"), "000000")
        else:
            edge.set(VAL, "nil")
    etree.SubElement(tblpr, _w("tblLayout")).set(TYPE, "fixed")
    look = etree.SubElement(tblpr, _w("tblLook"))
    look.set(VAL, "0000")
    grid = etree.SubElement(tbl, TBLGRID)
    for width in widths:
        etree.SubElement(grid, GRIDCOL).set(W_, str(width))
    return tbl


def add_row(tbl: Element, *, header: bool = False) -> Element:
    """Append a row that never splits across pages; ``header`` repeats it on every page."""
    tr = etree.SubElement(tbl, TR)
    trpr = etree.SubElement(tr, TRPR)
    etree.SubElement(trpr, CANT_SPLIT)
    if header:
        etree.SubElement(trpr, TBL_HEADER)
    return tr


def add_cell(tr: Element, width: int) -> Element:
    """Append a cell ``width`` twips wide; the caller adds at least one paragraph to it."""
    tc = etree.SubElement(tr, TC)
    tcw = etree.SubElement(etree.SubElement(tc, TCPR), TCW)
    tcw.set(W_, str(width))
    tcw.set(TYPE, "dxa")
    return tc


# ------------------------------------------------------------------------------- document parts


def new_document() -> tuple[Element, Element]:
    """Return a new ``w:document`` element and its ``w:body``."""
    root = etree.Element(_w("document"), nsmap=_NSMAP)
    return root, etree.SubElement(root, _w("body"))


def new_story(kind: Literal["hdr", "ftr"] = "hdr") -> Element:
    """Return a new, empty header (``w:hdr``) part root."""
    return etree.Element(_w(kind), nsmap=_NSMAP)


def set_section(
    body: Element, page: PageSetup, *, default_header: str, first_header: str
) -> None:
    """Append the section properties: page, margins, headers, and a distinct first page."""
    sect = etree.SubElement(body, _w("sectPr"))
    for kind, rid in (("default", default_header), ("first", first_header)):
        ref = etree.SubElement(sect, _w("headerReference"))
        ref.set(TYPE, kind)
        ref.set(f"{{{_R}}}id", rid)
    size = etree.SubElement(sect, _w("pgSz"))
    size.set(W_, str(page.width))
    size.set(_w("h"), str(page.height))
    margins = etree.SubElement(sect, _w("pgMar"))
    for key, value in (
        ("top", page.top), ("right", page.right), ("bottom", page.bottom),
        ("left", page.left), ("header", page.header), ("footer", page.footer), ("gutter", 0),
    ):
        margins.set(_w(key), str(value))
    etree.SubElement(sect, _w("pgNumType")).set(_w("fmt"), "decimal")
    etree.SubElement(sect, _w("titlePg"))


def header_part(root: Element) -> bytes:
    """Serialise a header story built with :func:`new_story`."""
    return _xml(root)


def document_part(root: Element) -> bytes:
    """Serialise the main document built with :func:`new_document`."""
    return _xml(root)
