"""Raw OOXML (WordprocessingML) for the DOCX renderer — the one place that writes XML by hand.

python-docx is convenient for editing a file but slow for writing one: every paragraph and style
goes through its proxy objects and its template carries theme fonts, Calibri and dated parts. The
renderer therefore builds ``word/document.xml`` and its sibling parts here with lxml and zips them
in a fixed order with fixed timestamps, so the same document always gives the same bytes.

Units: lengths in twentieths of a point (twips, 1 mm ≈ 56.7), font sizes in half-points, border
widths in eighths of a point. lxml escapes every text and attribute value it writes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from typing import BinaryIO, Literal, TypeAlias

import attrs
from lxml import etree

__all__ = [
    "FONT",
    "KL224_NS",
    "Element",
    "PageSetup",
    "StyleDef",
    "add_cell",
    "add_line",
    "add_page_field",
    "add_paragraph",
    "add_row",
    "add_table",
    "document_part",
    "header_part",
    "mm",
    "new_document",
    "new_story",
    "package",
    "read_custom_report",
    "set_section",
    "styles_part",
]

Element: TypeAlias = etree._Element
"""An lxml element (the type the builders take and return)."""

FONT = "Times New Roman"
KL224_NS = "urn:kl224:report:1"
"""Namespace of the custom XML part that carries the report's JSON."""

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_XML = "http://www.w3.org/XML/1998/namespace"
_NSMAP = {"w": _W, "r": _R}

_REL_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_CT_MAIN = _CT_WML + "document.main+xml"

# A fixed item id keeps the bytes reproducible; Word only needs it to be unique in the file.
_ITEM_ID = "{6B1C2F1E-0A4D-4C8B-9E22-4B4C32243224}"
_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


# Clark names built once: the writer creates tens of thousands of elements for a long table.
P, PPR, R, RPR, T, BR, TAB = (_w(t) for t in ("p", "pPr", "r", "rPr", "t", "br", "tab"))
PSTYLE, JC, IND, VAL = _w("pStyle"), _w("jc"), _w("ind"), _w("val")
B, I_, KEEP_NEXT = _w("b"), _w("i"), _w("keepNext")
TBL, TBLPR, TBLGRID, GRIDCOL, TR, TRPR, TC, TCPR, TCW = (
    _w(t) for t in ("tbl", "tblPr", "tblGrid", "gridCol", "tr", "trPr", "tc", "tcPr", "tcW")
)
CANT_SPLIT, TBL_HEADER = _w("cantSplit"), _w("tblHeader")
W_, TYPE = _w("w"), _w("type")
XML_SPACE = f"{{{_XML}}}space"
_SPACE_SENSITIVE = ("  ",)


def mm(value: float) -> int:
    """Millimetres to twips."""
    return round(value * 1440 / 25.4)


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


def _xml(root: Element) -> bytes:
    data: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    return data


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


def header_part(root: Element) -> bytes:
    """Serialise a header story built with :func:`new_story`."""
    return _xml(root)


def document_part(root: Element) -> bytes:
    """Serialise the main document built with :func:`new_document`."""
    return _xml(root)


def _settings_part(language: str) -> bytes:
    settings = etree.Element(_w("settings"), nsmap=_NSMAP)
    etree.SubElement(settings, _w("zoom")).set(_w("percent"), "100")
    etree.SubElement(settings, _w("defaultTabStop")).set(VAL, "720")
    etree.SubElement(settings, _w("characterSpacingControl")).set(VAL, "doNotCompress")
    compat_options = etree.SubElement(settings, _w("compat"))
    # A line that ends in a manual break (a newline in the user's text) stays unstretched in
    # justified text, as a typist expects.
    etree.SubElement(compat_options, _w("doNotExpandShiftReturn"))
    compat = etree.SubElement(compat_options, _w("compatSetting"))
    for key, value in (
        ("name", "compatibilityMode"),
        ("uri", "http://schemas.microsoft.com/office/word"),
        ("val", "15"),
    ):
        compat.set(_w(key), value)
    etree.SubElement(settings, _w("themeFontLang")).set(VAL, language)
    etree.SubElement(settings, _w("decimalSymbol")).set(VAL, ",")
    etree.SubElement(settings, _w("listSeparator")).set(VAL, ";")
    return _xml(settings)


def _font_table_part() -> bytes:
    fonts = etree.Element(_w("fonts"), nsmap=_NSMAP)
    font = etree.SubElement(fonts, _w("font"))
    font.set(_w("name"), FONT)
    etree.SubElement(font, _w("panose1")).set(VAL, "02020603050405020304")
    etree.SubElement(font, _w("charset")).set(VAL, "00")
    etree.SubElement(font, _w("family")).set(VAL, "roman")
    etree.SubElement(font, _w("pitch")).set(VAL, "variable")
    return _xml(fonts)


def _rels(entries: Iterable[tuple[str, str, str]]) -> bytes:
    root = etree.Element(f"{{{_PKG_REL}}}Relationships", nsmap={None: _PKG_REL})
    for rid, rel_type, target in entries:
        rel = etree.SubElement(root, f"{{{_PKG_REL}}}Relationship")
        rel.set("Id", rid)
        rel.set("Type", rel_type)
        rel.set("Target", target)
    return _xml(root)


def _content_types(overrides: Iterable[tuple[str, str]]) -> bytes:
    root = etree.Element(f"{{{_CT}}}Types", nsmap={None: _CT})
    for ext, media in (
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("xml", "application/xml"),
    ):
        default = etree.SubElement(root, f"{{{_CT}}}Default")
        default.set("Extension", ext)
        default.set("ContentType", media)
    for name, media in overrides:
        override = etree.SubElement(root, f"{{{_CT}}}Override")
        override.set("PartName", name)
        override.set("ContentType", media)
    return _xml(root)


def _core_part(
    *, title: str, author: str, subject: str, language: str, date: dt.date | None
) -> bytes:
    cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    dc = "http://purl.org/dc/elements/1.1/"
    dcterms = "http://purl.org/dc/terms/"
    xsi = "http://www.w3.org/2001/XMLSchema-instance"
    root = etree.Element(
        f"{{{cp}}}coreProperties",
        nsmap={"cp": cp, "dc": dc, "dcterms": dcterms,
               "dcmitype": "http://purl.org/dc/dcmitype/", "xsi": xsi},
    )
    for ns, tag, value in (
        (dc, "title", title), (dc, "subject", subject), (dc, "creator", author),
        (dc, "language", language), (cp, "lastModifiedBy", "kl224"), (cp, "revision", "1"),
    ):
        etree.SubElement(root, f"{{{ns}}}{tag}").text = value
    moment = (
        _EPOCH if date is None else dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    )
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    for tag in ("created", "modified"):
        el = etree.SubElement(root, f"{{{dcterms}}}{tag}")
        el.set(f"{{{xsi}}}type", "dcterms:W3CDTF")
        el.text = stamp
    return _xml(root)


def _app_part() -> bytes:
    ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    root = etree.Element(f"{{{ep}}}Properties", nsmap={None: ep})
    etree.SubElement(root, f"{{{ep}}}Application").text = "kl224"
    etree.SubElement(root, f"{{{ep}}}DocSecurity").text = "0"
    return _xml(root)


def _custom_item(payload: str) -> bytes:
    root = etree.Element(f"{{{KL224_NS}}}report", nsmap={"kl224": KL224_NS})
    root.text = payload
    return _xml(root)


def _custom_item_props() -> bytes:
    root = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    root.set(f"{{{_DS}}}itemID", _ITEM_ID)
    refs = etree.SubElement(root, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", KL224_NS)
    return _xml(root)


def package(
    stream: BinaryIO,
    *,
    document: bytes,
    styles: bytes,
    default_header: bytes,
    first_header: bytes,
    title: str,
    author: str,
    subject: str,
    language: str,
    date: dt.date | None,
    embedded: str,
) -> None:
    """Zip the parts into a DOCX on ``stream`` (anything with ``write(bytes)``).

    Entry order, timestamps (1980-01-01), permissions and compression are fixed, so equal
    inputs give equal bytes. ``embedded`` (the report's JSON) goes into a custom XML part
    related from the document, which Word keeps when it saves the file; empty means none.
    """
    doc_rels = [
        ("rId1", _REL_OFFICE + "styles", "styles.xml"),
        ("rId2", _REL_OFFICE + "settings", "settings.xml"),
        ("rId3", _REL_OFFICE + "fontTable", "fontTable.xml"),
        ("rId4", _REL_OFFICE + "header", "header1.xml"),
        ("rId5", _REL_OFFICE + "header", "header2.xml"),
    ]
    overrides = [
        ("/word/document.xml", _CT_MAIN),
        ("/word/styles.xml", _CT_WML + "styles+xml"),
        ("/word/settings.xml", _CT_WML + "settings+xml"),
        ("/word/fontTable.xml", _CT_WML + "fontTable+xml"),
        ("/word/header1.xml", _CT_WML + "header+xml"),
        ("/word/header2.xml", _CT_WML + "header+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    custom: list[tuple[str, bytes]] = []
    if embedded:
        doc_rels.append(("rId6", _REL_OFFICE + "customXml", "../customXml/item1.xml"))
        overrides.append((
            "/customXml/itemProps1.xml",
            "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
        ))
        custom = [
            ("customXml/item1.xml", _custom_item(embedded)),
            ("customXml/itemProps1.xml", _custom_item_props()),
            ("customXml/_rels/item1.xml.rels",
             _rels([("rId1", _REL_OFFICE + "customXmlProps", "itemProps1.xml")])),
        ]
    parts: list[tuple[str, bytes]] = [
        ("[Content_Types].xml", _content_types(overrides)),
        ("_rels/.rels", _rels([
            ("rId1", _REL_OFFICE + "officeDocument", "word/document.xml"),
            ("rId2", _REL_CORE, "docProps/core.xml"),
            ("rId3", _REL_OFFICE + "extended-properties", "docProps/app.xml"),
        ])),
        ("docProps/core.xml", _core_part(
            title=title, author=author, subject=subject, language=language, date=date)),
        ("docProps/app.xml", _app_part()),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", _rels(doc_rels)),
        ("word/styles.xml", styles),
        ("word/settings.xml", _settings_part(language)),
        ("word/fontTable.xml", _font_table_part()),
        ("word/header1.xml", default_header),
        ("word/header2.xml", first_header),
        *custom,
    ]
    # Zipped in memory first: on a non-seekable stream zipfile writes data descriptors, and
    # the bytes must not depend on the kind of stream.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, data, compresslevel=6)
    stream.write(buffer.getvalue())


def read_custom_report(data: bytes) -> str | None:
    """Return the text of the kl224 custom XML part of a DOCX, or None if it has none.

    Every ``customXml/*.xml`` item is checked, since Word renumbers items when it saves.
    Raises ValueError if ``data`` is not a zip archive holding a Word document.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ValueError(
            "the data is not a DOCX file (not a zip archive); pass the bytes of a .docx "
            "written by kl224 or by Word"
        ) from error
    with archive:
        names = archive.namelist()
        if "[Content_Types].xml" not in names or not any(
            name.startswith("word/") for name in names
        ):
            raise ValueError(
                "the zip archive is not a Word document (no [Content_Types].xml or word/ "
                "folder); pass the bytes of a .docx file"
            )
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        tag = f"{{{KL224_NS}}}report"
        for name in sorted(names):
            if not (name.startswith("customXml/") and name.endswith(".xml")):
                continue
            if "/" in name[len("customXml/"):] or name.startswith("customXml/itemProps"):
                continue
            try:
                root = etree.fromstring(archive.read(name), parser)
            except etree.XMLSyntaxError:
                continue
            if root.tag == tag:
                return root.text or ""
    return None
