"""The blocks of a Party document that are not running text: the first-page header, the title
block and the closing block (recipients and signature).

The header and the closing block are borderless two-column tables of one row, each column a
stack of paragraphs laid out on its own: the rule stays right under ĐẢNG CỘNG SẢN VIỆT NAM and
the date right under the rule however many lines the issuing body's names take on the left.
Names too wide for their column break at even places (:meth:`Typesetter.name`).

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import re
from typing import Any

from kl224.document.nodes import Closing, Header, Title, punctuate_recipients
from kl224.renderers.page import SIZES, SPACING, upper
from kl224.renderers.pdf.measures import (
    CLOSING_COLUMNS,
    FRAME_H,
    FRAME_W,
    HEADER_COLUMNS,
    RULE,
    SIGNATURE_SPACE,
    leading,
)
from kl224.renderers.pdf.styles import string_width, zero_padding
from kl224.renderers.pdf.typeset import Typesetter

__all__ = ["closing_block", "header_block", "keep_gaps", "title_block"]


def keep_gaps(text: str) -> str:
    """Keep the blanks a draft leaves for the number and the date (``Số     -BC/HU``):
    paragraphs collapse runs of spaces, so all but the first become no-break spaces."""
    return re.sub(r"(?<= ) +", lambda m: "\u00a0" * len(m.group()), text)


def header_block(ts: Typesetter, header: Header) -> list[Any]:
    """The first-page header: the issuing body on the left, the party title, its rule and the
    place and date on the right, each column stacked independently."""
    from reportlab.lib.colors import black
    from reportlab.platypus import HRFlowable

    from kl224.renderers.pdf.fonts import BOLD

    left_width, right_width = HEADER_COLUMNS
    regular = ts.style(size=SIZES.header)
    left = [
        *ts.name(upper(header.superior_body), regular, left_width),
        *ts.name(upper(header.issuing_body), ts.style(size=SIZES.header, bold=True), left_width),
        ts.para("*", regular),
        *ts.cell(keep_gaps(header.code_line), regular, left_width),
    ]
    title_style = ts.style(size=SIZES.party_title, bold=True)
    party = ts.name(upper(header.party_title), title_style, right_width)
    # The rule is as long as the party title, as the format guide asks.
    widest = string_width(" ".join(upper(header.party_title).split()), BOLD, SIZES.party_title)
    rule = HRFlowable(width=min(right_width, widest), thickness=RULE, color=black,
                      lineCap="butt", spaceBefore=2, spaceAfter=0, hAlign="CENTER")
    place_date = ts.cell(keep_gaps(header.place_date),
                         ts.style(size=SIZES.header, italic=True,
                                  space_before=SPACING.place_date_before), right_width)
    right = [*party, rule, *place_date]
    return _columns(left, right, HEADER_COLUMNS, FRAME_H / 2, right_first=False)


def title_block(ts: Typesetter, title: Title) -> list[Any]:
    """BÁO CÁO, the subject lines, an optional note and the ``-----`` separator."""
    lines: list[tuple[str, float, bool, bool]] = [(upper(title.doc_type), SIZES.doc_type, True,
                                                   False)]
    lines.extend((line, SIZES.subject, True, False) for line in title.subject)
    if title.note:
        lines.append((title.note, SIZES.subject, False, True))
    if title.separator:
        lines.append((title.separator, SIZES.subject, False, False))
    # The space under the block belongs to its last line, so that the first heading's own
    # space before it merges with it (the larger wins) rather than adding up.
    last = len(lines) - 1
    return [
        ts.para(text, ts.style(size=size, bold=bold, italic=italic,
                               space_before=SPACING.title_before if index == 0 else 0.0,
                               space_after=SPACING.separator_after if index == last else 0.0))
        for index, (text, size, bold, italic) in enumerate(lines)
    ]


def closing_block(ts: Typesetter, closing: Closing) -> list[Any]:
    """The recipients on the left and the signature on the right, as one flowable that never
    splits (or, if absurdly long, its paragraphs one under another).

    The label "Nơi nhận:" is printed even when no recipient is given yet, as in every format:
    like the blank number and date of a draft, it is the place to fill in.
    """
    from reportlab.platypus import Spacer

    entries = punctuate_recipients(closing.recipients, ts.options.recipients_separator)
    left_width, right_width = CLOSING_COLUMNS
    signature_bold = ts.style(size=SIZES.signature, bold=True)
    left: list[Any] = []
    right: list[Any] = []
    # The label sits level with the position line, one line under the authority.
    if closing.authority:
        left.append(Spacer(1, leading(SIZES.signature)))
    left.extend(ts.cell(closing.recipients_label,
                        ts.style(size=SIZES.recipients_label, align="left"), left_width,
                        underline=True))
    entry_style = ts.style(size=SIZES.recipients, align="left")
    for entry in entries:
        left.extend(ts.cell(entry, entry_style, left_width))
    if closing.authority:
        right.extend(ts.name(upper(closing.authority), signature_bold, right_width))
    if closing.position:
        right.extend(ts.name(upper(closing.position), ts.style(size=SIZES.signature),
                             right_width))
    if closing.has_signature:
        right.append(Spacer(1, SIGNATURE_SPACE))
    if closing.name:
        right.extend(ts.name(closing.name, signature_bold, right_width))
    return [_space(SPACING.paragraph_before),
            *_columns(left, right, CLOSING_COLUMNS, FRAME_H, right_first=True)]


def _space(height: float) -> Any:
    from reportlab.platypus import Spacer

    return Spacer(1, height)


def _columns(left: list[Any], right: list[Any], widths: tuple[float, ...], limit: float, *,
             right_first: bool) -> list[Any]:
    """A borderless table of one row holding ``left`` and ``right`` side by side, top-aligned;
    if it would be taller than ``limit``, the paragraphs one under another instead (the right
    column's first if ``right_first``: the signature before the recipients).

    A layout table's single row cannot break across pages cheaply (reportlab re-lays the whole
    row on every page), so absurdly long header or closing text falls back to a plain stack,
    which splits like body text.
    """
    from reportlab.platypus import Table

    table = Table([[left or "", right or ""]], colWidths=list(widths), hAlign="LEFT")
    table.setStyle([*zero_padding(), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    _, height = table.wrap(FRAME_W, FRAME_H)
    if height <= limit:
        return [table]
    return [*right, *left] if right_first else [*left, *right]
