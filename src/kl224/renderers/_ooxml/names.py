"""Namespaces, Clark names and units shared by the OOXML builders, and the one serialiser."""

from __future__ import annotations

from typing import TypeAlias

from lxml import etree

Element: TypeAlias = etree._Element
"""An lxml element (the type the builders take and return)."""

FONT = "Times New Roman"
KL224_NS = "urn:kl224:report:1"
"""Namespace of the custom XML part that carries the report's JSON."""

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML = "http://www.w3.org/XML/1998/namespace"
_NSMAP = {"w": _W, "r": _R}


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


def _xml(root: Element) -> bytes:
    data: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    return data
