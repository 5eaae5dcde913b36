"""Whether a Word file still shows exactly the report embedded in it.

The common case — a file kl224 rendered and nobody edited — needs no reading of the page into
the model: the texts the page shows are compared, in order, with the texts of the document
tree kl224 builds from the embedded report. White space and invisible format characters are
left out of the comparison (Word and LibreOffice may re-wrap or re-space a line; no one reads
a difference there). When the two differ, the page is read in full.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from kl224.document.nodes import BulletItem, Document, Heading, Node, Para, Table
from kl224.document.nodes import punctuate_recipients as _punctuate
from kl224.readback._shown import Grid, Shown

__all__ = ["shows_exactly"]


def _mark(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return "".join(
        ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc")
    )


def _nodes(nodes: Iterable[Node]) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Heading | Para):
            yield node.text
        elif isinstance(node, BulletItem):
            yield node.full_text
        elif isinstance(node, Table):
            yield node.caption
            yield from node.header
            for row in node.rows:
                yield from row


def _expected(document: Document) -> Iterator[str]:
    header = document.header
    if header is not None:
        yield from (header.superior_body, header.issuing_body, "*", header.code_line,
                    header.party_title, header.place_date)
    title = document.title
    yield from (title.doc_type, *title.subject, title.note, title.separator)
    yield from _nodes(document.body)
    closing = document.closing
    if closing is not None:
        yield closing.recipients_label
        yield from _punctuate(closing.recipients)
        yield from (closing.authority, closing.position, closing.name)
    for annex in document.annexes:
        yield from (annex.label, annex.title, annex.note)
        yield from _nodes(annex.body)


def _shown(shown: Shown) -> Iterator[str]:
    for block in shown.blocks:
        if isinstance(block, Grid):
            for row in block.cells:
                for cell in row:
                    for line in cell:
                        yield line.text
        else:
            yield block.text


def shows_exactly(shown: Shown, document: Document) -> bool:
    """Whether ``shown`` prints the texts of ``document`` in order (letter case included)."""
    # The usual case, cheaply: the same texts with the same spacing.
    plain = [" ".join(t.split()) for t in _expected(document)]
    if [t for t in plain if t] == [t for t in (" ".join(s.split()) for s in _shown(shown)) if t]:
        return True
    expected = [m for m in map(_mark, _expected(document)) if m]
    found = [m for m in map(_mark, _shown(shown)) if m]
    if expected == found:
        return True
    # A renderer may print a recipient list with ";" (an option): compare those loosely.
    return [m.rstrip(",;") for m in expected] == [m.rstrip(",;") for m in found]
