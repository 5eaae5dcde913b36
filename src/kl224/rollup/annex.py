"""The comparison annex: the units' figures, item by item, in tables that fit any number of units.

"Phụ lục 2" of an aggregate document holds, for each outline item with figures, one table —
TT | Đơn vị | that item's figures — with one row per unit (in the roll-up's order, Vietnamese
alphabetical unless the caller chose another) and a last row ``Tổng cộng``. The table grows
down, never across: forty or four hundred units only make it longer, and its header row repeats
on every page. An item with more than :data:`FIGURES_PER_TABLE` figures is shown in several
tables of at most that many figure columns, so every column keeps the width of its widest
number (``12.345/13.280``) on a portrait page in 13 pt.

A blank cell (``–``) is a figure the unit did not report; a blank total is a figure that cannot
be combined (a rate, a percentage without its counts). Amounts of money are written in millions
of đồng (``triệu đồng``, exactly, as statistical tables do).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from kl224 import outline
from kl224.document.build import figure_cell
from kl224.document.nodes import Align, Annex, Document, Para, Table, UnitReport
from kl224.rollup.compare import FigureComparison, compare
from kl224.rollup.core import AggregateResult
from kl224.text.format import format_document_citation, format_number, upper_vi

__all__ = [
    "ANNEX_LABEL",
    "ANNEX_TITLE",
    "FIGURES_PER_TABLE",
    "MONEY_UNIT",
    "build_aggregate_document",
    "cell",
    "comparison_annex",
    "comparison_tables",
]

ANNEX_LABEL: Final = "Phụ lục 2"
ANNEX_TITLE: Final = "SO SÁNH KẾT QUẢ THỰC HIỆN GIỮA CÁC ĐƠN VỊ"
_BLANK: Final = "–"
MONEY_UNIT: Final = "triệu đồng"
"""The unit money is written in (millions of đồng)."""
FIGURES_PER_TABLE: Final = 3
"""At most this many figure columns in one table.

On portrait A4 (165 mm of text) the row number takes 8% of the width and the unit's name 23%;
each of three figure columns then has 23%, about 107 pt, of which about 96 pt are inside the
cell's padding in Word and in the PDF. The widest unbreakable words of a cell in 13 pt — a
province's total ``12.345/13.280``, ``(87,9%)``, ``(DTTS:`` — then fit even where LibreOffice
has no Times New Roman and lays the DOCX out in the wider DejaVu Serif (about 95 pt for that
total); with four columns such a total breaks at its slash.
"""
_WIDTHS: Final = (0.08, 0.23)
_TOTAL_ROW: Final = "Tổng cộng"


def cell(value: object) -> str:
    """A value as the comparison table writes it: ``1.250``, ``12/13 (92,3%)``,
    ``42 (DTTS: 17)``, ``98,5%``, money in millions of đồng (``2.850`` for 2.850.000.000
    đồng, ``568,4`` for 568.400.000); ``–`` when not reported."""
    return figure_cell(value, money_in_millions=True)


def _cell(figure: FigureComparison, value: object) -> str:
    if value is None:
        return _BLANK
    if figure.kind in ("documents", "target", "extra"):
        text = format_number(value)  # type: ignore[arg-type]
        return f"{text}%" if figure.unit.strip() == "%" else text
    return cell(value)


def _heading(figure: FigureComparison) -> str:
    unit = MONEY_UNIT if figure.kind == "money" else figure.unit.strip()
    if not unit or (unit == "%" and figure.label.rstrip().endswith("%")):
        return figure.label
    return f"{figure.label} ({unit})"


def _chunks(figures: Sequence[FigureComparison]) -> list[Sequence[FigureComparison]]:
    size = FIGURES_PER_TABLE
    count = -(-len(figures) // size)
    # Even tables (4 figures: 2 + 2, not 3 + 1) read better than one nearly empty.
    per = -(-len(figures) // count) if count else size
    return [figures[i : i + per] for i in range(0, len(figures), per)]


def _table(result: AggregateResult, figures: Sequence[FigureComparison], caption: str) -> Table:
    rows: list[tuple[str, ...]] = []
    for index, name in enumerate(result.names):
        values = [_cell(f, f.values[index]) for f in figures]
        rows.append((str(index + 1), name, *values))
    totals = [_BLANK if f.total is None else _cell(f, f.total) for f in figures]
    rows.append(("", _TOTAL_ROW, *totals))
    share = (1 - sum(_WIDTHS)) / FIGURES_PER_TABLE
    right: tuple[Align, ...] = tuple("right" for _ in figures)
    return Table(
        header=("TT", "Đơn vị", *(_heading(f) for f in figures)),
        rows=tuple(rows),
        widths=(*_WIDTHS, *(share for _ in figures)),
        align=("center", "left", *right),
        caption=caption,
    )


def comparison_tables(result: AggregateResult) -> tuple[Table, ...]:
    """The comparison tables alone, item by item (see the module's description); each
    table's caption names its item, and ``(tiếp theo)`` marks an item's later tables."""
    by_item: dict[str, list[FigureComparison]] = {}
    for figure in compare(result):
        by_item.setdefault(figure.item, []).append(figure)
    tables: list[Table] = []
    for node in outline.items():
        figures = by_item.get(node.key)
        if not figures:
            continue
        chunks = _chunks(figures)
        for number, chunk in enumerate(chunks, start=1):
            caption = f"Mục {node.key}. {node.title}"
            if len(chunks) > 1:
                caption += f" (bảng {number}/{len(chunks)})"
            tables.append(_table(result, chunk, caption))
    return tuple(tables)


def comparison_annex(result: AggregateResult, *, label: str = ANNEX_LABEL) -> Annex:
    """The comparison of the units as an annex (``Phụ lục 2``), renderable in every format;
    its note cites the aggregate report and names how many units it combines."""
    meta = result.report.meta
    code = meta.code if meta.number is not None else ""
    cited = format_document_citation("Báo cáo", code, meta.date, meta.issuing_body)
    count = format_number(len(result.names)).rjust(2, "0")
    legend = Para(
        text=f"Mỗi bảng một mục của đề cương, mỗi dòng một đơn vị; dấu “{_BLANK}” là số liệu "
        f"đơn vị không báo cáo, hoặc tổng không cộng được (tỷ lệ); kinh phí tính bằng "
        f"{MONEY_UNIT}.",
        italic=True,
    )
    return Annex(
        label=label,
        title=upper_vi(ANNEX_TITLE),
        note=f"(Kèm theo {cited}; tổng hợp từ báo cáo của {count} đơn vị)",
        body=(legend, *comparison_tables(result)),
    )


def build_aggregate_document(result: AggregateResult) -> Document:
    """The provincial report of a roll-up: :func:`kl224.build_document` of its report (the
    summed figures and a draft synthesis under each item), then its annexes — the figures
    ("Phụ lục 1"), the comparison of the units, the units' own narratives item by item
    (:func:`~kl224.rollup.compendium_annex`) and the roll-up's findings grouped by severity
    (:func:`~kl224.rollup.findings_annex`)."""
    from kl224.document.build import build_document
    from kl224.rollup.compendium import compendium_annex, findings_annex

    document = build_document(result.report)
    annexes = list(document.annexes)
    annexes.append(comparison_annex(result, label=f"Phụ lục {len(annexes) + 1}"))
    annexes.append(compendium_annex(result, label=f"Phụ lục {len(annexes) + 1}"))
    if result.findings:
        annexes.append(findings_annex(result, label=f"Phụ lục {len(annexes) + 1}"))
    # The units' reports ride along for renderers of data (the workbook's comparison sheet).
    units = tuple(
        UnitReport(name=name, report=report)
        for name, report in zip(result.names, result.sources, strict=True)
    )
    return attrs.evolve(document, annexes=tuple(annexes), units=units)
