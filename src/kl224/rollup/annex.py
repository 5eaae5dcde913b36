"""The comparison annex: every figure some unit reported, unit by unit, with the total.

"Phụ lục 2" of an aggregate document is one table — TT | Nội dung | Đơn vị tính | one column
per unit | Tổng cộng — in the outline's order: each item's typed figures, the number of
documents it lists, the results of the targets (B.II.1) and the extra figures. A blank cell
("–") is a figure the unit did not report; a blank total is a figure that cannot be combined
(a rate kept per unit, a percentage without its counts). Amounts of money are written in
millions of đồng (``triệu đồng``, exactly, as statistical tables do): a sum in đồng such as
``22.800.000.000`` is wider than a unit's column, even on a landscape page.

With more than :data:`PORTRAIT_UNITS` units the annex asks for landscape pages
(:attr:`Annex.landscape <kl224.document.nodes.Annex.landscape>`), and the columns are shared
out for the landscape width; see :func:`is_wide`.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final

import attrs

from kl224 import outline
from kl224.document.build import figure_cell
from kl224.document.nodes import Align, Annex, Document, Table, UnitReport
from kl224.model.figures import figure_fields, is_reported, resolve
from kl224.model.report import Report
from kl224.model.values import ExtraFigure, Target
from kl224.rollup.core import AggregateResult
from kl224.rollup.targets import group_targets
from kl224.rollup.values import is_rate, normalise
from kl224.text.format import (
    format_document_citation,
    format_number,
    upper_vi,
)

__all__ = [
    "ANNEX_LABEL",
    "ANNEX_TITLE",
    "MONEY_UNIT",
    "PORTRAIT_UNITS",
    "build_aggregate_document",
    "cell",
    "column_names",
    "comparison_annex",
    "comparison_table",
    "is_wide",
]

ANNEX_LABEL: Final = "Phụ lục 2"
ANNEX_TITLE: Final = "SO SÁNH KẾT QUẢ THỰC HIỆN GIỮA CÁC ĐƠN VỊ"
_BLANK: Final = "–"
MONEY_UNIT: Final = "triệu đồng"
"""The unit money is written in (millions of đồng)."""
PORTRAIT_UNITS: Final = 4
"""Up to this many units the comparison table fits a portrait page; beyond it, landscape.

The widest words of a unit's column in 13 pt Times (``104/104``, ``(87,9%)``, ``(DTTS:``,
``17.350``) are about 43 pt. On portrait A4 (165 mm of text) a unit's column has 48 pt inside
its padding with four units but only 39 pt with five, so numbers would break inside. On a
landscape page (252 mm of text) with the landscape shares, eight units still leave 48 pt
inside the PDF's padding and 44 pt inside Word's, and the total 71 pt (``1.081/1.280``); more
than eight units get narrower columns again.
"""

Row = tuple[str, ...]


def _lookup(report: Report, pointer: str) -> Any:
    try:
        return resolve(report, pointer)
    except KeyError:
        # Inside a part answered "not applicable" or left unanswered.
        return None


def cell(value: object) -> str:
    """A value as the comparison table writes it: ``1.250``, ``12/13 (92,3%)``,
    ``42 (DTTS: 17)``, ``98,5%``, money in millions of đồng (``2.850`` for 2.850.000.000
    đồng, ``568,4`` for 568.400.000); ``–`` when not reported."""
    return figure_cell(value, money_in_millions=True)


def _figure_rows(result: AggregateResult, path: str, cls: type) -> Iterator[tuple[str, ...]]:
    for field in figure_fields(cls):
        pointer = path + field.pointer
        info = field.info
        if info.kind == "targets":
            yield from _target_rows(result, pointer)
            continue
        values = [_lookup(r, pointer) for r in result.sources]
        if not any(is_reported(v) for v in values):
            continue
        total = _lookup(result.report, pointer)
        if info.kind == "documents":
            cells = [format_number(len(v)) if v else _BLANK for v in values]
            yield (info.label, info.unit, *cells, format_number(len(total)))
        else:
            unit = MONEY_UNIT if info.kind == "money" else info.unit
            yield (info.label, unit, *(cell(v) for v in values), cell(total))


def _target_rows(result: AggregateResult, pointer: str) -> Iterator[tuple[str, ...]]:
    tables: list[tuple[Target, ...]] = [_lookup(r, pointer) or () for r in result.sources]
    for group in group_targets(list(zip(result.names, tables, strict=True))):
        by_unit: dict[str, Target] = {}
        for name, target in group.members:
            by_unit.setdefault(name, target)
        cells = []
        for name in result.names:
            row = by_unit.get(name)
            if row is None or row.result is None:
                cells.append(_BLANK)
                continue
            text = format_number(row.result)
            if normalise(row.unit) != normalise(group.unit):
                text = f"{text} {row.unit}"
            cells.append(text)
        total = group.total("result")
        label = f"Kết quả chỉ tiêu: {group.indicator}"
        yield (label, group.unit, *cells, _BLANK if total is None else format_number(total))


def _extra_rows(result: AggregateResult, path: str) -> Iterator[tuple[str, ...]]:
    units = len(result.sources)
    groups: dict[tuple[str, str], tuple[ExtraFigure, dict[int, ExtraFigure], list[Decimal]]] = {}
    for index, report in enumerate(result.sources):
        extras: tuple[ExtraFigure, ...] = _lookup(report, path + "/extra_figures") or ()
        for extra in extras:
            key = (normalise(extra.label), normalise(extra.unit))
            first, cells, values = groups.setdefault(key, (extra, {}, []))
            cells.setdefault(index, extra)
            values.append(extra.value)
    for first, cells, values in groups.values():
        row = [cell(cells[i].value) if i in cells else _BLANK for i in range(units)]
        total = _BLANK if is_rate(first.label, first.unit) else cell(sum(values, Decimal(0)))
        yield (first.label, first.unit, *row, total)


def is_wide(units: int) -> bool:
    """Whether a comparison of ``units`` units needs landscape pages: more than
    :data:`PORTRAIT_UNITS` of them (a table of more than eight columns)."""
    return units > PORTRAIT_UNITS


def comparison_table(result: AggregateResult, *, landscape: bool | None = None) -> Table:
    """The comparison table alone (see the module's description).

    ``landscape`` chooses the column shares for a landscape page (None: :func:`is_wide`).
    """
    rows: list[Row] = []
    for node in outline.items():
        cls = type(resolve(result.report, node.path))
        for row in (*_figure_rows(result, node.path, cls), *_extra_rows(result, node.path)):
            rows.append((str(len(rows) + 1), *row))
    units = len(result.names)
    if landscape is None:
        landscape = is_wide(units)
    right: tuple[Align, ...] = tuple("right" for _ in range(units))
    # Fixed shares of the width, so the row number and the label stay readable however many
    # units share the rest (a unit's column is 1/(n + k) of it, the total's k times that, k
    # being 1.2). A landscape page is half as wide again: the label needs a smaller share of
    # it, and the total, which sums up to eight units' counts, a larger one (k = 1.5).
    if landscape:
        fixed, total = (0.045, 0.16, 0.07), 1.5
    else:
        fixed, total = (0.05, 0.27, 0.08), 1.2
    share = (1 - sum(fixed)) / (units + total) if landscape else 0.60 / (units + total)
    return Table(
        header=("TT", "Nội dung", "Đơn vị tính", *column_names(result.names), "Tổng cộng"),
        rows=tuple(rows),
        widths=(*fixed, *(share,) * units, total * share),
        align=("center", "left", "center", *right, "right"),
    )


_COMMITTEE_WORDS: Final = ("huyện ủy", "thành ủy", "thị ủy", "tỉnh ủy", "quận ủy", "đảng ủy")
_FULL_NAMES_UP_TO: Final = 3


def column_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The units' column headings: their names, or with more than three units the names
    without the committee word (``Huyện ủy Tam Đường`` → ``Tam Đường``) so narrow columns
    stay legible — unless that would make two headings the same."""
    if len(names) <= _FULL_NAMES_UP_TO:
        return names
    short = []
    for name in names:
        words = name.split()
        head = " ".join(words[:2]).casefold()
        short.append(" ".join(words[2:]) if head in _COMMITTEE_WORDS and len(words) > 2 else name)
    return tuple(short) if len(set(short)) == len(short) else names


def comparison_annex(result: AggregateResult, *, label: str = ANNEX_LABEL) -> Annex:
    """The comparison of the units as an annex (``Phụ lục 2``), renderable in every format;
    its note cites the aggregate report and names the units it combines. With more than
    :data:`PORTRAIT_UNITS` units it is a landscape annex."""
    meta = result.report.meta
    code = meta.code if meta.number is not None else ""
    cited = format_document_citation("Báo cáo", code, meta.date, meta.issuing_body)
    count = format_number(len(result.names)).rjust(2, "0")
    wide = is_wide(len(result.names))
    return Annex(
        label=label,
        title=upper_vi(ANNEX_TITLE),
        note=f"(Kèm theo {cited}; tổng hợp từ báo cáo của {count} đơn vị)",
        body=(comparison_table(result, landscape=wide),),
        landscape=wide,
    )


def build_aggregate_document(result: AggregateResult) -> Document:
    """The aggregate report laid out by :func:`kl224.build_document`, with the comparison
    annex after its own "Phụ lục 1"."""
    from kl224.document.build import build_document

    document = build_document(result.report)
    label = f"Phụ lục {len(document.annexes) + 1}"
    annex = comparison_annex(result, label=label)
    units = tuple(
        UnitReport(name=name, report=report)
        for name, report in zip(result.names, result.sources, strict=True)
    )
    return attrs.evolve(document, annexes=(*document.annexes, annex), units=units)
