"""The report's JSON inside a PDF: written as a standard embedded file, read back from the bytes.

The writing side works on reportlab's PDF objects and imports reportlab only inside its function;
the reading side needs no PDF library.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from typing import Any, Final

from kl224.renderers.base import RenderError

ATTACHMENT_NAME: Final = "kl224-report.json"
"""File name of the report's JSON embedded in every PDF that has one."""

# A key of our own in the embedded file's stream dictionary, so read_embedded finds our stream
# without a general PDF parser. Readers ignore dictionary keys they do not know.
_MARKER: Final = b"/KL224 /ReportJSON"


def _json_bytes(source_json: str) -> bytes:
    try:
        # Stored exactly as given (no normalisation): it is what kl224.load() reads back.
        return source_json.encode("utf-8")
    except UnicodeEncodeError as error:
        raise RenderError(
            f"Document.source_json has a character that UTF-8 cannot hold at position "
            f"{error.start} (U+{ord(source_json[error.start]):04X}); rebuild it with kl224.dumps()"
        ) from error


def _attach_json(pdf: Any, data: bytes, date: str) -> None:
    """Add ``data`` (the report JSON) to ``pdf`` (a reportlab PDFDocument) as the embedded file
    ``kl224-report.json``, listed in the catalog's EmbeddedFiles name tree."""
    from reportlab.pdfbase.pdfdoc import (
        PDFArray,
        PDFDictionary,
        PDFName,
        PDFStream,
        PDFString,
        PDFText,
        PDFZCompress,
    )

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
            "KL224": PDFName("ReportJSON"),
        }),
        data,
        filters=[PDFZCompress],
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


# -- reading the embedded JSON back -----------------------------------------------------------

_STREAM_START: Final = re.compile(rb">>\s*stream\r?\n")
_LENGTH: Final = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_SIZE: Final = re.compile(rb"/Size\s+(\d+)")
_CHECKSUM: Final = re.compile(rb"/CheckSum\s*<([0-9A-Fa-f]*)>")
_FILTER: Final = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")


def read_embedded(data: bytes) -> str | None:
    """Return the report JSON that :class:`PdfRenderer` embedded in a PDF, or None if it has none.

    Reads the file's bytes directly (no PDF library): it finds the embedded-file stream kl224
    wrote, inflates it and checks its size and MD5 checksum. A PDF re-saved by a tool that packs
    objects into compressed object streams no longer shows that stream and gives None.

    Raises:
        ValueError: ``data`` is not a PDF, or the embedded data is damaged.
    """
    data = bytes(data)
    if b"%PDF-" not in data[:1024]:
        raise ValueError("these bytes are not a PDF file (no %PDF- header at the start)")
    start = 0
    while (at := data.find(_MARKER, start)) >= 0:
        start = at + len(_MARKER)
        found = _stream_after(data, at)
        if found is not None:
            return _decode(*found)
    return None


def _stream_after(data: bytes, marker: int) -> tuple[bytes, bytes] | None:
    """Return (stream dictionary, raw stream bytes) of the object holding the marker at
    ``marker``, or None if the bytes there are not such an object."""
    header = data.rfind(b" obj", 0, marker)
    opening = data.find(b"<<", header, marker) if header >= 0 else -1
    match = _STREAM_START.search(data, marker)
    if opening < 0 or match is None:
        return None
    dictionary = data[opening:match.start() + 2]
    if b"/Type /EmbeddedFile" not in dictionary or b" obj" in dictionary:
        return None
    length = _LENGTH.search(dictionary)
    if length is None:
        return None
    end = match.end() + int(length.group(1))
    if not data[end:end + 12].lstrip(b"\r\n").startswith(b"endstream"):
        return None
    return dictionary, data[match.end():end]


def _decode(dictionary: bytes, raw: bytes) -> str:
    damaged = "the kl224 data embedded in this PDF is damaged"
    filters = _FILTER.search(dictionary)
    names = re.findall(rb"/([A-Za-z0-9]+)", filters.group(1)) if filters else []
    content = raw
    for name in names:
        if name != b"FlateDecode":
            raise ValueError(f"{damaged}: unexpected stream filter {name.decode('ascii')}")
        try:
            content = zlib.decompress(content)
        except zlib.error as error:
            raise ValueError(f"{damaged}: it does not inflate ({error})") from error
    size = _SIZE.search(dictionary)
    if size is not None and int(size.group(1)) != len(content):
        raise ValueError(f"{damaged}: expected {int(size.group(1))} bytes, found {len(content)}")
    checksum = _CHECKSUM.search(dictionary)
    if checksum is not None:
        expected = checksum.group(1).decode("ascii").lower()
        if hashlib.md5(content, usedforsecurity=False).hexdigest() != expected:
            raise ValueError(f"{damaged}: its checksum does not match")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"{damaged}: it is not UTF-8 text ({error})") from error
