"""The Word package around the text: where a document starts, its properties, and saving it.

A kl224 document starts from python-docx's default template, cleaned of what describes
python-docx's own sample rather than a report (its preview picture, its application statistics,
a bibliography store, the Word 2010 duplicate of the styles, the table styles other than Normal
Table and Table Grid), with the theme and font table naming Times New Roman; or from an
office's reference document, emptied of its text, its headers and footers and any kl224 data it
carried.

:func:`save` writes what python-docx saves with its zip entries in a fixed order and with a
fixed time, so the same report always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import BinaryIO, Final

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part

from kl224.document.nodes import DocInfo
from kl224.renderers import page
from kl224.renderers.docx import _oxml

__all__ = ["EPOCH", "new_document", "save", "set_properties"]

EPOCH: Final = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)
"""Creation time of a document without a date (the zip format's own first day)."""

_PROPERTY_LIMIT: Final = 255
_KEPT_TABLE_STYLES: Final = ("Normal Table", "Table Grid")
_STYLES_WITH_EFFECTS: Final = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_DROPPED_FROM_TEMPLATE: Final = (RT.CUSTOM_XML, _STYLES_WITH_EFFECTS)
_DROPPED_FROM_PACKAGE: Final = (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES)


def _replace_part(document: WordDocument, reltype: str, blob: bytes) -> None:
    """Put a part with ``blob`` in place of the main part's ``reltype`` relationship target."""
    main = document.part
    for rid, rel in list(main.rels.items()):
        if rel.reltype == reltype and not rel.is_external:
            old = rel.target_part
            main.drop_rel(rid)
            main.relate_to(Part(old.partname, old.content_type, blob, main.package), reltype)


def new_document(reference: bytes | None, *, language: str) -> WordDocument:
    """A python-docx document to build a report in: the cleaned default template, or the
    ``reference`` document's styles, settings and page set-up with nothing else of it."""
    if reference is None:
        document = docx.Document()
        main = document.part
        for rid, rel in list(main.rels.items()):
            if rel.reltype in _DROPPED_FROM_TEMPLATE:
                main.drop_rel(rid)
        package_rels = main.package.rels
        for rid, rel in list(package_rels.items()):
            if rel.reltype in _DROPPED_FROM_PACKAGE:
                del package_rels[rid]
        # A hundred table styles (Light Shading, Medium Grid …) are nine tenths of the
        # template's styles part, read and written with every report; Word still offers them
        # (its latent styles) and adds one to the file when a clerk picks it.
        for style in list(document.styles):
            if style.type == WD_STYLE_TYPE.TABLE and style.name not in _KEPT_TABLE_STYLES:
                style.delete()
        family = page.FONT_FAMILY
        for rel in list(main.rels.values()):
            if rel.reltype == RT.THEME:
                _replace_part(document, RT.THEME, _oxml.theme_blob(rel.target_part.blob, family))
            elif rel.reltype == RT.FONT_TABLE:
                _replace_part(document, RT.FONT_TABLE,
                              _oxml.font_table_blob(rel.target_part.blob, family))
    else:
        document = docx.Document(io.BytesIO(reference))
        _oxml.clear_body(document.element.body)
        for section in document.sections:
            for story in (section.header, section.first_page_header, section.even_page_header,
                          section.footer, section.first_page_footer, section.even_page_footer):
                story.is_linked_to_previous = True
    _oxml.tidy_settings(document.settings.element, language)
    _oxml.drop_revision_ids(document.element)
    return document


def _clip(text: str) -> str:
    """``text`` cut to the 255 characters a Word document property holds, with "…" if cut."""
    return text if len(text) <= _PROPERTY_LIMIT else text[: _PROPERTY_LIMIT - 1] + "…"


def set_properties(document: WordDocument, info: DocInfo, keywords: str) -> None:
    """Title, subject, author (the issuing body), keywords, language and fixed dates.

    Word keeps at most 255 characters in a property; a longer title is cut there (the full
    text is on the first page).
    """
    props = document.core_properties
    props.title = _clip(info.title)
    props.subject = _clip(info.subject)
    props.author = _clip(info.author)
    props.keywords = _clip(keywords)
    props.language = _clip(info.language or "vi-VN")
    props.comments = ""
    props.category = ""
    props.last_modified_by = "kl224"
    props.revision = 1
    moment = EPOCH if info.date is None else dt.datetime(
        info.date.year, info.date.month, info.date.day, tzinfo=dt.UTC)
    props.created = moment
    props.modified = moment


def save(document: WordDocument, stream: BinaryIO) -> None:
    """Save the python-docx ``document`` to ``stream`` as reproducible bytes.

    python-docx stamps every zip entry with the current time; the entries are written again in
    the same order, stamped 1980-01-01, with fixed permissions and compression, so equal
    documents give equal bytes on every run and machine. Works on unseekable streams too.
    """
    saved = io.BytesIO()
    document.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w") as archive:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, source.read(entry), compresslevel=6)
    stream.write(out.getvalue())
