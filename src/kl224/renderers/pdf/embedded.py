"""The report's JSON inside a PDF: written as a standard embedded file, and read back.

Both sides of the format live here. The writer adds the file to reportlab's PDF objects while
the document is drawn; the reader opens the PDF with pypdf and looks the file up by its name in
the document's EmbeddedFiles name tree, so a PDF rewritten by another tool (qpdf, mutool, a
viewer's "save as"), with its objects renumbered, packed into object streams or recompressed,
still gives its data back. reportlab and pypdf are imported only inside this module's functions.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any, Final

ATTACHMENT_NAME: Final = "kl224-report.json"
"""File name of the report's JSON embedded in every PDF that has one."""

__all__ = ["ATTACHMENT_NAME", "attach_json", "read_embedded"]


def attach_json(pdf: Any, data: bytes, date: str) -> None:
    """Add ``data`` (the report JSON) to ``pdf`` (a reportlab PDFDocument) as the embedded file
    ``kl224-report.json``, listed in the catalog's EmbeddedFiles name tree."""
    from reportlab.pdfbase.pdfdoc import (
        PDFArray,
        PDFDictionary,
        PDFName,
        PDFStream,
        PDFString,
        PDFText,
    )

    from kl224.renderers.pdf.canvas import PAGE_FLATE_LEVEL, flate_filter

    params = PDFDictionary({
        "Size": len(data),
        "ModDate": PDFString(date),
        "CheckSum": PDFText(hashlib.md5(data, usedforsecurity=False).digest(), enc="raw"),
    })
    stream = PDFStream(
        PDFDictionary({
            "Type": PDFName("EmbeddedFile"),
            # PDFName() would not escape the slash of a media type.
            "Subtype": "/application#2Fjson",
            "Params": params,
            # kl224's own key: readers ignore keys they do not know; it tells a person looking
            # into the file whose stream this is.
            "KL224": PDFName("ReportJSON"),
        }),
        data,
        # The pages' level: zlib's default (6) took 1 ms of a 40 ms render for 13% less.
        filters=[flate_filter(PAGE_FLATE_LEVEL)],
    )
    stream_ref = pdf.Reference(stream)
    filespec = PDFDictionary({
        "Type": PDFName("Filespec"),
        "F": PDFString(ATTACHMENT_NAME),
        "UF": PDFString(ATTACHMENT_NAME),
        "Desc": PDFString("kl224 report data (JSON); load it with kl224.load()"),
        "AFRelationship": PDFName("Source"),
        "EF": PDFDictionary({"F": stream_ref, "UF": stream_ref}),
    })
    filespec_ref = pdf.Reference(filespec)
    names = PDFDictionary({"Names": PDFArray([PDFString(ATTACHMENT_NAME), filespec_ref])})
    pdf.Catalog.Names = PDFDictionary({"EmbeddedFiles": names})


# -- reading it back -----------------------------------------------------------------------


def read_embedded(data: bytes) -> str | None:
    """Return the report JSON that :class:`~kl224.renderers.pdf.PdfRenderer` embedded in a PDF,
    or None if the PDF has none.

    The PDF is opened with pypdf and the embedded file named ``kl224-report.json`` is taken
    from its EmbeddedFiles name tree; its size and MD5 checksum, when the file states them, are
    checked against the content.

    Raises:
        ValueError: ``data`` is not a PDF, pypdf cannot read it, or the embedded data is damaged.
    """
    data = bytes(data)
    if b"%PDF-" not in data[:1024]:
        raise ValueError("these bytes are not a PDF file (no %PDF- header at the start)")
    import pypdf
    from pypdf.errors import PyPdfError

    damaged = "the kl224 data embedded in this PDF is damaged"
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        entries = [entry for entry in reader.attachment_list if entry.name == ATTACHMENT_NAME]
        if not entries:
            return None
        entry = entries[0]
        content = entry.content
        size, checksum = entry.size, entry.checksum
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as error:
        # pypdf raises these on a broken file structure or a stream that does not inflate.
        raise ValueError(f"{damaged} or the PDF cannot be read ({error})") from error
    if size is not None and int(size) != len(content):
        raise ValueError(f"{damaged}: expected {int(size)} bytes, found {len(content)}")
    # pypdf gives a string's bytes as text when they happen to decode; original_bytes is the
    # 16-byte digest either way.
    expected = getattr(checksum, "original_bytes", checksum)
    if expected is not None and hashlib.md5(content, usedforsecurity=False).digest() != expected:
        raise ValueError(f"{damaged}: its checksum does not match")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"{damaged}: it is not UTF-8 text ({error})") from error
