"""The units' values of every figure, side by side: :func:`compare`.

One :class:`FigureComparison` per figure some unit reported, in the outline's order: the
typed figures of each item, the number of documents it lists, the result of each target
(B.II.1) and each extra figure. Its ``values`` follow :attr:`AggregateResult.names
<kl224.rollup.AggregateResult.names>` (the units' order of the roll-up), and its ``total`` is
the roll-up's value (None where the values cannot be combined: rates, percentages without
their counts, a target some unit left blank). The comparison annex and the comparison sheet of
a workbook are both drawn from it.

Targets are matched on their indicator *and* their unit (normalised), so an indicator one unit
measures in ``%`` and another in ``xã`` gives two figures, each with its own unit.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Literal

import attrs

from kl224 import outline
from kl224.model.figures import figure_fields, is_reported, resolve
from kl224.model.report import Report
from kl224.model.values import ExtraFigure, FigureKind, Target
from kl224.rollup.core import AggregateResult
from kl224.rollup.values import is_rate, normalise

__all__ = ["ComparisonKind", "FigureComparison", "compare"]

ComparisonKind = FigureKind | Literal["target", "extra"]
"""A figure's kind, or ``target`` (a target's result) or ``extra`` (an extra figure); the
values of ``documents`` are numbers of documents, those of ``target`` and ``extra`` Decimals."""


@attrs.frozen(kw_only=True)
class FigureComparison:
    """One figure across the units of a roll-up.

    ``item`` is the outline key (``B.II.2``); ``pointer`` the figure's place in a unit's
    report (``/tasks/propaganda/news_items``; for targets and extra figures the list that
    holds them). ``values`` holds each unit's value in the roll-up's order, None where the
    unit did not report it; ``total`` is the combined value, None where the values cannot be
    combined (``combinable`` False) or no unit gave one. Money stays in đồng here.
    """

    item: str
    pointer: str
    label: str
    unit: str
    kind: ComparisonKind
    values: tuple[Any, ...]
    total: Any
    combinable: bool = True

    @property
    def reported(self) -> int:
        """How many units reported this figure."""
        return sum(v is not None for v in self.values)


def _lookup(report: Report, pointer: str) -> Any:
    try:
        return resolve(report, pointer)
    except KeyError:
        # Inside a part answered "not applicable" or left unanswered.
        return None


def _figures(result: AggregateResult, key: str, path: str, cls: type) -> Iterator[FigureComparison]:
    for field in figure_fields(cls):
        pointer = path + field.pointer
        info = field.info
        if info.kind == "targets":
            yield from _targets(result, key, pointer)
            continue
        values = [_lookup(r, pointer) for r in result.sources]
        if not any(is_reported(v) for v in values):
            continue
        if info.kind == "documents":
            counts = tuple(len(v) if v else None for v in values)
            total = sum(c for c in counts if c is not None)
            yield FigureComparison(
                item=key, pointer=pointer, label=info.label, unit=info.unit,
                kind="documents", values=counts, total=total,
            )
            continue
        total = _lookup(result.report, pointer)
        yield FigureComparison(
            item=key, pointer=pointer, label=info.label, unit=info.unit, kind=info.kind,
            values=tuple(values), total=total,
            combinable=total is not None or not any(v is not None for v in values),
        )


def _targets(result: AggregateResult, key: str, pointer: str) -> Iterator[FigureComparison]:
    groups: dict[tuple[str, str], tuple[Target, dict[int, Target]]] = {}
    for index, report in enumerate(result.sources):
        targets: tuple[Target, ...] = _lookup(report, pointer) or ()
        for target in targets:
            group_key = (normalise(target.indicator), normalise(target.unit))
            _, by_unit = groups.setdefault(group_key, (target, {}))
            by_unit.setdefault(index, target)
    units = len(result.sources)
    for first, by_unit in groups.values():
        values = tuple(by_unit[i].result if i in by_unit else None for i in range(units))
        rate = is_rate(first.indicator, first.unit)
        given = [v for v in values if v is not None]
        complete = all(t.result is not None for t in by_unit.values())
        total = sum(given, Decimal(0)) if given and complete and not rate else None
        yield FigureComparison(
            item=key, pointer=pointer, label=f"Kết quả chỉ tiêu: {first.indicator}",
            unit=first.unit, kind="target", values=values, total=total,
            combinable=not rate and complete,
        )


def _extras(result: AggregateResult, key: str, path: str) -> Iterator[FigureComparison]:
    units = len(result.sources)
    groups: dict[tuple[str, str], tuple[ExtraFigure, dict[int, Decimal]]] = {}
    for index, report in enumerate(result.sources):
        extras: tuple[ExtraFigure, ...] = _lookup(report, path + "/extra_figures") or ()
        for extra in extras:
            group_key = (normalise(extra.label), normalise(extra.unit))
            _, by_unit = groups.setdefault(group_key, (extra, {}))
            by_unit.setdefault(index, extra.value)
    for first, by_unit in groups.values():
        values = tuple(by_unit.get(i) for i in range(units))
        rate = is_rate(first.label, first.unit)
        total = None if rate else sum(by_unit.values(), Decimal(0))
        yield FigureComparison(
            item=key, pointer=path + "/extra_figures", label=first.label, unit=first.unit,
            kind="extra", values=values, total=total, combinable=not rate,
        )


def compare(result: AggregateResult) -> tuple[FigureComparison, ...]:
    """Every figure some unit of ``result`` reported, unit by unit, in the outline's order
    (see the module's description)."""
    out: list[FigureComparison] = []
    for node in outline.items():
        cls = type(resolve(result.report, node.path))
        out += _figures(result, node.key, node.path, cls)
        out += _extras(result, node.key, node.path)
    return tuple(out)
