"""The PDF renderer: a :class:`~kl224.document.Document` drawn as an A4 Party document.

The layout follows the Party Central Office's guide (see ``party-format.md``): A4 with margins of
20/20/30/15 mm, the two-column first-page header, the centred title block, justified 14 pt body
text at an exact line spacing, page numbers centred at the top from page 2 on, the closing block
kept on one page, and each annex on a new page. Text is set in the bundled Liberation Serif
(metric-compatible with Times New Roman), embedded as subsets with Unicode maps, so the PDF is
searchable.

Every user string is escaped before it reaches reportlab's paragraph markup, so markup-like text
prints literally. The report's JSON (``Document.source_json``) travels inside the PDF as a
standard embedded file, read back by :func:`read_embedded`. Output is byte-for-byte deterministic.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import zlib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Final, Literal, assert_never
from xml.sax.saxutils import escape as _xml_escape

import attrs

from kl224.document.nodes import (
    Align,
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
from kl224.renderers.base import RenderError
from kl224.text.clean import normalize

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["ATTACHMENT_NAME", "PdfRenderer", "read_embedded"]

ATTACHMENT_NAME: Final = "kl224-report.json"
"""File name of the report's JSON embedded in every PDF that has one."""

# A key of our own in the embedded file's stream dictionary, so read_embedded finds our stream
# without a general PDF parser. Readers ignore dictionary keys they do not know.
_MARKER: Final = b"/KL224 /ReportJSON"

_MM: Final = 72 / 25.4
_PAGE_W: Final = 210 * _MM
_PAGE_H: Final = 297 * _MM
_TOP, _BOTTOM, _LEFT, _RIGHT = 20 * _MM, 20 * _MM, 30 * _MM, 15 * _MM
_FRAME_W: Final = _PAGE_W - _LEFT - _RIGHT
_FRAME_H: Final = _PAGE_H - _TOP - _BOTTOM
_HEADER_COLUMNS: Final = (70 * _MM, 95 * _MM)
_CLOSING_COLUMNS: Final = (80 * _MM, 85 * _MM)
_PAGE_NUMBER_BASELINE: Final = _PAGE_H - 13.5 * _MM  # digit tops sit about 10 mm from the edge
_SIGNATURE_SPACE: Final = 25 * _MM
_CELL_SIZE: Final = 13.0  # the DOCX renderer uses the same cell size
_CELL_PADDING: Final = 3.0
_RULE: Final = 0.6
# A table cell longer than about this many lines is cut into continuation rows, so no row is
# taller than a page; reportlab splitting a huge row page by page is quadratic in its length.
_CELL_CHUNK_LINES: Final = 24
_EPOCH_DATE: Final = "D:20000101000000+00'00'"

_ALIGN: Final[dict[Align, int]] = {"left": 0, "center": 1, "right": 2, "justify": 4}


def _pdf_date(date: dt.date | None) -> str:
    # Only the day is known; 00:00 Vietnam time (UTC+7) is the honest reading of it.
    return _EPOCH_DATE if date is None else f"D:{date:%Y%m%d}000000+07'00'"


def _markup(text: str) -> str:
    """Return ``text`` as reportlab paragraph markup that prints it literally.

    NFC, unsafe characters dropped, ``& < >`` escaped (so ``<b>``, ``&amp;`` or ``<img .../>``
    stay text), and newlines as ``<br/>``.
    """
    return "<br/>".join(_xml_escape(line) for line in normalize(text).split("\n"))


def _plain(text: str) -> str:
    """Return ``text`` normalised for places outside paragraph markup (metadata, canvas)."""
    return normalize(text).replace("\n", " ")


def _upper(text: str) -> str:
    return normalize(text.upper())


def _chunks(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at a newline or a space if the
    piece would otherwise be much shorter, else inside a word."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", limit // 2, limit)
        if cut < 0:
            cut = rest.rfind(" ", limit // 2, limit)
        if cut < 0:
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut:].lstrip(" \n")
    pieces.append(rest)
    return pieces


@attrs.frozen(kw_only=True)
class PdfRenderer:
    """Draw a :class:`~kl224.document.Document` as a PDF (A4, Party document format).

    Options:
        body_size: body text size in points, 14 (default) or 15.
        line_spacing_pt: exact line spacing of body text in points (18 by default).
        recipients_separator: what ends every recipient but the last, "," or ";".
        draft_mark: print a boxed "DỰ THẢO" on page 1 when the document is a draft.

    Raises:
        ValueError: an option is out of range (the message names it).
    """

    name: ClassVar[str] = "pdf"
    suffixes: ClassVar[tuple[str, ...]] = (".pdf",)
    media_type: ClassVar[str] = "application/pdf"

    body_size: Literal[14, 15] = attrs.field(default=14, validator=attrs.validators.in_((14, 15)))
    line_spacing_pt: float = attrs.field(default=18.0)
    recipients_separator: Literal[",", ";"] = attrs.field(
        default=",", validator=attrs.validators.in_((",", ";"))
    )
    draft_mark: bool = True

    @line_spacing_pt.validator
    def _check_line_spacing(self, _attribute: object, value: float) -> None:
        if not (math.isfinite(value) and self.body_size <= value <= 3 * self.body_size):
            raise ValueError(
                f"line_spacing_pt must lie between the body size ({self.body_size} pt) and "
                f"three times it ({3 * self.body_size} pt), got {value!r}"
            )

    def write(self, document: Document, stream: BinaryIO) -> None:
        """Write ``document`` to ``stream`` as a PDF.

        Nothing is written if drawing fails, so a stream never receives half a PDF.

        Raises:
            TypeError: ``document`` is not a :class:`~kl224.document.Document`.
            RenderError: the document cannot be laid out (the message says where).
        """
        if not isinstance(document, Document):
            raise TypeError(f"PdfRenderer.write expects a kl224 Document, got {type(document)!r}")
        stream.write(_render(self, document))


def _render(options: PdfRenderer, document: Document) -> bytes:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    from kl224.renderers._pdffonts import REGULAR, register_fonts

    register_fonts()
    story = _Story(options)
    flowables = story.document(document)

    info = document.info
    date = _pdf_date(info.date)
    payload = _json_bytes(document.source_json)
    fingerprint = hashlib.sha256(repr((options, document)).encode("utf-8")).digest()
    draft = document.draft and options.draft_mark

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        canvas = Canvas(*args, **kwargs)
        pdf = canvas._doc
        # The file ID is a digest of the content, not of the clock or SOURCE_DATE_EPOCH.
        pdf.signature = hashlib.md5(b"kl224", usedforsecurity=False)
        pdf.signature.update(fingerprint)
        canvas.setDateFormatter(lambda *_: date)
        if payload:
            _attach_json(pdf, payload, date)
        return canvas

    def first_page(canvas: Any, _doc: Any) -> None:
        if draft:
            _draw_draft_mark(canvas)

    def later_page(canvas: Any, doc: Any) -> None:
        canvas.setFont(REGULAR, 14)
        canvas.drawCentredString(_LEFT + _FRAME_W / 2, _PAGE_NUMBER_BASELINE, str(doc.page))

    def frame(frame_id: str) -> Any:
        return Frame(_LEFT, _BOTTOM, _FRAME_W, _FRAME_H, id=frame_id, leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)

    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=(_PAGE_W, _PAGE_H),
        leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP, bottomMargin=_BOTTOM,
        title=_plain(info.title),
        author=_plain(info.author),
        subject=_plain(info.subject),
        creator="kl224",
        producer="kl224 (ReportLab)",
        lang=info.language or "vi-VN",
        invariant=1,
        pageCompression=1,
        displayDocTitle=1,
        initialFontName=REGULAR,
        initialFontSize=options.body_size,
        initialLeading=options.line_spacing_pt,
        pageTemplates=[
            PageTemplate("first", [frame("first")], onPage=first_page,
                         autoNextPageTemplate="later"),
            PageTemplate("later", [frame("later")], onPage=later_page),
        ],
    )
    try:
        template.build(flowables, canvasmaker=make_canvas)
    except LayoutError as error:
        raise RenderError(
            f"the PDF layout failed: {error}. kl224 splits long text and table cells, so this "
            "is a bug in kl224; please report it with the document that caused it"
        ) from error
    return buffer.getvalue()


def _json_bytes(source_json: str) -> bytes:
    try:
        # Stored exactly as given (no normalisation): it is what kl224.load() reads back.
        return source_json.encode("utf-8")
    except UnicodeEncodeError as error:
        raise RenderError(
            f"Document.source_json has a character that UTF-8 cannot hold at position "
            f"{error.start} (U+{ord(source_json[error.start]):04X}); rebuild it with kl224.dumps()"
        ) from error


def _draw_draft_mark(canvas: Any) -> None:
    from kl224.renderers._pdffonts import BOLD

    text = "DỰ THẢO"
    size = 13
    width = canvas.stringWidth(text, BOLD, size)
    right = _PAGE_W - _RIGHT
    baseline = _PAGE_H - 13 * _MM
    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.rect(right - width - 12, baseline - 5, width + 12, size + 8, stroke=1, fill=0)
    canvas.setFont(BOLD, size)
    canvas.drawRightString(right - 6, baseline, text)
    canvas.restoreState()


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


class _Story:
    """Turns one Document into reportlab flowables; lives for one call (styles are per call)."""

    def __init__(self, options: PdfRenderer) -> None:
        from reportlab.lib.styles import ParagraphStyle

        from kl224.renderers._pdffonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR

        self.options = options
        self._faces = {(False, False): REGULAR, (True, False): BOLD,
                       (False, True): ITALIC, (True, True): BOLD_ITALIC}
        self._base = ParagraphStyle(
            "kl224-base", fontName=REGULAR, fontSize=14, leading=16.8, spaceBefore=0,
            spaceAfter=0, splitLongWords=1, hyphenationLang="", embeddedHyphenation=0,
            uriWasteReduce=0, allowWidows=0, allowOrphans=0,
        )
        self._styles: dict[tuple[object, ...], Any] = {}

    def style(self, *, size: float, bold: bool = False, italic: bool = False,
              align: Align = "center", indent: bool = False, leading: float | None = None,
              space: float = 0.0, space_before: float | None = None) -> Any:
        """Return the (cached) paragraph style with these properties."""
        key = (size, bold, italic, align, indent, leading, space, space_before)
        style = self._styles.get(key)
        if style is None:
            from reportlab.lib.styles import ParagraphStyle

            style = ParagraphStyle(
                f"kl224-{len(self._styles)}", parent=self._base,
                fontName=self._faces[bold, italic], fontSize=size,
                leading=leading if leading is not None else round(size * 1.2, 2),
                alignment=_ALIGN[align], firstLineIndent=10 * _MM if indent else 0,
                spaceBefore=space if space_before is None else space_before, spaceAfter=space,
            )
            self._styles[key] = style
        return style

    def para(self, text: str, style: Any) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(_markup(text), style)

    def cell(self, text: str, style: Any, width: float, *, underline: bool = False) -> list[Any]:
        """Paragraphs for ``text`` in a cell ``width`` wide: several if the text is very long.

        Splitting one huge paragraph inside a table row page after page costs time quadratic
        in its length; a stack of short paragraphs splits between them in linear time.
        """
        from reportlab.platypus import Paragraph

        limit = _line_capacity(width, style.fontSize) * _CELL_CHUNK_LINES
        pieces = _chunks(normalize(text), limit) if len(text) > limit else [text]
        if underline:
            return [Paragraph("<u>" + _markup(piece) + "</u>", style) for piece in pieces]
        return [self.para(piece, style) for piece in pieces]

    def body_style(self, *, bold: bool = False, italic: bool = False, align: Align = "justify",
                   indent: bool = True) -> Any:
        return self.style(size=self.options.body_size, bold=bold, italic=italic, align=align,
                          indent=indent, leading=self.options.line_spacing_pt, space=6.0)

    # -- the document, top to bottom -----------------------------------------------------------

    def document(self, document: Document) -> list[Any]:
        out: list[Any] = []
        if document.header is not None:
            out.extend(self.header(document.header))
        out.extend(self.title(document.title))
        out.extend(self.nodes(document.body, "body"))
        if document.closing is not None:
            out.extend(self.closing(document.closing))
        for number, annex in enumerate(document.annexes, start=1):
            out.extend(self.annex(annex, number))
        return out

    def header(self, header: Header) -> list[Any]:
        from reportlab.lib.colors import black
        from reportlab.platypus import HRFlowable
        from reportlab.platypus import Table as RLTable

        from kl224.renderers._pdffonts import BOLD

        party = _upper(header.party_title)
        regular = self.style(size=14)
        # The rule is exactly as long as the party title, as the format guide asks.
        rule_width = min(_HEADER_COLUMNS[1], _string_width(party, BOLD, 15))
        rule = HRFlowable(width=rule_width, thickness=_RULE, color=black, lineCap="butt",
                          spaceBefore=2, spaceAfter=0, hAlign="CENTER")
        left, right = _HEADER_COLUMNS
        rows = [
            [self.cell(_upper(header.superior_body), regular, left),
             self.cell(party, self.style(size=15, bold=True), right)],
            [self.cell(_upper(header.issuing_body), self.style(size=14, bold=True), left), rule],
            [self.para("*", regular),
             self.cell(header.place_date, self.style(size=14, italic=True), right)],
            [self.cell(header.code_line, regular, left), ""],
        ]
        table = RLTable(rows, colWidths=list(_HEADER_COLUMNS), hAlign="LEFT")
        table.setStyle([*_zero_padding(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER")])
        return _table_or_stack(table, [rows[0][0], rows[1][0], rows[2][0], rows[3][0],
                                       rows[0][1], rows[1][1], rows[2][1]], _FRAME_H / 2)

    def title(self, title: Title) -> Iterator[Any]:
        yield self.para(_upper(title.doc_type), self.style(size=16, bold=True, space_before=18.0))
        for line in title.subject:
            yield self.para(line, self.style(size=14, bold=True))
        if title.note:
            yield self.para(title.note, self.style(size=14, italic=True))
        if title.separator:
            yield self.para(title.separator, self.style(size=14))
        from reportlab.platypus import Spacer

        yield Spacer(1, 6)

    def nodes(self, nodes: Sequence[Node], where: str) -> Iterator[Any]:
        from reportlab.platypus import CondPageBreak

        line = self.options.line_spacing_pt
        for index, node in enumerate(nodes):
            match node:
                case Heading():
                    if index == 0 or not isinstance(nodes[index - 1], Heading):
                        # Keep a run of headings with the first lines of what follows them.
                        # reportlab's keepWithNext would move a whole long paragraph or table
                        # to the next page and leave a gap, which Word never does.
                        run = 1
                        while index + run < len(nodes) and isinstance(nodes[index + run],
                                                                      Heading):
                            run += 1
                        yield CondPageBreak(run * (line + 12) + 4 * line)
                    text = node.text if node.level == 3 else _upper(node.text)
                    yield self.para(text, self.body_style(bold=True, indent=False))
                case Para():
                    yield self.para(node.text, self.body_style(
                        bold=node.bold, italic=node.italic, align=node.align, indent=node.indent))
                case BulletItem():
                    yield self.para(node.full_text, self.body_style())
                case Table():
                    yield from self.table(node, f"{where} item {index + 1}")
                case _:
                    assert_never(node)

    def table(self, node: Table, where: str) -> Iterator[Any]:
        from reportlab.lib.colors import black
        from reportlab.platypus import CondPageBreak
        from reportlab.platypus import Table as RLTable

        if node.caption:
            # The caption, the header row and a few rows start on the same page.
            yield CondPageBreak(6 * self.options.line_spacing_pt)
            yield self.para(node.caption, self.style(size=self.options.body_size, bold=True,
                                                     space=6.0))
        if not node.header:
            return
        widths = _column_widths(node, where)
        header_style = self.style(size=_CELL_SIZE, bold=True)
        cell_styles = [self.style(size=_CELL_SIZE, align=align) for align in node.align]
        header_rows = self._rows(node.header, widths, [header_style] * len(widths))
        data = list(header_rows)
        row_ends = []
        for row in node.rows:
            data.extend(self._rows(row, widths, cell_styles, plain=True))
            row_ends.append(len(data) - 1)
        first_body = len(header_rows)
        commands: list[tuple[Any, ...]] = [
            *_table_font(),
            ("FONTSIZE", (0, 0), (-1, -1), _CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), round(_CELL_SIZE * 1.2, 2)),
            *(("ALIGN", (column, first_body), (column, -1),
               "LEFT" if align == "justify" else align.upper())
              for column, align in enumerate(node.align)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, len(header_rows) - 1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BOX", (0, 0), (-1, -1), _RULE, black),
            ("LINEAFTER", (0, 0), (-2, -1), _RULE, black),
            ("LINEBELOW", (0, len(header_rows) - 1), (-1, len(header_rows) - 1), _RULE, black),
        ]
        if len(data) == len(header_rows) + len(node.rows):
            commands.append(("INNERGRID", (0, 0), (-1, -1), _RULE, black))
        else:
            # Continuation rows of a cut cell belong to one logical row: no rule between them.
            commands.extend(("LINEBELOW", (0, end), (-1, end), _RULE, black)
                            for end in row_ends[:-1])
        table = RLTable(data, colWidths=widths, repeatRows=1 if len(header_rows) == 1 else 0,
                        splitByRow=1, splitInRow=1, hAlign="CENTER", spaceBefore=6,
                        spaceAfter=6)
        table.setStyle(commands)
        yield table

    def _rows(self, cells: Sequence[str], widths: Sequence[float],
              styles: Sequence[Any], *, plain: bool = False) -> list[list[Any]]:
        """One logical row as one or more table rows (long cells continue on the next).

        With ``plain``, a cell whose text fits on one line is a plain string, which the table
        draws directly in its cell font: a Paragraph costs ten times more to lay out, and most
        cells of a figures table are short. Both put the baseline at the same height.
        """
        from kl224.renderers._pdffonts import REGULAR

        pieces = []
        for text, width in zip(cells, widths, strict=True):
            limit = _line_capacity(width - 2 * _CELL_PADDING, _CELL_SIZE) * _CELL_CHUNK_LINES
            pieces.append(_chunks(normalize(text), limit))
        out = []
        for k in range(max(len(p) for p in pieces)):
            row: list[Any] = []
            for piece, style, width in zip(pieces, styles, widths, strict=True):
                text = piece[k] if k < len(piece) else ""
                line = " ".join(text.split())
                if plain and "\n" not in text and (
                        _string_width(line, REGULAR, _CELL_SIZE) <= width - 2 * _CELL_PADDING):
                    row.append(line)
                else:
                    row.append(self.para(text, style))
            out.append(row)
        return out

    def closing(self, closing: Closing) -> Iterator[Any]:
        from reportlab.platypus import KeepTogether, Spacer
        from reportlab.platypus import Table as RLTable

        entries = punctuate_recipients(closing.recipients, self.options.recipients_separator)
        if not (closing.has_signature or entries):
            return
        signature_bold = self.style(size=14, bold=True)
        left: list[Any] = []
        right: list[Any] = []
        if entries:
            # The label sits level with the position line, one line under the authority.
            if closing.authority:
                left.append(Spacer(1, signature_bold.leading))
            left_width = _CLOSING_COLUMNS[0]
            left.extend(self.cell(closing.recipients_label, self.style(size=14, align="left"),
                                  left_width, underline=True))
            entry_style = self.style(size=12, align="left")
            for entry in entries:
                left.extend(self.cell(entry, entry_style, left_width))
        right_width = _CLOSING_COLUMNS[1]
        if closing.authority:
            right.extend(self.cell(_upper(closing.authority), signature_bold, right_width))
        if closing.position:
            right.extend(self.cell(_upper(closing.position), self.style(size=14), right_width))
        if closing.has_signature:
            right.append(Spacer(1, _SIGNATURE_SPACE))
        if closing.name:
            right.extend(self.cell(closing.name, signature_bold, right_width))
        table = RLTable([[left or "", right or ""]], colWidths=list(_CLOSING_COLUMNS),
                        hAlign="LEFT")
        table.setStyle([*_zero_padding(), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        yield KeepTogether([Spacer(1, 12), *_table_or_stack(table, [*right, *left], _FRAME_H)])

    def annex(self, annex: Annex, number: int) -> Iterator[Any]:
        from reportlab.platypus import PageBreak

        yield PageBreak()
        yield self.para(annex.label, self.style(size=14, bold=True))
        if annex.title:
            yield self.para(annex.title, self.style(size=14, bold=True))
        if annex.note:
            yield self.para(annex.note, self.style(size=14, italic=True))
        from reportlab.platypus import Spacer

        yield Spacer(1, 6)
        yield from self.nodes(annex.body, f"annex {number}")


def _table_or_stack(table: Any, cells: list[Any], limit: float) -> list[Any]:
    """``[table]`` if it is at most ``limit`` high, else its cells' content one under another.

    A layout table's single row cannot break across pages cheaply (reportlab re-lays the whole
    row on every page), so absurdly long header or closing text falls back to a plain stack,
    which splits like body text.
    """
    _, height = table.wrap(_FRAME_W, _FRAME_H)
    if height <= limit:
        return [table]
    flat: list[Any] = []
    for cell in cells:
        if isinstance(cell, list):
            flat.extend(cell)
        elif cell != "":
            flat.append(cell)
    return flat


def _line_capacity(width: float, size: float) -> int:
    """A generous estimate of how many characters of ``size`` fit on a line ``width`` wide."""
    return max(8, int(width / (size * 0.45)))


def _zero_padding() -> list[tuple[Any, ...]]:
    return [(side, (0, 0), (-1, -1), 0) for side in
            ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")] + _table_font()


def _table_font() -> list[tuple[Any, ...]]:
    from kl224.renderers._pdffonts import REGULAR

    # Empty cells are drawn as strings in the table's font, Helvetica unless told otherwise,
    # which would put an unembedded font in the file.
    return [("FONTNAME", (0, 0), (-1, -1), REGULAR)]


def _string_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def _column_widths(node: Table, where: str) -> list[float]:
    if not all(math.isfinite(w) and w > 0 for w in node.widths):
        raise RenderError(
            f"table at {where} ({node.caption or 'no caption'}): column widths must be positive "
            f"numbers, got {list(node.widths)}"
        )
    total = sum(node.widths)
    return [_FRAME_W * w / total for w in node.widths]


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

