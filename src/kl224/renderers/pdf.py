"""The PDF renderer: a :class:`~kl224.document.Document` drawn as an A4 Party document.

The layout follows the Party Central Office's guide (see ``party-format.md``): A4 with margins of
20/20/30/15 mm, the two-column first-page header, the centred title block, justified 14 pt body
text at an exact line spacing, page numbers centred at the top from page 2 on, the closing block
kept on one page, and each annex on a new page (landscape pages for an annex that asks for
them). Text is set in the bundled Liberation Serif (metric-compatible with Times New Roman),
embedded as subsets with Unicode maps, so the PDF is searchable.

Every user string is escaped before it reaches reportlab's paragraph markup, so markup-like text
prints literally. The report's JSON (``Document.source_json``) travels inside the PDF as a
standard embedded file, read back by :func:`read_embedded`. Output is byte-for-byte deterministic.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import hashlib
import io
import math
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Final, Literal

import attrs

from kl224.document.nodes import Document
from kl224.renderers._pdfcanvas import canvas_class
from kl224.renderers._pdfembed import ATTACHMENT_NAME, _attach_json, _json_bytes, read_embedded
from kl224.renderers._pdflayout import (
    FIRST_TEMPLATE,
    LANDSCAPE_TEMPLATE,
    LATER_TEMPLATE,
    _Story,
)
from kl224.renderers._pdfstyles import (
    _BOTTOM,
    _FRAME_H,
    _FRAME_W,
    _LANDSCAPE_FRAME_H,
    _LANDSCAPE_FRAME_W,
    _LANDSCAPE_H,
    _LANDSCAPE_NUMBER_BASELINE,
    _LANDSCAPE_W,
    _LEFT,
    _MM,
    _PAGE_H,
    _PAGE_NUMBER_BASELINE,
    _PAGE_W,
    _RIGHT,
    _TOP,
    _plain,
)
from kl224.renderers.base import RenderError

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["ATTACHMENT_NAME", "PdfRenderer", "read_embedded"]

_EPOCH_DATE: Final = "D:20000101000000+00'00'"


def _pdf_date(date: dt.date | None) -> str:
    # Only the day is known; 00:00 Vietnam time (UTC+7) is the honest reading of it.
    return _EPOCH_DATE if date is None else f"D:{date:%Y%m%d}000000+07'00'"


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
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    from kl224.renderers._pdffonts import REGULAR, register_fonts

    register_fonts()
    story = _Story(options)
    flowables = story.document(document)

    info = document.info
    date = _pdf_date(info.date)
    payload = _json_bytes(document.source_json)
    fingerprint = _fingerprint(options, document)
    draft = document.draft and options.draft_mark

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        canvas = canvas_class()(*args, **kwargs)
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

    def landscape_page(canvas: Any, doc: Any) -> None:
        canvas.setFont(REGULAR, 14)
        canvas.drawCentredString(_LEFT + _LANDSCAPE_FRAME_W / 2, _LANDSCAPE_NUMBER_BASELINE,
                                 str(doc.page))

    def frame(frame_id: str, width: float = _FRAME_W, height: float = _FRAME_H) -> Any:
        return Frame(_LEFT, _BOTTOM, width, height, id=frame_id, leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)

    templates = [
        PageTemplate(FIRST_TEMPLATE, [frame(FIRST_TEMPLATE)], onPage=first_page,
                     autoNextPageTemplate=LATER_TEMPLATE),
        PageTemplate(LATER_TEMPLATE, [frame(LATER_TEMPLATE)], onPage=later_page),
    ]
    if any(annex.landscape for annex in document.annexes):
        templates.append(PageTemplate(
            LANDSCAPE_TEMPLATE,
            [frame(LANDSCAPE_TEMPLATE, _LANDSCAPE_FRAME_W, _LANDSCAPE_FRAME_H)],
            onPage=landscape_page, pagesize=(_LANDSCAPE_W, _LANDSCAPE_H),
        ))

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
        pageTemplates=templates,
    )
    try:
        template.build(flowables, canvasmaker=make_canvas)
    except LayoutError as error:
        raise RenderError(
            f"the PDF layout failed: {error}. kl224 splits long text and table cells, so this "
            "is a bug in kl224; please report it with the document that caused it"
        ) from error
    return buffer.getvalue()


def _fingerprint(options: PdfRenderer, document: Document) -> bytes:
    """The digest of everything that shapes the file, which names it (the file ID)."""
    return hashlib.sha256(repr((options, document)).encode("utf-8")).digest()


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
