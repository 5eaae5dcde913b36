"""One PDF drawn: the page templates, what every page carries (page numbers, the draft mark),
the document's metadata (its title shown in the viewer's title bar), its file ID, its bookmarks
and its embedded data, around the flowables of :mod:`kl224.renderers.pdf.layout`.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import hashlib
import io
from typing import TYPE_CHECKING, Any, Final, Protocol

from kl224.document.nodes import Document
from kl224.renderers.base import RenderError
from kl224.renderers.page import DRAFT_MARK, SIZES
from kl224.renderers.pdf.canvas import canvas_class
from kl224.renderers.pdf.embedded import attach_json
from kl224.renderers.pdf.layout import (
    FIRST_TEMPLATE,
    LANDSCAPE_TEMPLATE,
    LATER_TEMPLATE,
    LayoutOptions,
    Story,
)
from kl224.renderers.pdf.measures import (
    BOTTOM,
    FRAME_H,
    FRAME_W,
    LANDSCAPE_FRAME_H,
    LANDSCAPE_FRAME_W,
    LANDSCAPE_H,
    LANDSCAPE_NUMBER_BASELINE,
    LANDSCAPE_W,
    LEFT,
    MM,
    PAGE_H,
    PAGE_NUMBER_BASELINE,
    PAGE_W,
    RIGHT,
    TOP,
)
from kl224.renderers.pdf.styles import plain
from kl224.renderers.report_json import json_bytes

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["PdfOptions", "render_pdf"]

_EPOCH_DATE: Final = "D:20000101000000+00'00'"


class PdfOptions(LayoutOptions, Protocol):
    """What drawing a PDF reads from :class:`~kl224.renderers.pdf.PdfRenderer`."""

    @property
    def draft_mark(self) -> bool: ...


def _pdf_date(date: dt.date | None) -> str:
    # Only the day is known; 00:00 Vietnam time (UTC+7) is the honest reading of it.
    return _EPOCH_DATE if date is None else f"D:{date:%Y%m%d}000000+07'00'"


def render_pdf(options: PdfOptions, document: Document) -> bytes:
    """Return ``document`` drawn as a PDF with ``options``.

    Raises:
        RenderError: reportlab could not lay the document out.
    """
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    from kl224.renderers.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    story = Story(options)
    flowables = story.document(document)

    info = document.info
    date = _pdf_date(info.date)
    payload = json_bytes(document.source_json)
    draft = document.draft and options.draft_mark

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        canvas = canvas_class()(*args, **kwargs)
        pdf = canvas._doc
        # The file ID is a digest of the content, not of the clock or SOURCE_DATE_EPOCH: of
        # what is here, every page's operators (the canvas adds them) and the bookmarks'
        # titles (below); reportlab adds the title, author, subject and keywords.
        pdf.signature = hashlib.md5(b"kl224", usedforsecurity=False)
        for part in (date, info.language or "", str(len(payload))):
            pdf.signature.update(part.encode("utf-8") + b"\0")
        pdf.signature.update(payload)
        canvas.setDateFormatter(lambda *_: date)
        if payload:
            attach_json(pdf, payload, date)
        for entry in story.outline:
            pdf.signature.update(f"{entry.level} {entry.title}".encode("utf-8", "replace") + b"\0")
        if story.outline:
            # The viewer opens with its bookmarks panel showing.
            canvas.showOutline()
        return canvas

    def first_page(canvas: Any, _doc: Any) -> None:
        if draft:
            _draw_draft_mark(canvas)

    def later_page(canvas: Any, doc: Any) -> None:
        canvas.setFont(REGULAR, SIZES.page_number)
        canvas.drawCentredString(LEFT + FRAME_W / 2, PAGE_NUMBER_BASELINE, str(doc.page))

    def landscape_page(canvas: Any, doc: Any) -> None:
        canvas.setFont(REGULAR, SIZES.page_number)
        canvas.drawCentredString(LEFT + LANDSCAPE_FRAME_W / 2, LANDSCAPE_NUMBER_BASELINE,
                                 str(doc.page))

    def frame(frame_id: str, width: float = FRAME_W, height: float = FRAME_H) -> Any:
        return Frame(LEFT, BOTTOM, width, height, id=frame_id, leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)

    templates = [
        PageTemplate(FIRST_TEMPLATE, [frame(FIRST_TEMPLATE)], onPage=first_page,
                     autoNextPageTemplate=LATER_TEMPLATE),
        PageTemplate(LATER_TEMPLATE, [frame(LATER_TEMPLATE)], onPage=later_page),
    ]
    if any(annex.landscape for annex in document.annexes):
        templates.append(PageTemplate(
            LANDSCAPE_TEMPLATE,
            [frame(LANDSCAPE_TEMPLATE, LANDSCAPE_FRAME_W, LANDSCAPE_FRAME_H)],
            onPage=landscape_page, pagesize=(LANDSCAPE_W, LANDSCAPE_H),
        ))

    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
        title=plain(info.title),
        author=plain(info.author),
        subject=plain(info.subject),
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


def _draw_draft_mark(canvas: Any) -> None:
    from kl224.renderers.pdf.fonts import BOLD

    size = SIZES.draft_mark
    width = canvas.stringWidth(DRAFT_MARK, BOLD, size)
    right = PAGE_W - RIGHT
    baseline = PAGE_H - 13 * MM
    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.rect(right - width - 12, baseline - 5, width + 12, size + 8, stroke=1, fill=0)
    canvas.setFont(BOLD, size)
    canvas.drawRightString(right - 6, baseline, DRAFT_MARK)
    canvas.restoreState()
