"""The DOCX package: the settings, font table, properties and custom XML parts, zipped in a fixed
order with fixed timestamps; and reading the report's JSON back out of a DOCX.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable
from typing import BinaryIO

from lxml import etree

from kl224.renderers._ooxml.names import _NSMAP, FONT, KL224_NS, VAL, _w, _xml

_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"

_REL_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_CT_MAIN = _CT_WML + "document.main+xml"

# A fixed item id keeps the bytes reproducible; Word only needs it to be unique in the file.
_ITEM_ID = "{6B1C2F1E-0A4D-4C8B-9E22-4B4C32243224}"
_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


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
