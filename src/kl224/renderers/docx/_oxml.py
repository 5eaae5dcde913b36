"""The WordprocessingML python-docx has no API for — the one place that touches raw OOXML.

Everything else in the package goes through python-docx's proxies. What is here, each a few
elements on python-docx's own ``oxml`` layer: the PAGE field, repeated header rows and rows that
never split, table borders, the bottom border of a paragraph (the rule under the party title)
and the border of a run (the draft mark), the outline level and the language of a style, the
font in every slot (python-docx names only two), the document settings kl224 cares about, and
the theme and font table rewritten to Times New Roman when kl224 starts from python-docx's
default template (whose theme fonts are Calibri and Cambria).
"""

from __future__ import annotations

import copy
from typing import Any, Final

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

__all__ = [
    "add_text",
    "append_row",
    "append_to_body",
    "append_to_cell",
    "cant_split",
    "clear_body",
    "drop_revision_ids",
    "font_table_blob",
    "no_side_margins",
    "paragraph_bottom_border",
    "paragraph_prototype",
    "purge_theme_fonts",
    "repeat_as_header",
    "row_prototype",
    "run_border",
    "run_prototype",
    "set_document_defaults",
    "set_fonts",
    "set_language",
    "set_outline_level",
    "set_page_field",
    "set_style",
    "style_section_end",
    "table_borders",
    "theme_blob",
    "tidy_settings",
]

_SLOTS: Final = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_SLOTS: Final = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_A: Final = "http://schemas.openxmlformats.org/drawingml/2006/main"
_SECT_PR: Final = qn("w:sectPr")
_MATH: Final = "http://schemas.openxmlformats.org/officeDocument/2006/math"

# Run properties in schema order (CT_RPr): Word refuses a file whose elements are out of order.
_RPR_ORDER: Final = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
    "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
    "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
    "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
    "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)
# Paragraph properties in schema order (CT_PPrBase), up to the ones set here.
_PPR_ORDER: Final = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
    "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
    "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange",
)


def _child(parent: Any, tag: str, order: tuple[str, ...]) -> Any:
    """The child ``tag`` of ``parent``, added in schema order if it is missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    rank = order.index(tag)
    for index, sibling in enumerate(parent):
        name = sibling.prefix + ":" + etree.QName(sibling).localname if sibling.prefix else ""
        if name in order and order.index(name) > rank:
            parent.insert(index, element)
            return element
    parent.append(element)
    return element


def _border(element: Any, *, size_eighths: int, space: int) -> None:
    for key, value in (("w:val", "single"), ("w:sz", str(size_eighths)),
                       ("w:space", str(space)), ("w:color", "000000")):
        element.set(qn(key), value)


def set_fonts(rpr: Any, family: str) -> None:
    """Name ``family`` in all four font slots of the run properties ``rpr``, no theme font."""
    fonts = _child(rpr, "w:rFonts", _RPR_ORDER)
    for slot in _THEME_SLOTS:
        fonts.attrib.pop(qn(slot), None)
    for slot in _SLOTS:
        fonts.set(qn(slot), family)


def set_language(rpr: Any, language: str) -> None:
    """Set the proofing language of the run properties ``rpr`` (``vi-VN``)."""
    lang = _child(rpr, "w:lang", _RPR_ORDER)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def run_border(rpr: Any) -> None:
    """A box around the text of runs with properties ``rpr`` (the draft mark)."""
    _border(_child(rpr, "w:bdr", _RPR_ORDER), size_eighths=8, space=2)


def paragraph_bottom_border(ppr: Any) -> None:
    """A solid line under paragraphs with properties ``ppr`` (the rule under the party title)."""
    borders = _child(ppr, "w:pBdr", _PPR_ORDER)
    bottom = borders.find(qn("w:bottom"))
    if bottom is None:
        bottom = OxmlElement("w:bottom")
        borders.append(bottom)
    _border(bottom, size_eighths=6, space=0)


def set_outline_level(ppr: Any, level: int | None) -> None:
    """Set (or with None remove) the outline level (0 = Heading 1) of ``ppr``."""
    found = ppr.find(qn("w:outlineLvl"))
    if level is None:
        if found is not None:
            ppr.remove(found)
        return
    _child(ppr, "w:outlineLvl", _PPR_ORDER).set(qn("w:val"), str(level))


def purge_theme_fonts(styles: Any, family: str) -> None:
    """Replace every theme font of the styles part by ``family`` and drop revision ids.

    python-docx's default template names theme fonts (Calibri, Cambria) in its defaults and in
    most styles; a style list free of them shows Times New Roman wherever a clerk looks.
    """
    for fonts in styles.iter(qn("w:rFonts")):
        if any(qn(slot) in fonts.attrib for slot in _THEME_SLOTS):
            for slot in _THEME_SLOTS:
                fonts.attrib.pop(qn(slot), None)
            for slot in _SLOTS:
                fonts.set(qn(slot), family)
    drop_revision_ids(styles)


def drop_revision_ids(element: Any) -> None:
    """Remove Word's editing-session ids (``w:rsid*``) from ``element`` and its descendants."""
    for rsid in list(element.iter(qn("w:rsid"))):
        rsid.getparent().remove(rsid)
    for node in element.iter(etree.Element):
        for key in [key for key in node.attrib if key.startswith(qn("w:rsid"))]:
            del node.attrib[key]


def set_document_defaults(styles: Any, family: str, language: str) -> None:
    """Name ``family`` in every slot of the document defaults, in black, in ``language``."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    holder = defaults.find(qn("w:rPrDefault"))
    if holder is None:
        holder = OxmlElement("w:rPrDefault")
        defaults.insert(0, holder)
    rpr = holder.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        holder.append(rpr)
    set_fonts(rpr, family)
    _child(rpr, "w:color", _RPR_ORDER).set(qn("w:val"), "000000")
    set_language(rpr, language)


def clear_body(body: Any) -> None:
    """Remove everything from the ``w:body`` element but its final section properties."""
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def paragraph_prototype(style_id: str) -> Any:
    """An empty ``w:p`` element of style ``style_id``, to be copied by :func:`append_copy`."""
    p = OxmlElement("w:p")
    p.get_or_add_pPr().style = style_id
    return p


def append_to_body(document: Any, prototype: Any) -> Paragraph:
    """Append a copy of the ``w:p`` ``prototype`` to the body of the python-docx ``document``
    and return it as a python-docx paragraph.

    python-docx's ``add_paragraph`` looks the style up in the whole style list and searches the
    body's children for the place to insert on every call, which makes writing a report
    quadratic in its length; a copy of a styled prototype goes straight to its place.
    """
    p = copy.deepcopy(prototype)
    body = document.element.body
    last = body[-1] if len(body) else None
    if last is not None and last.tag == _SECT_PR:
        last.addprevious(p)
    else:
        body.append(p)
    return Paragraph(p, document)


def append_to_cell(cell: Any, prototype: Any) -> Paragraph:
    """Append a copy of the ``w:p`` ``prototype`` to the python-docx table ``cell``."""
    p = copy.deepcopy(prototype)
    cell._tc.append(p)
    return Paragraph(p, cell)


def row_prototype(row: Any) -> Any:
    """Take the python-docx table ``row`` (cells with styled, still empty paragraphs) out of
    its table, to be copied by :func:`append_row`."""
    tr = row._tr
    tr.getparent().remove(tr)
    return tr


def append_row(table: Any, prototype: Any) -> list[Paragraph]:
    """Append a copy of the ``w:tr`` ``prototype`` to ``table``; return each cell's paragraph."""
    tr = copy.deepcopy(prototype)
    table._tbl.append(tr)
    return [Paragraph(tc.find(qn("w:p")), table) for tc in tr.iterchildren(qn("w:tc"))]


def run_prototype() -> Any:
    """An empty ``w:r`` element with one ``w:t`` keeping its spaces, for :func:`add_text`."""
    r = OxmlElement("w:r")
    r.append(OxmlElement("w:t", {qn("xml:space"): "preserve"}))
    return r


def add_text(paragraph: Paragraph, text: str, prototype: Any) -> Run:
    """Append a run holding ``text`` to ``paragraph`` and return it.

    python-docx's ``Run.text`` walks the text character by character to turn tabs and
    newlines into their elements, and makes each element by parsing its tag; text without
    tabs or newlines (nearly all of a report) goes into a copy of the ``run_prototype``.
    """
    if "\t" in text or "\n" in text or "\r" in text:
        return paragraph.add_run(text)
    r = copy.deepcopy(prototype)
    r[0].text = text
    paragraph._p.append(r)
    return Run(r, paragraph)


def set_style(paragraph: Any, style_id: str) -> None:
    """Give the python-docx ``paragraph`` the paragraph style with id ``style_id``."""
    paragraph._p.get_or_add_pPr().style = style_id


def style_section_end(document: Any, style_id: str) -> None:
    """Give the paragraph python-docx added to hold a section break the style ``style_id``."""
    body = document.element.body
    holder = body[-2] if len(body) > 1 else None
    if holder is not None and holder.tag == qn("w:p"):
        holder.get_or_add_pPr().style = style_id


def set_page_field(paragraph: Any) -> None:
    """Append a PAGE field (the current page number) to the python-docx ``paragraph``."""
    paragraph = paragraph._p

    def run() -> Any:
        r = OxmlElement("w:r")
        paragraph.append(r)
        return r

    def char(kind: str) -> None:
        run().append(OxmlElement("w:fldChar", {qn("w:fldCharType"): kind}))

    char("begin")
    instr = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    instr.text = " PAGE "
    run().append(instr)
    char("separate")
    shown = OxmlElement("w:t")
    shown.text = "2"
    run().append(shown)
    char("end")


def table_borders(table: Any, *, drawn: bool) -> None:
    """Give the python-docx ``table`` thin black borders (``drawn``) or none at all."""
    tblpr = table._tbl.tblPr
    borders = tblpr.find(qn("w:tblBorders"))
    if borders is None:
        borders = OxmlElement("w:tblBorders")
        # tblBorders comes after tblW/jc/tblInd and before tblLayout/tblCellMar/tblLook.
        anchor = next((tblpr.find(qn(tag)) for tag in ("w:shd", "w:tblLayout", "w:tblCellMar",
                                                        "w:tblLook")
                       if tblpr.find(qn(tag)) is not None), None)
        if anchor is None:
            tblpr.append(borders)
        else:
            anchor.addprevious(borders)
    for side in ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"):
        edge = OxmlElement(side)
        if drawn:
            _border(edge, size_eighths=4, space=0)
        else:
            edge.set(qn("w:val"), "nil")
        borders.append(edge)


def _trpr(tr: Any) -> Any:
    trpr = tr.trPr
    if trpr is None:
        trpr = OxmlElement("w:trPr")
        tr.insert(0 if tr.find(qn("w:tblPrEx")) is None else 1, trpr)
    return trpr


def cant_split(row: Any) -> None:
    """Keep the python-docx table ``row`` whole on one page."""
    _trpr(row._tr).append(OxmlElement("w:cantSplit"))


# Table cell properties in schema order (CT_TcPr), up to the one set here.
_TCPR_ORDER: Final = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
)


def no_side_margins(cell: Any) -> None:
    """Let the python-docx table ``cell``'s text use the cell's whole width (no left or right
    cell margin)."""
    margins = _child(cell._tc.get_or_add_tcPr(), "w:tcMar", _TCPR_ORDER)
    for side in ("w:left", "w:right"):
        element = margins.find(qn(side))
        if element is None:
            element = OxmlElement(side)
            # CT_TcMar's order is top, left, bottom, right; kl224 sets no top or bottom.
            if side == "w:left":
                margins.insert(0, element)
            else:
                margins.append(element)
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")


def repeat_as_header(row: Any) -> None:
    """Repeat the python-docx table ``row`` at the top of every page the table runs over."""
    _trpr(row._tr).append(OxmlElement("w:tblHeader"))


def tidy_settings(settings: Any, language: str) -> None:
    """Settings for a Vietnamese report in Word 2013+ mode, without revision ids or a
    preview picture.

    Word ids of editing sessions (``rsid``) differ from file to file and mean nothing here; the
    preview picture is python-docx's own. A line that ends in a manual break (a newline in the
    user's text) stays unstretched in justified text, as a typist expects.
    """
    for tag in ("w:rsids", "w:savePreviewPicture", "w:proofState"):
        for found in settings.findall(qn(tag)):
            settings.remove(found)
    math = settings.find(f"{{{_MATH}}}mathPr")
    if math is not None:
        settings.remove(math)
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        if compat.find(qn("w:doNotExpandShiftReturn")) is None:
            compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))
        # python-docx's template is a Word 2010 file, which Word opens in "Compatibility
        # Mode"; 15 is the mode of Word 2013 and later.
        for setting in compat.findall(qn("w:compatSetting")):
            if setting.get(qn("w:name")) == "compatibilityMode":
                setting.set(qn("w:val"), "15")
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.attrib.clear()
        lang.set(qn("w:val"), language)
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        found = settings.find(qn(tag))
        if found is not None:
            found.set(qn("w:val"), value)


def _parse(blob: bytes) -> Any:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(blob, parser)


def _serialise(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def theme_blob(blob: bytes, family: str) -> bytes:
    """The theme part ``blob`` with ``family`` as its heading and body fonts for every script.

    Word shows the theme fonts first in its font list ("+Body", "+Headings"); the Party format
    has one font for everything.
    """
    root = _parse(blob)
    for scheme in root.iter(f"{{{_A}}}majorFont", f"{{{_A}}}minorFont"):
        for child in list(scheme):
            local = etree.QName(child).localname
            if local == "latin":
                child.attrib.clear()
                child.set("typeface", family)
            elif local == "font":  # per-script fallbacks: optional, and none is the Party's
                scheme.remove(child)
    return _serialise(root)


def font_table_blob(blob: bytes, family: str) -> bytes:
    """The font table ``blob`` listing ``family`` only (the one font the document uses)."""
    root = _parse(blob)
    for font in list(root):
        if font.get(qn("w:name")) != family:
            root.remove(font)
    if not len(root):
        font = OxmlElement("w:font", {qn("w:name"): family})
        for tag, value in (("w:panose1", "02020603050405020304"), ("w:charset", "00"),
                           ("w:family", "roman"), ("w:pitch", "variable")):
            font.append(OxmlElement(tag, {qn("w:val"): value}))
        root.append(font)
    return _serialise(root)
