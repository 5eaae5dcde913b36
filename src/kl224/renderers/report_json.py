"""The report's JSON as an output format: ``kl224 render report.docx -o report.json``.

A report edited in Word, a PDF or a figures workbook goes back to the JSON form that other
software reads with the same command that turns the JSON into pages, and many files at once
with ``-d``. Like the figures workbook this renderer writes data, not pages: the report the
document was built from, as :func:`kl224.dumps` writes it (``Document.source_json``, or
``Document.report``). A document built without a report — the blank outline, a document made
by hand — gives the blank report, every key of the model to fill in (what ``kl224 template -f
json`` writes).
"""

from __future__ import annotations

from typing import BinaryIO, ClassVar

import attrs

from kl224.document.nodes import Document
from kl224.renderers.base import RenderError

__all__ = ["JsonRenderer", "json_bytes", "report_json"]


def json_bytes(source_json: str) -> bytes:
    """``source_json`` (a document's report JSON) as UTF-8 bytes, exactly as given: what the
    JSON output and the PDF's embedded file hold, and what :func:`kl224.load` reads back.

    Raises:
        RenderError: the text holds a lone surrogate, which UTF-8 cannot hold.
    """
    try:
        return source_json.encode("utf-8")
    except UnicodeEncodeError as error:
        raise RenderError(
            f"Document.source_json has a character that UTF-8 cannot hold at position "
            f"{error.start} (U+{ord(source_json[error.start]):04X}); rebuild it with kl224.dumps()"
        ) from error


def report_json(document: Document) -> str:
    """The JSON of the report ``document`` was built from, or of the blank report."""
    if document.source_json:
        return document.source_json
    if document.report is not None:
        from kl224.serialization import dumps

        return dumps(document.report)
    from kl224.serialization.blank import blank_json

    return blank_json()


@attrs.frozen
class JsonRenderer:
    """The report's JSON (see the module's description); it has no options."""

    name: ClassVar[str] = "json"
    suffixes: ClassVar[tuple[str, ...]] = (".json",)
    media_type: ClassVar[str] = "application/json"
    # A data renderer: it writes the report's data, not the printed prose
    # (kl224.renderers.contract).
    data_only: ClassVar[bool] = True

    def write(self, document: Document, stream: BinaryIO) -> None:
        """Write the report's JSON (UTF-8, two-space indent, a trailing newline) to
        ``stream``."""
        stream.write(json_bytes(report_json(document)))
