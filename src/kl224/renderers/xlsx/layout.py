"""What the figures workbook holds, row by row — shared by its writer and its reader.

Nothing here imports openpyxl: it turns a report into rows of plain numbers (and back into the
JSON form), so the workbook's layout is defined once and both directions follow it.

Every row of the ``Số liệu`` sheet holds **one number** with the JSON Pointer of that number in
the report's JSON form: a count (``/tasks/propaganda/news_items``), an amount in đồng
(``/tasks/facilities/equipment_investment``), each side of a ratio (``…/communes/part`` and
``…/communes/whole``), a headcount and its ethnic-minority part (``…/lecturers/total`` and
``…/lecturers/ethnic_minority``), a percentage stated alone, and the value of each
extra figure (``…/extra_figures/0/value``). Lists of documents are not numbers and stay in the
report; the targets of B.II.1 have a sheet of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final, Literal

import attrs

from kl224 import outline
from kl224.model.figures import figure_fields, resolve
from kl224.model.report import LEVEL_NAMES, Report, ReportMeta
from kl224.model.values import ExtraFigure, FigureInfo, Target

__all__ = [
    "COMPARISON_SHEET",
    "COMPLETENESS_SHEET",
    "DATA_SHEET",
    "FIGURES_SHEET",
    "META_FIELDS",
    "META_SHEET",
    "TARGETS_SHEET",
    "TARGET_ROWS",
    "FigureRow",
    "MetaField",
    "NumberKind",
    "comparison_columns",
    "delete_at",
    "figure_rows",
    "item_of",
    "level_of",
    "lookup",
    "meta_value",
    "set_at",
    "target_rows",
]

FIGURES_SHEET: Final = "Số liệu"
TARGETS_SHEET: Final = "Chỉ tiêu"
COMPLETENESS_SHEET: Final = "Mức độ hoàn thành"
META_SHEET: Final = "Thông tin chung"
COMPARISON_SHEET: Final = "So sánh đơn vị"
DATA_SHEET: Final = "kl224"
"""The very hidden sheet holding the report's JSON (see :mod:`._embedded`)."""

TARGET_ROWS: Final = 15
"""Empty rows of the targets sheet in a blank workbook (more may be added below them)."""

NumberKind = Literal["whole", "decimal", "percent"]
"""What a cell takes: a whole number ≥ 0, a number ≥ 0, or a percentage 0–100."""


@attrs.frozen(kw_only=True)
class FigureRow:
    """One row of the figures sheet: the item (``B.II.2``), label and unit as printed, the
    pointer of the number in the report's JSON form, what kind of number it takes, and the
    report's value (None when not reported). ``extra`` marks an extra figure, whose label and
    unit are read back too; ``inner`` names the model attribute holding the number when the
    JSON form writes an object as a bare number (``Money.dong``, ``Percent.value``);
    ``figure`` is the pointer of the figure the number belongs to (a ratio's, for its part
    and its whole)."""

    item: str
    label: str
    unit: str
    pointer: str
    number: NumberKind
    value: int | Decimal | None
    extra: bool = False
    inner: str = ""
    figure: str = ""

    def value_in(self, report: Report) -> int | Decimal | None:
        """This row's number in another report (None when not reported, or inside a part
        answered "not applicable")."""
        value: Any = report
        # Plain attribute steps: the pointer is one of this module's, so no step needs the
        # checks of resolve(), which cost most of a roll-up's comparison.
        for step in (*self.pointer[1:].split("/"), *((self.inner,) if self.inner else ())):
            value = getattr(value, step, None)
            if value is None:
                return None
        return value if isinstance(value, int | Decimal) and not isinstance(value, bool) else None


def lookup(report: Report, pointer: str) -> Any:
    """The model value at ``pointer``, or None inside a part answered "not applicable" or
    left unanswered."""
    try:
        return resolve(report, pointer)
    except KeyError:
        return None


# The classes of every item, whatever a report answered ("not applicable" has no figures).
_BLANK: Final = Report(meta=ReportMeta())

_ITEM_PATHS: Final = tuple(
    sorted(((n.path, n.key) for n in outline.items() if n.path), key=lambda p: -len(p[0]))
)


def item_of(pointer: str) -> str:
    """The key of the outline item a pointer lies in (``/tasks/propaganda/…`` → ``B.II.2``)."""
    for path, key in _ITEM_PATHS:
        if pointer == path or pointer.startswith(path + "/"):
            return key
    return ""


def _attr(obj: Any, name: str) -> Any:
    return None if obj is None else getattr(obj, name)


def _scalar_rows(item: str, pointer: str, info: FigureInfo, value: Any) -> Iterator[FigureRow]:
    label, unit = info.label, info.unit
    if info.kind == "count":
        yield FigureRow(item=item, label=label, unit=unit, pointer=pointer, number="whole",
                        value=value)
    elif info.kind == "money":
        yield FigureRow(item=item, label=label, unit="đồng", pointer=pointer, number="whole",
                        value=_attr(value, "dong"), inner="dong")
    elif info.kind == "ratio":
        yield FigureRow(item=item, label=f"{label}: số đạt", unit=unit,
                        pointer=pointer + "/part", number="whole", value=_attr(value, "part"),
                        figure=pointer)
        yield FigureRow(item=item, label=f"{label}: tổng số", unit=unit,
                        pointer=pointer + "/whole", number="whole", value=_attr(value, "whole"),
                        figure=pointer)
    elif info.kind == "headcount":
        yield FigureRow(item=item, label=label, unit=unit, pointer=pointer + "/total",
                        number="whole", value=_attr(value, "total"), figure=pointer)
        yield FigureRow(item=item, label=f"{label}: trong đó người dân tộc thiểu số", unit=unit,
                        pointer=pointer + "/ethnic_minority", number="whole",
                        value=_attr(value, "ethnic_minority"), figure=pointer)
    elif info.kind == "percent":
        yield FigureRow(item=item, label=label, unit="%", pointer=pointer, number="percent",
                        value=_attr(value, "value"), inner="value")
    # "documents" are citations, not numbers; "targets" have their own sheet.


def figure_rows(report: Report | None) -> tuple[FigureRow, ...]:
    """Every row of the figures sheet for ``report`` (None: the blank workbook), in the
    outline's order: each item's typed figures, then its extra figures."""
    rows: list[FigureRow] = []
    for node in outline.items():
        item: type = type(resolve(_BLANK, node.path))
        for field in figure_fields(item):
            pointer = node.path + field.pointer
            value = lookup(report, pointer) if report is not None else None
            rows.extend(_scalar_rows(node.key, pointer, field.info, value))
        extras: tuple[ExtraFigure, ...] = ()
        if report is not None:
            extras = lookup(report, node.path + "/extra_figures") or ()
        for index, extra in enumerate(extras):
            rows.append(
                FigureRow(item=node.key, label=extra.label, unit=extra.unit,
                          pointer=f"{node.path}/extra_figures/{index}/value", number="decimal",
                          value=extra.value, extra=True)
            )
    return tuple(rows)


def target_rows(report: Report | None) -> tuple[tuple[str, Target | None], ...]:
    """The rows of the targets sheet: each target's pointer and the target, then empty rows
    up to :data:`TARGET_ROWS` (none when the report has that many already)."""
    targets: tuple[Target, ...] = ()
    if report is not None:
        targets = lookup(report, "/tasks/objectives/targets") or ()
    rows: list[tuple[str, Target | None]] = [
        (f"/tasks/objectives/targets/{i}", t) for i, t in enumerate(targets)
    ]
    for index in range(len(rows), TARGET_ROWS):
        rows.append((f"/tasks/objectives/targets/{index}", None))
    return tuple(rows)


@attrs.frozen(kw_only=True)
class MetaField:
    """A field of the meta sheet: its label, its pointer into the report and its kind."""

    label: str
    pointer: str
    kind: Literal["text", "whole", "date", "symbol", "level"]


META_FIELDS: Final = (
    MetaField(label="Cấp báo cáo (cấp tỉnh, cấp huyện hoặc cấp xã)", pointer="/meta/level",
              kind="level"),
    MetaField(label="Cấp ủy cấp trên", pointer="/meta/superior_body", kind="text"),
    MetaField(label="Cấp ủy ban hành báo cáo", pointer="/meta/issuing_body", kind="text"),
    MetaField(label="Số báo cáo", pointer="/meta/number", kind="whole"),
    MetaField(label="Ký hiệu (ví dụ BC/HU, BC/ĐU)", pointer="/meta/symbol", kind="symbol"),
    MetaField(label="Địa danh", pointer="/meta/place", kind="text"),
    MetaField(label="Ngày báo cáo", pointer="/meta/date", kind="date"),
    MetaField(label="Kỳ báo cáo: từ ngày", pointer="/meta/period/start", kind="date"),
    MetaField(label="Kỳ báo cáo: đến ngày", pointer="/meta/period/end", kind="date"),
    MetaField(label="Số xã, phường, thị trấn", pointer="/meta/communes", kind="whole"),
    MetaField(label="Số thôn, bản, tổ dân phố", pointer="/meta/villages", kind="whole"),
    MetaField(label="Người ký: chức vụ (ví dụ BÍ THƯ)", pointer="/meta/signer/position",
              kind="text"),
    MetaField(label="Người ký: họ và tên", pointer="/meta/signer/name", kind="text"),
)
"""The meta sheet's rows, in order."""


def meta_value(report: Report | None, field: MetaField) -> str | int | dt.date | None:
    """The report's value of a meta field (None when unset or for the blank workbook)."""
    if report is None:
        return None
    value = lookup(report, field.pointer)
    if value is None or value == "":
        return None
    if field.kind == "symbol":
        return str(value)
    if field.kind == "level":
        return LEVEL_NAMES[value][0] if value in LEVEL_NAMES else str(value)
    if isinstance(value, str | int | dt.date):
        return value
    return str(value)


def comparison_columns(reports: tuple[Report, ...]) -> tuple[FigureRow, ...]:
    """The figures of the comparison sheet: every whole number some unit reported (its rows
    as in the figures sheet, value None), in the outline's order. Percentages stated alone
    are left out: they cannot be summed."""
    return tuple(
        row
        for row in figure_rows(None)
        if row.number == "whole" and any(row.value_in(r) is not None for r in reports)
    )


_INDEX_STEP: Final = "0123456789"


def set_at(data: dict[str, Any], pointer: str, value: Any) -> bool:
    """Set ``value`` at ``pointer`` in the JSON form ``data``, making the objects (and list
    entries) on the way. False when something else than an object or a list is in the way
    (a part answered "not applicable"); ``data`` is then unchanged below that point."""
    steps = pointer.lstrip("/").split("/")
    current: Any = data
    for index, step in enumerate(steps):
        last = index == len(steps) - 1
        following = steps[index + 1] if not last else ""
        empty: Any = [] if following and following[0] in _INDEX_STEP else {}
        if isinstance(current, dict):
            if last:
                current[step] = value
                return True
            child = current.get(step)
            if child is None:
                child = current[step] = empty
            elif not isinstance(child, dict | list) or (
                isinstance(child, dict) and child.get("not_applicable") is True
            ):
                return False
            current = child
        elif isinstance(current, list) and step.isdigit():
            position = int(step)
            while len(current) <= position:
                current.append({} if not last else None)
            if last:
                current[position] = value
                return True
            if current[position] is None:
                current[position] = empty
            current = current[position]
        else:
            return False
    return False


def delete_at(data: dict[str, Any], pointer: str) -> None:
    """Remove the member at ``pointer`` from the JSON form ``data``, if it is there."""
    *steps, last = pointer.lstrip("/").split("/")
    current: Any = data
    for step in steps:
        if isinstance(current, dict):
            current = current.get(step)
        elif isinstance(current, list) and step.isdigit() and int(step) < len(current):
            current = current[int(step)]
        else:
            return
    if isinstance(current, dict):
        current.pop(last, None)


def level_of(text: str) -> str | None:
    """The reporting level a meta cell names: ``cấp xã`` or ``xã`` (any case), or the code
    ``commune``; None when it names none."""
    wanted = " ".join(text.split()).casefold()
    for code, (name, _) in LEVEL_NAMES.items():
        if wanted in (code, name.casefold(), name.casefold().removeprefix("cấp ")):
            return code
    return None
