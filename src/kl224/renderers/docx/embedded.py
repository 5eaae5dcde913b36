"""The report's JSON inside a DOCX: written as a custom XML part, read back from any DOCX.

A custom XML part is the place OOXML gives an application for its own data: Word and
LibreOffice keep it when they save the file, python-docx keeps it when a caller changes the
document kl224 handed over. The part is ``<kl224:report xmlns:kl224="urn:kl224:report:1">``
holding the JSON as text, with the item-properties part Word expects beside it.

:func:`write_embedded` adds the part to a python-docx document (dropping any kl224 data a
reference document carried, so a file never holds stale data); :func:`read_embedded` finds it
again in the bytes of a DOCX, whatever number Word gave the item when it saved;
:func:`without_embedded` takes it out.
"""

from __future__ import annotations

import io
import zipfile
from typing import Final

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

__all__ = ["KL224_NS", "read_embedded", "without_embedded", "write_embedded"]

KL224_NS: Final = "urn:kl224:report:1"
"""The namespace of the custom XML part holding the report."""

_DS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_TAG: Final = f"{{{KL224_NS}}}report"
# A fixed item id keeps the bytes reproducible; Word only needs it to be unique in the file.
_ITEM_ID: Final = "{6B1C2F1E-0A4D-4C8B-9E22-4B4C32243224}"


def _xml(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _is_report(blob: bytes) -> bool:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return bool(etree.fromstring(blob, parser).tag == _TAG)
    except etree.XMLSyntaxError:
        return False


def write_embedded(document: WordDocument, payload: str) -> None:
    """Embed ``payload`` (the report's JSON) in the python-docx ``document``.

    Any kl224 report part the document already holds is dropped first; an empty payload only
    drops. Raises ValueError if the text holds a character XML cannot carry.
    """
    main = document.part
    for rid, rel in list(main.rels.items()):
        if rel.reltype == RT.CUSTOM_XML and not rel.is_external and _is_report(
            rel.target_part.blob
        ):
            main.drop_rel(rid)
    if not payload:
        return
    root = etree.Element(_TAG, nsmap={"kl224": KL224_NS})
    root.text = payload
    package = main.package
    item = Part(package.next_partname("/customXml/item%d.xml"), CT.XML, _xml(root), package)
    number = str(item.partname).removeprefix("/customXml/item").removesuffix(".xml")
    props = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    props.set(f"{{{_DS}}}itemID", _ITEM_ID)
    refs = etree.SubElement(props, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", KL224_NS)
    props_part = Part(PackURI(f"/customXml/itemProps{number}.xml"),
                      CT.OFC_CUSTOM_XML_PROPERTIES, _xml(props), package)
    item.relate_to(props_part, RT.CUSTOM_XML_PROPS)
    main.relate_to(item, RT.CUSTOM_XML)


def without_embedded(data: bytes) -> bytes:
    """Return the DOCX ``data`` with kl224's report part removed — the file a clerk would have
    typed by hand; :func:`kl224.load` then reads it from what it shows alone."""
    import docx

    document = docx.Document(io.BytesIO(data))
    write_embedded(document, "")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read_embedded(data: bytes) -> str | None:
    """Return the report JSON embedded in a DOCX written by kl224, exactly as it was written.

    Returns None for a DOCX without kl224 data (a file typed by hand). Every
    ``customXml/*.xml`` item is looked at, since Word renumbers items when it saves. Raises
    ValueError with a message saying what to pass if ``data`` is not a DOCX file at all.
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
        for name in sorted(names):
            if not (name.startswith("customXml/") and name.endswith(".xml")):
                continue
            if "/" in name[len("customXml/"):] or name.startswith("customXml/itemProps"):
                continue
            try:
                root = etree.fromstring(archive.read(name), parser)
            except etree.XMLSyntaxError:
                continue
            if root.tag == _TAG:
                return root.text or ""
    return None
