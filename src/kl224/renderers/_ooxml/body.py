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
    """Page size and margins in twips; ``header`` is the header's distance from the top edge.

    The margins are as the page is read, so a landscape page (``width`` > ``height``) keeps
    the same four margins as its portrait twin.
    """

    width: int
    height: int
    top: int
    bottom: int
    left: int
    right: int
    header: int
    footer: int

    @property
    def landscape(self) -> bool:
        """Whether the page is wider than it is high."""
        return self.width > self.height

    @property
    def text_width(self) -> int:
        """The width between the left and right margins."""
        return self.width - self.left - self.right

    def turned(self) -> PageSetup:
        """The same page turned a quarter: width and height swapped, margins kept."""
        return attrs.evolve(self, width=self.height, height=self.width)


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
    page_break_before: bool | None = None,
) -> Element:
    """Append a paragraph in style ``style_id`` holding ``text`` in one run.

    The keyword arguments are direct paragraph/run formatting, used only where a node asks for
    something its style does not say (a centred body paragraph, an italic note, no page break
    where a section break already starts the page).
    """
    p = etree.SubElement(parent, P)
    ppr = etree.SubElement(p, PPR)
    etree.SubElement(ppr, PSTYLE).set(VAL, style_id)
    if keep_next:
        etree.SubElement(ppr, KEEP_NEXT)
    if page_break_before is not None:
        flag = etree.SubElement(ppr, _w("pageBreakBefore"))
        if not page_break_before:
            flag.set(VAL, "0")
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


def _section(
    parent: Element, page: PageSetup, headers: Sequence[tuple[str, str]], *, title_page: bool
) -> None:
    sect = etree.SubElement(parent, _w("sectPr"))
    for kind, rid in headers:
        ref = etree.SubElement(sect, _w("headerReference"))
        ref.set(TYPE, kind)
        ref.set(f"{{{_R}}}id", rid)
    size = etree.SubElement(sect, _w("pgSz"))
    size.set(W_, str(page.width))
    size.set(_w("h"), str(page.height))
    if page.landscape:
        size.set(_w("orient"), "landscape")
    margins = etree.SubElement(sect, _w("pgMar"))
    for key, value in (
        ("top", page.top), ("right", page.right), ("bottom", page.bottom),
        ("left", page.left), ("header", page.header), ("footer", page.footer), ("gutter", 0),
    ):
        margins.set(_w(key), str(value))
    # No start value: the numbers run on from the section before.
    etree.SubElement(sect, _w("pgNumType")).set(_w("fmt"), "decimal")
    if title_page:
        etree.SubElement(sect, _w("titlePg"))


def set_section(
    body: Element,
    page: PageSetup,
    *,
    default_header: str | None,
    first_header: str | None,
    title_page: bool = True,
) -> None:
    """Append the last section's properties: page, margins, headers, a distinct first page.

    A header given as None is not referenced, so the section shows the header of the section
    before it (Word's "link to previous"). ``title_page`` gives the section's first page the
    first-page header; without it the first page shows the default header like the others.
    """
    headers = [(kind, rid) for kind, rid in (("default", default_header),
                                             ("first", first_header)) if rid is not None]
    _section(body, page, headers, title_page=title_page)


def end_section(
    body: Element,
    page: PageSetup,
    *,
    default_header: str | None,
    first_header: str | None,
    title_page: bool,
) -> None:
    """Close the section that holds everything in ``body`` so far (the next page starts a new
    one); the arguments are those of :func:`set_section`.

    WordprocessingML keeps a section's properties in its last paragraph, so they go into the
    body's last paragraph; after a table, into a new paragraph a point high.
    """
    last = body[-1] if len(body) else None
    if last is None or last.tag != P:
        last = etree.SubElement(body, P)
        ppr = etree.SubElement(last, PPR)
        spacing = etree.SubElement(ppr, _w("spacing"))
        for key, value in (("before", "0"), ("after", "0"), ("line", "20"),
                           ("lineRule", "exact")):
            spacing.set(_w(key), value)
        etree.SubElement(etree.SubElement(ppr, RPR), _w("sz")).set(VAL, "2")
    ppr = last.find(PPR)
    if ppr is None:
        ppr = etree.SubElement(last, PPR)
        last.insert(0, ppr)
    headers = [(kind, rid) for kind, rid in (("default", default_header),
                                             ("first", first_header)) if rid is not None]
    _section(ppr, page, headers, title_page=title_page)


def header_part(root: Element) -> bytes:
    """Serialise a header story built with :func:`new_story`."""
    return _xml(root)


def document_part(root: Element) -> bytes:
    """Serialise the main document built with :func:`new_document`."""
    return _xml(root)
