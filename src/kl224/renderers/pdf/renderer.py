"""The PDF renderer's public class: its name, suffixes, options and ``write``.

Drawing is :mod:`kl224.renderers.pdf.build`'s job; this module holds no reportlab code.
"""

from __future__ import annotations

import math
from typing import BinaryIO, ClassVar, Literal

import attrs

from kl224.document.nodes import Document
from kl224.renderers.page import SPACING

__all__ = ["PdfRenderer"]


@attrs.frozen(kw_only=True)
class PdfRenderer:
    """Draw a :class:`~kl224.document.Document` as a PDF (A4, Party document format).

    Options:
        body_size: body text size in points, 14 (default) or 15.
        line_spacing_pt: exact line spacing of body text in points (18 by default, the
            format's best-supported value).
        recipients_separator: what ends every recipient but the last, "," or ";".
        draft_mark: print a boxed "DỰ THẢO" on page 1 when the document is a draft.

    Raises:
        ValueError: an option is out of range (the message names it).
    """

    name: ClassVar[str] = "pdf"
    suffixes: ClassVar[tuple[str, ...]] = (".pdf",)
    media_type: ClassVar[str] = "application/pdf"

    body_size: Literal[14, 15] = attrs.field(default=14, validator=attrs.validators.in_((14, 15)))
    line_spacing_pt: float = attrs.field(default=float(SPACING.line_exact))
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
        from kl224.renderers.pdf.build import render_pdf

        stream.write(render_pdf(self, document))


