"""The baselines kl224 is measured against: the same texts written without formatting.

Each baseline gets the paragraph texts of a built :class:`~kl224.document.Document`
(:func:`document_texts`), so it writes what kl224 writes, minus the layout: a plain python-docx
script, a plain reportlab script in the same font, a hand-made DOCX (the floor: one
``document.xml`` in a zip) and pandoc converting the equivalent Markdown
(:func:`document_markdown`).
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO, Final, assert_never
from xml.sax.saxutils import escape

from kl224.document import (
    Annex,
    BulletItem,
    Closing,
    Document,
    Header,
    Heading,
    Node,
    Para,
    Table,
    Title,
    punctuate_recipients,
)

__all__ = [
    "BASELINE_FONT",
    "PandocDocx",
    "document_markdown",
    "document_texts",
    "handmade_docx",
    "plain_python_docx",
    "plain_reportlab",
    "register_baseline_font",
]

BASELINE_FONT: Final = "bench-LiberationSerif"
"""The reportlab name of the baseline's own copy of the bundled Liberation Serif."""

_CELL_SEPARATOR: Final = " | "


# --------------------------------------------------------------------------------------------
# The texts of a document, in reading order.


def _header_texts(header: Header | None) -> Iterator[str]:
    if header is not None:
        yield from (header.superior_body, header.issuing_body, header.code_line)
        yield from (header.party_title, header.place_date)


def _title_texts(title: Title) -> Iterator[str]:
    yield title.doc_type
    yield from title.subject
    yield from (title.note, title.separator)


def _node_texts(nodes: Sequence[Node]) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Heading | Para):
            yield node.text
        elif isinstance(node, BulletItem):
            yield node.full_text
        elif isinstance(node, Table):
            yield node.caption
            for row in (node.header, *node.rows):
                yield _CELL_SEPARATOR.join(row)
        else:
            assert_never(node)


def _closing_texts(closing: Closing | None) -> Iterator[str]:
    if closing is not None:
        yield from (closing.authority, closing.position, closing.name)
        if closing.recipients:
            yield closing.recipients_label
            yield from punctuate_recipients(closing.recipients)


def _annex_texts(annex: Annex) -> Iterator[str]:
    yield from (annex.label, annex.title, annex.note)
    yield from _node_texts(annex.body)


def document_texts(document: Document) -> list[str]:
    """Every non-blank text of ``document`` as one paragraph each, in reading order; a table
    row is one paragraph with its cells joined by `` | ``."""
    parts: list[Iterator[str]] = [
        _header_texts(document.header),
        _title_texts(document.title),
        _node_texts(document.body),
        _closing_texts(document.closing),
        *(_annex_texts(annex) for annex in document.annexes),
    ]
    return [text for part in parts for text in part if text.strip()]


# --------------------------------------------------------------------------------------------
# Markdown for pandoc.

# Pandoc's Markdown lets any ASCII punctuation be backslash-escaped; escaping the characters
# that mean something keeps "1." from starting a list, "-" a bullet, "|" a table cell, "@" a
# citation and "$" mathematics.
_MD_ESCAPES: Final = {ord(c): "\\" + c for c in "\\`*_{}[]()#+-.!|<>~^$@:"}


def _md(text: str) -> str:
    return " ".join(text.split()).translate(_MD_ESCAPES)


def _md_nodes(nodes: Sequence[Node]) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Heading):
            yield "#" * node.level + " " + _md(node.text)
        elif isinstance(node, Para):
            yield _md(node.text)
        elif isinstance(node, BulletItem):
            yield ("- " if node.marker == "-" else "    - ") + _md(node.text)
        elif isinstance(node, Table):
            if node.caption:
                yield _md(node.caption)
            lines = ["| " + " | ".join(_md(c) for c in node.header) + " |"]
            lines.append("|" + "---|" * len(node.header))
            lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in node.rows]
            yield "\n".join(lines)
        else:
            assert_never(node)


def document_markdown(document: Document) -> str:
    """``document`` as equivalent pandoc Markdown: headings, paragraphs, nested bullets and
    pipe tables; header, title and closing lines as plain paragraphs."""
    blocks: list[str] = [_md(t) for t in _header_texts(document.header) if t.strip()]
    blocks += [_md(t) for t in _title_texts(document.title) if t.strip()]
    blocks += _md_nodes(document.body)
    blocks += [_md(t) for t in _closing_texts(document.closing) if t.strip()]
    for annex in document.annexes:
        blocks.append("# " + _md(f"{annex.label} {annex.title}"))
        if annex.note:
            blocks.append(_md(annex.note))
        blocks += _md_nodes(annex.body)
    return "\n\n".join(blocks) + "\n"


class PandocDocx:
    """pandoc converting Markdown to DOCX, one process per call (its start-up included).

    ``PandocDocx.find()`` is None where pandoc is not installed.
    """

    def __init__(self, executable: str, folder: Path) -> None:
        self.executable = executable
        self.output = folder / "pandoc.docx"

    @classmethod
    def find(cls, folder: Path) -> PandocDocx | None:
        """The converter, or None when no ``pandoc`` is on the PATH."""
        executable = shutil.which("pandoc")
        return None if executable is None else cls(executable, folder)

    def version(self) -> str:
        """pandoc's version line (``pandoc 2.17.1.1``)."""
        out = subprocess.run(
            [self.executable, "--version"], capture_output=True, text=True, check=True
        )
        return out.stdout.splitlines()[0] if out.stdout else "pandoc"

    def convert(self, markdown: bytes) -> None:
        """Convert ``markdown`` (UTF-8) to a DOCX file; raise if pandoc fails."""
        subprocess.run(
            [self.executable, "-f", "markdown", "-t", "docx", "-o", str(self.output)],
            input=markdown,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=True,
        )


# --------------------------------------------------------------------------------------------
# python-docx, reportlab and the hand-made floor.


def plain_python_docx(texts: Sequence[str], stream: BinaryIO) -> None:
    """A plain python-docx script: the default template, one paragraph per text, saved."""
    import docx

    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    document.save(stream)


def register_baseline_font() -> str:
    """Register the baseline's own copy of the bundled Liberation Serif (regular face) with
    reportlab, once per process, and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if BASELINE_FONT not in pdfmetrics.getRegisteredFontNames():
        folder = resources.files("kl224.renderers").joinpath("assets", "fonts")
        with resources.as_file(folder.joinpath("LiberationSerif-Regular.ttf")) as path:
            pdfmetrics.registerFont(TTFont(BASELINE_FONT, str(path)))
    return BASELINE_FONT


def plain_reportlab(texts: Sequence[str], stream: BinaryIO, font: str) -> None:
    """A plain reportlab script: A4 with kl224's margins, one 14 pt paragraph per text in
    ``font`` (see :func:`register_baseline_font`), compressed like kl224's PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("plain", fontName=font, fontSize=14, leading=18, spaceAfter=6)
    story: list[Any] = [Paragraph(escape(text), style) for text in texts]
    template = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        pageCompression=1,
        invariant=1,
    )
    template.build(story)


_CONTENT_TYPES: Final = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS: Final = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOCUMENT_OPEN: Final = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body>"
)
_DOCUMENT_CLOSE: Final = "<w:sectPr/></w:body></w:document>"


def handmade_docx(texts: Sequence[str], stream: BinaryIO) -> None:
    """The floor: a valid DOCX made by hand — ``[Content_Types].xml``, the package
    relationships and one ``word/document.xml`` with a paragraph per text — zipped with
    deflate like the others."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in texts
    )
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", _DOCUMENT_OPEN + body + _DOCUMENT_CLOSE)
