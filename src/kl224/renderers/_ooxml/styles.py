"""``word/styles.xml``: the document defaults and the named paragraph styles."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import attrs
from lxml import etree

from kl224.renderers._ooxml.names import (
    _NSMAP,
    FONT,
    IND,
    JC,
    KEEP_NEXT,
    PPR,
    RPR,
    TBLPR,
    TYPE,
    VAL,
    W_,
    Element,
    _w,
    _xml,
)


@attrs.frozen(kw_only=True)
class StyleDef:
    """A named paragraph style: what Word lists in its style gallery.

    ``size`` is in points; spacings and indents in twips (``hanging`` indents every line but
    the first by that much, overriding ``first_line``); ``line`` is the line pitch in twips
    (with ``line_rule`` "exact") or in 240ths of a line (with "auto").
    """

    style_id: str
    name: str
    based_on: str | None = "Normal"
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool = False
    caps: bool = False
    align: Literal["left", "center", "right", "both"] | None = None
    first_line: int | None = None
    hanging: int | None = None
    before: int | None = None
    after: int | None = None
    line: int | None = None
    line_rule: Literal["exact", "auto", "atLeast"] = "auto"
    keep_next: bool = False
    keep_lines: bool = False
    page_break_before: bool = False
    outline_level: int | None = None
    bottom_border: bool = False
    run_border: bool = False
    next_style: str | None = None


def _on(parent: Element, tag: str, value: bool | None) -> None:
    if value is not None:
        el = etree.SubElement(parent, _w(tag))
        if not value:
            el.set(VAL, "0")


def _fonts(rpr: Element) -> None:
    fonts = etree.SubElement(rpr, _w("rFonts"))
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(_w(slot), FONT)


def _lang(rpr: Element, language: str) -> None:
    lang = etree.SubElement(rpr, _w("lang"))
    lang.set(VAL, language)
    lang.set(_w("eastAsia"), language)
    lang.set(_w("bidi"), "ar-SA")


def _style_xml(styles: Element, spec: StyleDef, language: str) -> None:
    style = etree.SubElement(styles, _w("style"))
    style.set(TYPE, "paragraph")
    style.set(_w("customStyle"), "1")
    style.set(_w("styleId"), spec.style_id)
    etree.SubElement(style, _w("name")).set(VAL, spec.name)
    if spec.based_on:
        etree.SubElement(style, _w("basedOn")).set(VAL, spec.based_on)
    etree.SubElement(style, _w("next")).set(VAL, spec.next_style or spec.style_id)
    etree.SubElement(style, _w("qFormat"))
    ppr = etree.SubElement(style, PPR)
    if spec.keep_next:
        etree.SubElement(ppr, KEEP_NEXT)
    if spec.keep_lines:
        etree.SubElement(ppr, _w("keepLines"))
    if spec.page_break_before:
        etree.SubElement(ppr, _w("pageBreakBefore"))
    if spec.bottom_border:
        bottom = etree.SubElement(etree.SubElement(ppr, _w("pBdr")), _w("bottom"))
        for key, value in (("val", "single"), ("sz", "6"), ("space", "0"), ("color", "000000")):
            bottom.set(_w(key), value)
    if spec.before is not None or spec.after is not None or spec.line is not None:
        spacing = etree.SubElement(ppr, _w("spacing"))
        if spec.before is not None:
            spacing.set(_w("before"), str(spec.before))
        if spec.after is not None:
            spacing.set(_w("after"), str(spec.after))
        if spec.line is not None:
            spacing.set(_w("line"), str(spec.line))
            spacing.set(_w("lineRule"), spec.line_rule)
    if spec.hanging is not None:
        ind = etree.SubElement(ppr, IND)
        ind.set(_w("left"), str(spec.hanging))
        ind.set(_w("right"), "0")
        ind.set(_w("hanging"), str(spec.hanging))
    elif spec.first_line is not None:
        ind = etree.SubElement(ppr, IND)
        ind.set(_w("left"), "0")
        ind.set(_w("right"), "0")
        ind.set(_w("firstLine"), str(spec.first_line))
    if spec.align is not None:
        etree.SubElement(ppr, JC).set(VAL, spec.align)
    if spec.outline_level is not None:
        etree.SubElement(ppr, _w("outlineLvl")).set(VAL, str(spec.outline_level))
    rpr = etree.SubElement(style, RPR)
    _fonts(rpr)
    _on(rpr, "b", spec.bold)
    _on(rpr, "bCs", spec.bold)
    _on(rpr, "i", spec.italic)
    _on(rpr, "iCs", spec.italic)
    if spec.caps:
        etree.SubElement(rpr, _w("caps"))
    etree.SubElement(rpr, _w("color")).set(VAL, "000000")
    if spec.size is not None:
        half = str(round(spec.size * 2))
        etree.SubElement(rpr, _w("sz")).set(VAL, half)
        etree.SubElement(rpr, _w("szCs")).set(VAL, half)
    # Word refuses run properties out of schema order: u before bdr before lang.
    if spec.underline:
        etree.SubElement(rpr, _w("u")).set(VAL, "single")
    if spec.run_border:
        bdr = etree.SubElement(rpr, _w("bdr"))
        for key, value in (("val", "single"), ("sz", "8"), ("space", "2"), ("color", "000000")):
            bdr.set(_w(key), value)
    _lang(rpr, language)


def styles_part(specs: Iterable[StyleDef], *, base_size: float, language: str) -> bytes:
    """``word/styles.xml``: defaults in Times New Roman and the given named styles.

    Every style names the font in all four slots and no theme font appears, so no Calibri or
    Cambria can leak in from an application's defaults.
    """
    styles = etree.Element(_w("styles"), nsmap=_NSMAP)
    defaults = etree.SubElement(styles, _w("docDefaults"))
    rpr = etree.SubElement(etree.SubElement(defaults, _w("rPrDefault")), RPR)
    _fonts(rpr)
    etree.SubElement(rpr, _w("color")).set(VAL, "000000")
    half = str(round(base_size * 2))
    etree.SubElement(rpr, _w("sz")).set(VAL, half)
    etree.SubElement(rpr, _w("szCs")).set(VAL, half)
    _lang(rpr, language)
    ppr = etree.SubElement(etree.SubElement(defaults, _w("pPrDefault")), PPR)
    spacing = etree.SubElement(ppr, _w("spacing"))
    for key, value in (("before", "0"), ("after", "0"), ("line", "240"), ("lineRule", "auto")):
        spacing.set(_w(key), value)

    normal = etree.SubElement(styles, _w("style"))
    normal.set(TYPE, "paragraph")
    normal.set(_w("default"), "1")
    normal.set(_w("styleId"), "Normal")
    etree.SubElement(normal, _w("name")).set(VAL, "Normal")
    etree.SubElement(normal, _w("qFormat"))
    nrpr = etree.SubElement(normal, RPR)
    _fonts(nrpr)
    etree.SubElement(nrpr, _w("color")).set(VAL, "000000")
    etree.SubElement(nrpr, _w("sz")).set(VAL, half)
    etree.SubElement(nrpr, _w("szCs")).set(VAL, half)
    _lang(nrpr, language)

    char = etree.SubElement(styles, _w("style"))
    char.set(TYPE, "character")
    char.set(_w("default"), "1")
    char.set(_w("styleId"), "DefaultParagraphFont")
    etree.SubElement(char, _w("name")).set(VAL, "Default Paragraph Font")
    etree.SubElement(char, _w("uiPriority")).set(VAL, "1")
    etree.SubElement(char, _w("semiHidden"))

    table = etree.SubElement(styles, _w("style"))
    table.set(TYPE, "table")
    table.set(_w("default"), "1")
    table.set(_w("styleId"), "TableNormal")
    etree.SubElement(table, _w("name")).set(VAL, "Normal Table")
    etree.SubElement(table, _w("semiHidden"))
    tblpr = etree.SubElement(table, TBLPR)
    tbl_ind = etree.SubElement(tblpr, _w("tblInd"))
    tbl_ind.set(W_, "0")
    tbl_ind.set(TYPE, "dxa")
    margins = etree.SubElement(tblpr, _w("tblCellMar"))
    for side, width in (("top", "0"), ("left", "108"), ("bottom", "0"), ("right", "108")):
        edge = etree.SubElement(margins, _w(side))
        edge.set(W_, width)
        edge.set(TYPE, "dxa")

    for spec in specs:
        _style_xml(styles, spec, language)
    return _xml(styles)
