"""The PDF renderer: a :class:`~kl224.document.Document` drawn as an A4 Party document.

The layout follows the Party Central Office's guide as :mod:`kl224.renderers.page` states it:
A4 with margins of 20/20/30/15 mm, the first-page header in two independent columns, the centred
title block, justified 14 pt body text at an exact line spacing, page numbers centred at the top
from page 2 on, the closing block kept on one page together with the end of the body, and each
annex on a new page (landscape pages for an annex that asks for them). Text is set in the bundled
Liberation Serif (metric-compatible with Times New Roman), embedded as subsets with Unicode maps,
so the PDF is searchable; every heading and annex has a bookmark.

Every user string is escaped before it reaches reportlab's paragraph markup, so markup-like text
prints literally. The report's JSON (``Document.source_json``) travels inside the PDF as a
standard embedded file, read back by :func:`read_embedded`. Output is byte-for-byte
deterministic.

This package is a thin public layer (:class:`PdfRenderer`, :func:`read_embedded`,
:data:`ATTACHMENT_NAME`) over its modules:

- ``renderer``: the options and ``write``;
- ``build``: the page templates, page numbers, the draft mark, metadata and the file ID;
- ``layout``: the document tree as reportlab flowables, with ``blocks`` (the header and closing
  blocks) and ``pagination`` (what must stay on one page);
- ``measures``: :mod:`kl224.renderers.page` in PDF points; ``styles``: markup and table helpers;
- ``fonts``, ``paragraph``, ``canvas``: reportlab's fonts, paragraphs and canvas, made cheaper;
- ``embedded``: the report's JSON written into the PDF and read back (with pypdf).

reportlab and pypdf are imported only inside functions, so importing this package is light.
"""

from kl224.renderers.pdf.embedded import ATTACHMENT_NAME, read_embedded
from kl224.renderers.pdf.renderer import PdfRenderer

__all__ = ["ATTACHMENT_NAME", "PdfRenderer", "read_embedded"]
