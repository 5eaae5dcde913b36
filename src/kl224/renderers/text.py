"""The plain-text renderer: UTF-8, wrapped, with the header and closing blocks in two columns.

Lines are wrapped at ``width`` display columns without breaking words where possible (a word
longer than a line is cut); wide characters (CJK, most emoji) count two columns and combining
or format characters none, so columns stay aligned.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable
from typing import BinaryIO, ClassVar, Final, Literal, assert_never

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
from kl224.renderers.page import DRAFT_MARK, heading_text, upper
from kl224.text.lines import balanced_lines

__all__ = ["TextRenderer", "display_width", "wrap"]

_INDENT: Final = "    "
_SIGNATURE_SPACE: Final = 3


# Cached: a report uses a few hundred distinct characters, and wrapping asks for the width of
# every character of every word (the uncached lookups were most of the text renderer's time).
@functools.lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


# Characters that take exactly one column: printable ASCII and Latin-1 but the soft hyphen,
# Latin Extended-A and -B and Latin Extended Additional (all of Vietnamese in NFC), most
# punctuation. A text of only these is as wide as it is long: one C-level search settles it
# (tests/test_renderer_text.py checks every character of the class against _char_width).
_NOT_ONE_COLUMN: Final = re.compile(
    "[^\x20-\x7e\xa0-\xac\xae-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]"
)


def display_width(text: str) -> int:
    """The number of terminal columns ``text`` takes."""
    if text.isascii() or _NOT_ONE_COLUMN.search(text) is None:
        return len(text)
    return sum(map(_char_width, text))


# Words recur throughout a report (Vietnamese words are short syllables), so wrapping looks
# their widths up rather than summing them again.
_word_width = functools.lru_cache(maxsize=8192)(display_width)


def _cut(word: str, width: int) -> list[str]:
    """Cut a word wider than ``width`` into pieces that fit."""
    pieces: list[str] = []
    current, used = "", 0
    for char in word:
        w = _char_width(char)
        if used + w > width and current:
            pieces.append(current)
            current, used = "", 0
        current += char
        used += w
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap ``text`` greedily at ``width`` columns; ``first``/``rest`` prefix the first and the
    following lines. Explicit newlines in ``text`` start new lines (with ``rest``)."""
    lines: list[str] = []
    prefix = first
    rest_width = display_width(rest)
    for chunk in text.split("\n"):
        words = chunk.split() if len(chunk) <= width else None
        if words:
            # Most cells and headings fit on one line: when its first word takes room, the
            # greedy loop would put every word there, joined by single spaces.
            line = prefix + " ".join(words)
            if display_width(line) <= width and display_width(words[0]) > 0:
                lines.append(line)
                prefix = rest
                continue
        _wrap_words(chunk, width, prefix, rest, rest_width, lines)
        prefix = rest
    return lines


def _wrap_words(
    chunk: str, width: int, prefix: str, rest: str, rest_width: int, lines: list[str]
) -> None:
    """Append the lines of ``chunk`` to ``lines``: each line takes as many words as fit, a
    word wider than a line is cut. A line's first word is written without a space before it,
    and a word of no width (a lone combining mark) does not count as one."""
    words = chunk.split()
    count = len(words)
    narrow = chunk.isascii() or _NOT_ONE_COLUMN.search(chunk) is None
    widths = list(map(len if narrow else _word_width, words))
    # ends[k]: the columns words[0:k] take with one space after each. The words i..j-1 fit
    # after a line's ``used`` columns when used + ends[j] - ends[i] <= width (the space
    # before each counted): a binary search finds how many, instead of a step per word.
    ends = [0, *map(operator.add, itertools.accumulate(widths), range(1, count + 1))]
    line, used, has_word = prefix, display_width(prefix), False
    i = 0
    while i < count:
        if has_word:
            j = max(bisect.bisect_right(ends, width - used + ends[i], i) - 1, i)
            if j > i:
                line += " " + " ".join(words[i:j])
                used += ends[j] - ends[i]
                i = j
                if i == count:
                    break
            lines.append(line)
            line, used, has_word = rest, rest_width, False
        word, w = words[i], widths[i]
        i += 1
        if w <= width - used:
            line += word
            used += w
            has_word = w > 0
            continue
        available = max(width - used, 1)
        pieces = _cut(word, available) if w > available else [word]
        for piece in pieces[:-1]:
            lines.append(line + piece)
            line, used = rest, rest_width
        last = display_width(pieces[-1])
        line += pieces[-1]
        used += last
        has_word = last > 0
    lines.append(line.rstrip() if line.strip() else "")


def _align(text: str, width: int, align: Align) -> str:
    gap = max(width - display_width(text), 0)
    if align == "center":
        left = gap // 2
        return " " * left + text + " " * (gap - left)
    if align == "right":
        return " " * gap + text
    return text + " " * gap


def _centered(lines: Iterable[str], width: int) -> list[str]:
    out: list[str] = []
    for line in lines:
        if "\n" not in line and display_width(line) <= width:
            # As typed: a draft's blanks (``Số     -BC/HU``) must not collapse.
            out.append(_align(line, width, "center").rstrip())
        else:
            out.extend(_align(piece, width, "center").rstrip() for piece in wrap(line, width))
    return out


def _names(names: Iterable[str], width: int) -> list[str]:
    """Names centred in ``width`` columns, each broken at even places if it needs more lines."""
    lines: list[str] = []
    for name in names:
        lines.extend(balanced_lines(name, width, display_width) or [""])
    return _centered(lines, width)


def _columns(left: list[str], right: list[str], left_width: int, gap: int = 2) -> list[str]:
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    pad = " " * gap
    return [
        (_align(a, left_width, "left") + pad + b).rstrip()
        for a, b in zip(left, right, strict=True)
    ]


@attrs.frozen(kw_only=True)
class TextRenderer:
    """Plain text, UTF-8.

    ``width`` is the line width in columns (at least 40); ``table_style`` draws tables with
    box-drawing characters or plain ASCII; ``recipients_separator`` ends each recipient but the
    last.
    """

    name: ClassVar[str] = "text"
    suffixes: ClassVar[tuple[str, ...]] = (".txt",)
    media_type: ClassVar[str] = "text/plain; charset=utf-8"

    width: int = attrs.field(default=80)
    table_style: Literal["box", "plain"] = "box"
    recipients_separator: Literal[",", ";"] = ","

    @width.validator
    def _check_width(self, _: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 40 <= value <= 1000:
            raise ValueError(f"width must be a whole number from 40 to 1000 (got {value!r})")

    def write(self, document: Document, stream: BinaryIO) -> None:
        """Write ``document`` as UTF-8 text to ``stream``."""
        stream.write(self.render_text(document).encode("utf-8"))

    def render_text(self, document: Document) -> str:
        """Return ``document`` as a string."""
        out: list[str] = []
        if document.draft:
            out.append(_align(f"[{DRAFT_MARK}]", self.width, "right"))
        if document.header is not None:
            out += self._header(document.header)
            out.append("")
        out += self._title(document.title)
        out.append("")
        out += self._body(document.body)
        if document.closing is not None:
            out.append("")
            out += self._closing(document.closing)
        for annex in document.annexes:
            out += self._annex(annex)
        return "\n".join(out).rstrip("\n") + "\n"

    # ---------------------------------------------------------------------------------------

    def _header(self, header: Header) -> list[str]:
        left_width = max(self.width * 2 // 5, 20)
        right_width = self.width - left_width - 2
        left = [
            *_names([upper(header.superior_body), upper(header.issuing_body)], left_width),
            *_centered(["*", header.code_line], left_width),
        ]
        rule_char = "─" if self.table_style == "box" else "-"
        party_title = upper(header.party_title)
        rule = rule_char * min(display_width(party_title), right_width)
        right = [*_names([party_title], right_width),
                 *_centered([rule, header.place_date], right_width)]
        return _columns(left, right, left_width)

    def _title(self, title: Title) -> list[str]:
        lines = [upper(title.doc_type), *title.subject]
        if title.note:
            lines.append(title.note)
        if title.separator:
            lines.append(title.separator)
        return _centered(lines, self.width)

    def _body(self, nodes: Iterable[Node]) -> list[str]:
        out: list[str] = []
        for node in nodes:
            if isinstance(node, Heading):
                if out:
                    out.append("")
                out += wrap(heading_text(node.level, node.text), self.width)
            elif isinstance(node, Para):
                if node.align in ("center", "right"):
                    out += [
                        _align(line, self.width, node.align).rstrip()
                        for line in wrap(node.text, self.width)
                    ]
                else:
                    out += wrap(node.text, self.width, _INDENT if node.indent else "")
            elif isinstance(node, BulletItem):
                lead = _INDENT if node.marker == "-" else _INDENT + "  "
                out += wrap(node.full_text, self.width, lead, lead + "  ")
            elif isinstance(node, Table):
                out += self._table(node)
            else:
                assert_never(node)
        return out

    def _table(self, table: Table) -> list[str]:
        n = len(table.header)
        inner = self.width - (n + 1) - 2 * n
        total = sum(table.widths) or 1.0
        shares = [max(int(inner * w / total), 3) for w in table.widths]
        widths = _fit_words(shares, _longest_words(table))
        box = self.table_style == "box"
        h, v, cross = ("─", "│", "┼") if box else ("-", "|", "+")
        corners = (
            ("┌", "┬", "┐", "├", "┤", "└", "┴", "┘")
            if box
            else ("+", "+", "+", "+", "+", "+", "+", "+")
        )

        def rule(left: str, mid: str, right: str) -> str:
            return left + mid.join(h * (w + 2) for w in widths) + right

        def row(cells: tuple[str, ...], aligns: tuple[Align, ...]) -> list[str]:
            wrapped = [wrap(cell, w) or [""] for cell, w in zip(cells, widths, strict=True)]
            height = max(map(len, wrapped))
            # Each cell's lines aligned in its column, blank lines below the shorter cells.
            columns = [
                [
                    " " + _align(text, w, "left" if a == "justify" else a) + " "
                    for text in cell
                ] + [" " * (w + 2)] * (height - len(cell))
                for cell, w, a in zip(wrapped, widths, aligns, strict=True)
            ]
            return [v + v.join(parts) + v for parts in zip(*columns, strict=True)]

        out = []
        if table.caption:
            out += wrap(table.caption, self.width)
        out.append(rule(corners[0], corners[1], corners[2]))
        centre: Align = "center"
        header_align = (centre,) * n
        out += row(table.header, header_align)
        out.append(rule(corners[3], cross, corners[4]))
        for cells in table.rows:
            out += row(cells, table.align)
        out.append(rule(corners[5], corners[6], corners[7]))
        return out

    def _closing(self, closing: Closing) -> list[str]:
        left_width = max(self.width * 2 // 5, 20)
        right_width = self.width - left_width - 2
        # The label even before any recipient is given: the place to fill in, in every format.
        left = [closing.recipients_label]
        for entry in punctuate_recipients(closing.recipients, self.recipients_separator):
            left += wrap(entry, left_width, "", "  ")
        right: list[str] = []
        if closing.has_signature:
            right = _names([upper(closing.authority), upper(closing.position)], right_width)
            right += [""] * _SIGNATURE_SPACE
            right += _names([closing.name], right_width)
        return _columns(left, right, left_width)

    def _annex(self, annex: Annex) -> list[str]:
        out = ["", ""]
        out.append(_align(annex.label, self.width, "right").rstrip())
        out += _centered([annex.title, *([annex.note] if annex.note else [])], self.width)
        out.append("")
        out += self._body(annex.body)
        return out


def _longest_words(table: Table) -> list[int]:
    """Each column's longest word (header included), in characters."""
    longest = [0] * len(table.header)
    for row in (table.header, *table.rows):
        for index, cell in enumerate(row):
            longest[index] = max(longest[index], 0, *map(len, cell.split()))
    return longest


def _fit_words(widths: list[int], longest: list[int]) -> list[int]:
    """Widen the columns narrower than their longest word (``người`` must not print as
    ``ngườ``/``i``), taking the characters from the columns with the most room to spare. If
    the words cannot all fit, the shares stay as they are and long words are cut."""
    out = list(widths)
    short = sum(max(m - w, 0) for w, m in zip(out, longest, strict=True))
    spare = sum(max(w - m, 0) for w, m in zip(out, longest, strict=True))
    if short == 0 or spare < short:
        return out
    out = [max(w, m) for w, m in zip(out, longest, strict=True)]
    for _ in range(short):
        roomiest = max(range(len(out)), key=lambda i: out[i] - longest[i])
        out[roomiest] -= 1
    return out
