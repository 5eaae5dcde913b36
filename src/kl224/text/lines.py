"""Balanced line breaking for short centred text: the names in a document's header and
closing block.

A name such as "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH" that is too wide for its column
is broken into the fewest lines that fit — as many as a word processor would make — but at the
places that make those lines as even as possible, never leaving a word alone on a line when
another break avoids it. Every format calls :func:`balanced_lines` with its own measure of
width (display columns for plain text, points of a font for the PDF and the DOCX), so the lines
break at the same words wherever the widths agree. No library breaks lines this way for a
caller's own measure, so it is written here (a small dynamic programme over the words).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Final

__all__ = ["balanced_lines"]

_MAX_WORDS: Final = 64
"""Longer text is broken greedily: balancing is for names, and its cost grows with the square
of the number of words."""


_Cost = tuple[int, float]
"""(one-word lines, widest line) of a way of breaking."""


def balanced_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break ``text`` into lines no wider than ``width``, evenly.

    ``measure`` gives the width of a line of text (words joined by single spaces) in the same
    unit as ``width``. The result has as many lines as greedy breaking would give; among the
    breaks with that many lines it takes the one with the fewest one-word lines and, of those,
    the narrowest widest line. A newline in ``text`` always breaks; runs of spaces count as one.
    A word wider than ``width`` gets a line of its own (the caller cuts it further if it must).
    ``text`` with no words gives ``[]``.
    """
    lines: list[str] = []
    for chunk in text.split("\n"):
        lines.extend(_balance(chunk.split(), width, measure))
    return lines


def _greedy(words: list[str], width: float, measure: Callable[[str], float]) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    for word in words:
        if current and measure(" ".join([*current, word])) > width:
            lines.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def _balance(words: list[str], width: float, measure: Callable[[str], float]) -> list[str]:
    if not words:
        return []
    greedy = _greedy(words, width, measure)
    count = len(greedy)
    if count == 1 or len(words) > _MAX_WORDS:
        return greedy
    n = len(words)
    line_width: dict[tuple[int, int], float] = {}

    def fits(start: int, end: int) -> float | None:
        """The width of words[start:end] on one line, or None if it does not fit."""
        key = (start, end)
        if key not in line_width:
            line_width[key] = measure(" ".join(words[start:end]))
        found = line_width[key]
        return found if found <= width or end - start == 1 else None

    # best[lines][end]: the best (one-word lines, widest line) for words[:end] in that many
    # lines, and where its last line starts. Lexicographic order is sound here: both parts
    # only grow as lines are added.
    best: list[dict[int, tuple[_Cost, int]]] = [{0: ((0, 0.0), 0)}]
    for lines in range(1, count + 1):
        row: dict[int, tuple[_Cost, int]] = {}
        for start, (cost, _) in best[lines - 1].items():
            for end in range(start + 1, n + 1):
                line = fits(start, end)
                if line is None:
                    break
                candidate = (cost[0] + (end - start == 1), max(cost[1], line))
                if end not in row or candidate < row[end][0]:
                    row[end] = (candidate, start)
        best.append(row)
    if n not in best[count]:
        return greedy
    ends = [n]
    for lines in range(count, 0, -1):
        ends.append(best[lines][ends[-1]][1])
    ends.reverse()
    return [" ".join(words[a:b]) for a, b in itertools.pairwise(ends)]
