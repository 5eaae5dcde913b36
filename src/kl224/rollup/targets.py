"""Targets across units: matched by indicator, summed only where summing means something.

Rows of the units' target tables are grouped by their normalised indicator text. A group whose
rows share a unit that counts things (``người``, ``xã``) becomes one row with the targets and
the results summed. A group of rates (``%``) or averages is kept as one row per unit: summing
rates is wrong and averaging them ignores how large each unit is. A group whose units differ
is kept per unit too, with a finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

import attrs

from kl224.model.values import Target
from kl224.rollup.values import is_rate, normalise

__all__ = ["Mode", "TargetGroup", "group_targets", "kept_per_unit", "per_unit_rows", "summed_row"]

Mode = Literal["sum", "rate", "mismatch"]
"""How a group is combined: summed, or kept per unit because it is a rate or its units differ."""


@attrs.frozen(kw_only=True)
class TargetGroup:
    """The rows of one indicator across units, in input order, and how they combine."""

    indicator: str
    unit: str
    members: tuple[tuple[str, Target], ...]
    mode: Mode

    def column_gaps(self, column: Literal["target", "result"]) -> tuple[str, ...]:
        """The units whose row leaves ``column`` blank."""
        return tuple(name for name, t in self.members if getattr(t, column) is None)

    def total(self, column: Literal["target", "result"]) -> Decimal | None:
        """The sum of ``column`` for a summed group whose every row states it; else None."""
        if self.mode != "sum" or self.column_gaps(column):
            return None
        values = [getattr(t, column) for _, t in self.members]
        return sum(values, Decimal(0))


def group_targets(values: Sequence[tuple[str, Sequence[Target]]]) -> list[TargetGroup]:
    """Group the units' targets by indicator, in order of first appearance."""
    groups: dict[str, list[tuple[str, Target]]] = {}
    for name, targets in values:
        for target in targets:
            groups.setdefault(normalise(target.indicator), []).append((name, target))
    out = []
    for members in groups.values():
        first = members[0][1]
        mode: Mode
        if len({normalise(t.unit) for _, t in members}) > 1:
            mode = "mismatch"
        elif is_rate(first.indicator, first.unit):
            mode = "rate"
        else:
            mode = "sum"
        out.append(
            TargetGroup(
                indicator=first.indicator, unit=first.unit, members=tuple(members), mode=mode
            )
        )
    return out


def per_unit_rows(group: TargetGroup) -> list[Target]:
    """One row per unit, the unit's name after the indicator, its own note kept."""
    return [attrs.evolve(t, indicator=f"{t.indicator} ({name})") for name, t in group.members]


def summed_row(group: TargetGroup, units: int) -> Target:
    """The summed row of a ``sum`` group; ``units`` is how many units were combined, so the
    note can say when only some of them have this indicator."""
    names = [name for name, _ in group.members]
    note = ""
    if len(names) < units:
        note = f"Tổng hợp của {len(names)}/{units} đơn vị ({', '.join(names)})"
    return Target(
        indicator=group.indicator,
        unit=group.unit,
        target=group.total("target"),
        result=group.total("result"),
        note=note,
    )


def kept_per_unit(group: TargetGroup, units: int) -> Target:
    """The one row of a group kept per unit (a rate, or units that differ): the target if
    every unit has the same one, no result, and a note saying where each unit's result is."""
    targets = {t.target for _, t in group.members}
    common = targets.pop() if len(targets) == 1 else None
    why = "tỷ lệ, không cộng" if group.mode == "rate" else "các đơn vị dùng đơn vị tính khác nhau"
    return Target(
        indicator=group.indicator,
        unit=group.unit if group.mode == "rate" else "",
        target=common if group.mode == "rate" else None,
        result=None,
        note=f"{len(group.members)}/{units} đơn vị có chỉ tiêu này ({why}); kết quả từng đơn "
        "vị tại phụ lục so sánh",
    )
