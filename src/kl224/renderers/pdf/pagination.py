"""What must share a page: a heading and the start of what it heads, a table's caption and the
table, the end of the body and the signature block.

reportlab's own tools fall short here: ``keepWithNext`` (a KeepTogether) moves a whole long
paragraph or table to the next page and leaves a gap Word never leaves, and a fixed
CondPageBreak guesses how much room the next thing needs. A :func:`keeper` measures the
flowables it guards (each heading whole, then the smallest piece the next flowable can leave on
a page: two lines of a paragraph, a table's header and first row) and breaks the page before
them only when they do not fit; it takes no room itself. The end of the body is kept with the
signature block by cutting the last paragraph's last two lines off it (:func:`last_lines`), or a
table's last two rows (the layout's ``Grid``), and guarding them with the block.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

from kl224.renderers.pdf.measures import FRAME_H

__all__ = ["keeper", "keeper_class", "last_lines", "line_count", "needed_height"]

_TALL: Final = 1e9
"""A height no page offers: flowables are measured without a limit."""


@functools.cache
def keeper_class() -> type[Any]:
    """The class of :func:`keeper`'s flowables (a CondPageBreak that measures its height)."""
    from reportlab.platypus import CondPageBreak

    class _Keeper(CondPageBreak):  # type: ignore[misc]
        # Passes the paragraph spacing above it through to the flowable below: the frame then
        # puts the larger of "space after" and "space before" between them, as Word does.
        _SPACETRANSFER = True

        def __init__(self, whole: Sequence[Any], first_of: Any | None) -> None:
            super().__init__(0)
            self._whole = tuple(whole)
            self._first_of = first_of

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.height = needed_height(availWidth, self._whole, self._first_of)
            result: tuple[float, float] = super().wrap(availWidth, availHeight)
            return result

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            # Nothing to draw: not even reportlab's "q <move> cm Q" around nothing.
            return

        def __repr__(self) -> str:
            return f"Keeper({len(self._whole)} whole, {self._first_of is not None})"

    return _Keeper


def keeper(whole: Sequence[Any], first_of: Any | None = None) -> Any:
    """A flowable that starts a new page unless ``whole`` (flowables kept entire) and the first
    piece of ``first_of`` fit on what is left of this one. Place it right before them."""
    return keeper_class()(whole, first_of)


def needed_height(width: float, whole: Sequence[Any], first_of: Any | None) -> float:
    """The room ``whole`` and the smallest first piece of ``first_of`` take, spacing included.

    Never more than a page: a group taller than a page is laid out as it comes.
    """
    total = 0.0
    after = 0.0
    for index, flowable in enumerate(whole):
        _, height = flowable.wrap(width, _TALL)
        before = flowable.getSpaceBefore()
        total += height + (before if index == 0 else max(before, after))
        after = flowable.getSpaceAfter()
    if first_of is not None:
        total += max(first_of.getSpaceBefore(), after) + _first_piece(first_of, width)
    return min(total, FRAME_H)


def _first_piece(flowable: Any, width: float) -> float:
    """The smallest piece of ``flowable`` that may stand at the foot of a page."""
    from reportlab.platypus import Paragraph
    from reportlab.platypus import Table as RLTable

    if isinstance(flowable, Paragraph):
        _, height = flowable.wrap(width, _TALL)
        lines = line_count(flowable, width)
        # Neither one line alone at the foot (orphan) nor alone at the head (widow).
        return float(height) if lines <= 3 else 2 * flowable.style.leading
    if isinstance(flowable, RLTable):
        # The layout gives a table its first rows as a table of their own, cheap to measure.
        measured = getattr(flowable, "kl224_first_rows", flowable)
        measured.wrap(width, _TALL)
        rows = measured._rowHeights
        header = min(flowable.repeatRows or 0, len(rows))
        first = rows[header] if header < len(rows) else 0
        return float(sum(rows[:header]) + min(first, FRAME_H / 3))
    return float(flowable.wrap(width, _TALL)[1])


def line_count(paragraph: Any, width: float) -> int:
    """How many lines ``paragraph`` takes ``width`` wide."""
    paragraph.wrap(width, _TALL)
    return len(paragraph.blPara.lines)


def last_lines(paragraph: Any, width: float, count: int = 2) -> tuple[Any | None, Any]:
    """``paragraph`` cut before its last ``count`` lines: (the head or None, the tail).

    A paragraph too short to leave two lines behind stays whole (None, paragraph): a single
    line must not stand alone at the foot of a page.
    """
    lines = line_count(paragraph, width)
    if lines < count + 2:
        return None, paragraph
    leading = paragraph.style.leading
    parts = paragraph.split(width, (lines - count) * leading + leading / 2)
    if len(parts) != 2:
        return None, paragraph
    return parts[0], parts[1]
