"""The Word renderer: a :class:`~kl224.document.Document` as an official Party-format DOCX.

Built on python-docx. The file follows Hướng dẫn 36-HD/VPTW as :mod:`kl224.renderers.page`
sets it out: A4, margins 20/20/30/15 mm, Times New Roman everywhere, the two-column first-page
header, page numbers at the top from page 2, the signature and recipients block, annexes on new
pages (a landscape annex in a section of its own). Headings use Word's own Heading 1–3 styles,
restyled to the Party look, so Word's navigation pane, pandoc and mammoth see the outline;
everything else names a "KL …" style a clerk finds in Word's style list
(:mod:`~kl224.renderers.docx.styles`).

- :class:`DocxRenderer` — the renderer; ``reference_doc`` takes an office's own template;
  :meth:`DocxRenderer.build` hands the python-docx ``Document`` over before it is saved.
- :func:`save` — saves a python-docx document as reproducible bytes.
- :func:`read_embedded` / :func:`write_embedded` / :func:`without_embedded` — the report's
  JSON in a custom XML part (:mod:`~kl224.renderers.docx.embedded`), which Word keeps and
  :func:`kl224.load` reads.

The package: ``renderer`` (options, hand-off), ``builder`` (the layout), ``styles``,
``package`` (template, properties, saving), ``embedded``, ``measure`` (Times widths), and
``_oxml``, the one module that writes raw WordprocessingML, for what python-docx has no API for.
"""

from __future__ import annotations

from kl224.renderers.docx.embedded import read_embedded, without_embedded, write_embedded
from kl224.renderers.docx.package import save
from kl224.renderers.docx.renderer import DocxRenderer, ReferenceDocumentError

__all__ = ["DocxRenderer", "ReferenceDocumentError", "read_embedded", "save", "without_embedded",
           "write_embedded"]
