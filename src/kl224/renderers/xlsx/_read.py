"""Reading the figures a user typed into a kl224 workbook, with openpyxl.

Each sheet is read by its hidden pointer column, not by row numbers, so a row moved or a sheet
sorted still lands where it belongs. A cell may hold a number (a percentage formatted as ``%``
in the spreadsheet is read as its percent value) or text read with the same rules as every
other input (:mod:`kl224.text.values`: ``1.286`` is 1286, ``98,5%`` is 98.5). The values are
set into the report's JSON form and structured by the one converter, so the workbook meets the
same checks as a JSON file; every problem names its cell (``Số liệu!D17``) and its pointer.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final

import attrs
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from kl224.messages import Lang
from kl224.model.report import LEVEL_NAMES, Report
from kl224.renderers.xlsx._embedded import read_embedded
from kl224.renderers.xlsx.layout import (
    FIGURES_SHEET,
    META_FIELDS,
    META_SHEET,
    TARGETS_SHEET,
    NumberKind,
    delete_at,
    figure_rows,
    level_of,
    meta_value,
    set_at,
)
from kl224.serialization import LoadError, Problem, from_dict, loads, to_dict
from kl224.text.format import format_number
from kl224.text.values import (
    ValueTextError,
    parse_citation_date,
    parse_count,
    parse_decimal,
)

__all__ = ["WorkbookFigures", "apply_figures", "embedded_report", "read_workbook"]

_TARGETS: Final = "/tasks/objectives/targets"
_KNOWN: Final = {row.pointer: row for row in figure_rows(None)}
_META: Final = {field.pointer: field for field in META_FIELDS}
_SIGNIFICANT: Final = 15


@attrs.define(kw_only=True)
class WorkbookFigures:
    """What a workbook holds, by pointer into the report's JSON form: the numbers typed in
    (``figures``) and the rows left empty (``empty``), the extra figures of each item and the
    targets (None without those sheets' rows), the meta values typed in and the meta rows left
    empty, the cell of every pointer read (for messages), and the report JSON a workbook kl224
    wrote carries (``embedded``; None for the blank workbook)."""

    figures: dict[str, Any] = attrs.field(factory=dict)
    empty: list[str] = attrs.field(factory=list)
    extras: dict[str, list[dict[str, Any]]] = attrs.field(factory=dict)
    targets: list[dict[str, Any]] | None = None
    meta: dict[str, Any] = attrs.field(factory=dict)
    meta_empty: list[str] = attrs.field(factory=list)
    cells: dict[str, str] = attrs.field(factory=dict)
    embedded: str | None = None


class _Problems:
    def __init__(self) -> None:
        self.found: list[Problem] = []

    def add(self, pointer: str, cell: str, code: str, **params: str) -> None:
        self.found.append(Problem(pointer, code, {"cell": cell, **params}))


def _address(sheet: str, column: str, row: int) -> str:
    return f"{sheet}!{column}{row}"


def _as_decimal(value: float | int) -> Decimal:
    if isinstance(value, int):
        return Decimal(value)
    # A spreadsheet stores binary fractions (0.1 + 0.2): keep the digits a person typed.
    return Decimal(format(value, f".{_SIGNIFICANT}g"))


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class _Bad(Exception):
    def __init__(self, reason: str, text: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.text = text


def _cell_number(value: object, number_format: str, kind: NumberKind, unit: str) -> Decimal | None:
    """The number a value cell holds (None when empty); raises _Bad naming what is wrong."""
    number: Decimal | None
    if value is None:
        return None
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        raise _Bad("not-a-number", str(value))
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _Bad("not-a-number", str(value))
        number = _as_decimal(value)
        if "%" in number_format:
            number = (number * 100).normalize()
    elif isinstance(value, str):
        try:
            if kind == "whole":
                count = parse_count(value, unit)
                number = None if count is None else Decimal(count)
            else:
                number = parse_decimal(value, "%" if kind == "percent" else unit)
        except ValueTextError as exc:
            raise _Bad(exc.reason, value) from None
        if number is None:
            return None
    else:
        raise _Bad("not-a-number", str(value))
    if number < 0:
        raise _Bad("negative", _shown(value))
    if kind == "whole" and number != number.to_integral_value():
        raise _Bad("not-whole", _shown(value))
    if kind == "percent" and number > 100:
        raise _Bad("out-of-range", _shown(value))
    return number


def _shown(value: object) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(_as_decimal(value))
    return str(value)


def _text(value: object) -> str:
    """A text cell as typed (a number typed into it as its digits); None is ``""``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value)


def _rows(sheet: Any, width: int) -> Iterator[tuple[int, tuple[Any, ...], tuple[str, ...]]]:
    """Each row after the header: its number, values and number formats (``width`` cells)."""
    for index, row in enumerate(sheet.iter_rows(min_row=2, max_col=width), start=2):
        cells = tuple(row) + (None,) * (width - len(row))
        values = tuple(getattr(c, "value", None) for c in cells)
        formats = tuple(str(getattr(c, "number_format", "General") or "General") for c in cells)
        yield index, values, formats


def _read_figures(sheet: Any, out: WorkbookFigures, problems: _Problems) -> None:
    seen: dict[str, str] = {}
    for index, values, formats in _rows(sheet, 5):
        pointer = _text(values[4]).strip()
        if not pointer and all(v in (None, "") for v in values[:4]):
            continue
        cell = _address(FIGURES_SHEET, "D", index)
        known = _KNOWN.get(pointer)
        extra = pointer.endswith("/value") and "/extra_figures/" in pointer
        if known is None and not extra:
            problems.add("", _address(FIGURES_SHEET, "E", index), "unknown-row", value=pointer)
            continue
        if pointer in seen:
            problems.add(pointer, cell, "duplicate-row", first=seen[pointer])
            continue
        seen[pointer] = cell
        out.cells[pointer] = cell
        kind: NumberKind = known.number if known is not None else "decimal"
        unit = known.unit if known is not None else _text(values[2])
        try:
            number = _cell_number(values[3], formats[3], kind, unit)
        except _Bad as bad:
            problems.add(pointer, cell, "bad-cell", value=bad.text, reason=bad.reason,
                         expected="integer" if kind == "whole" else "number")
            continue
        if extra:
            item = pointer.split("/extra_figures/")[0]
            extras = out.extras.setdefault(item, [])
            if number is None:
                continue
            base = f"{item}/extra_figures/{len(extras)}"
            extras.append({
                "label": _text(values[1]),
                "value": _json_number(number),
                "unit": _text(values[2]),
            })
            out.cells[base] = out.cells[base + "/value"] = cell
        elif number is None:
            out.empty.append(pointer)
        else:
            out.figures[pointer] = _json_number(number)


def _read_targets(sheet: Any, out: WorkbookFigures, problems: _Problems) -> None:
    targets: list[dict[str, Any]] = []
    for index, values, formats in _rows(sheet, 7):
        indicator, unit, note = _text(values[1]), _text(values[2]), _text(values[6])
        if not (indicator.strip() or unit.strip() or note.strip()) and values[3] is None \
                and values[4] is None:
            continue
        pointer = f"{_TARGETS}/{len(targets)}"
        target: dict[str, Any] = {"indicator": indicator, "unit": unit}
        out.cells[pointer] = _address(TARGETS_SHEET, "B", index)
        for column, name, position in (("D", "target", 3), ("E", "result", 4)):
            cell = _address(TARGETS_SHEET, column, index)
            out.cells[f"{pointer}/{name}"] = cell
            try:
                number = _cell_number(values[position], formats[position], "decimal", unit)
            except _Bad as bad:
                problems.add(f"{pointer}/{name}", cell, "bad-cell", value=bad.text,
                             reason=bad.reason, expected="number")
                continue
            if number is not None:
                target[name] = _json_number(number)
        if note:
            target["note"] = note
        targets.append(target)
    out.targets = targets


def _meta_value(field_kind: str, value: object) -> Any:
    if field_kind == "date":
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return parse_citation_date(str(value)).isoformat()
        except ValueTextError as exc:
            raise _Bad(exc.reason, str(value)) from None
    if field_kind == "level":
        level = level_of(str(value))
        if level is None:
            raise _Bad("not-a-level", str(value))
        return level
    if field_kind == "whole":
        number = _cell_number(value, "General", "whole", "")
        return None if number is None else int(number)
    return _text(value)


def _read_meta(sheet: Any, out: WorkbookFigures, problems: _Problems) -> None:
    for index, values, _ in _rows(sheet, 3):
        pointer = _text(values[2]).strip()
        field = _META.get(pointer)
        cell = _address(META_SHEET, "B", index)
        if field is None:
            if values[1] not in (None, ""):
                problems.add("", _address(META_SHEET, "C", index), "unknown-row", value=pointer)
            continue
        out.cells[pointer] = cell
        value = values[1]
        # Text is kept as typed, spaces included; a number or date of spaces is no value.
        blank = field.kind != "text" and isinstance(value, str) and not value.strip()
        if value is None or value == "" or blank:
            out.meta_empty.append(pointer)
            continue
        try:
            value = _meta_value(field.kind, values[1])
        except _Bad as bad:
            expected = {"date": "date", "level": "level"}.get(field.kind, "integer")
            choices = ", ".join(name for name, _ in LEVEL_NAMES.values())
            problems.add(pointer, cell, "bad-cell", value=bad.text, reason=bad.reason,
                         expected=expected, choices=choices)
            continue
        if value is not None:
            out.meta[pointer] = value


def read_workbook(data: bytes, *, lang: Lang = "vi", source: str = "") -> WorkbookFigures:
    """Read a workbook's figures, targets and meta. Raises :class:`LoadError` when it is not
    a workbook, has no figures sheet, or some cells cannot be read (every one of them)."""
    file = {"file": source or "(dữ liệu)"}
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        detail = f"{type(exc).__name__}: {exc}"
        raise LoadError([Problem("", "not-a-workbook", {**file, "detail": detail})],
                        lang=lang, source=source or None) from None
    try:
        if FIGURES_SHEET not in workbook.sheetnames:
            raise LoadError([Problem("", "no-figures-sheet", {**file, "sheet": FIGURES_SHEET})],
                            lang=lang, source=source or None)
        out = WorkbookFigures(embedded=read_embedded(workbook))
        problems = _Problems()
        _read_figures(workbook[FIGURES_SHEET], out, problems)
        if TARGETS_SHEET in workbook.sheetnames:
            _read_targets(workbook[TARGETS_SHEET], out, problems)
        if META_SHEET in workbook.sheetnames:
            _read_meta(workbook[META_SHEET], out, problems)
    finally:
        workbook.close()
    if problems.found:
        raise LoadError(problems.found, lang=lang, source=source or None)
    return out


def _cell_of(pointer: str, cells: dict[str, str]) -> str:
    """The cell a problem at ``pointer`` belongs to: its own, its nearest parent's, or the
    first of its children's (a ratio missing its whole points at the whole's cell)."""
    if pointer in cells:
        return cells[pointer]
    best = ""
    for known in cells:
        if pointer.startswith(known + "/") and len(known) > len(best):
            best = known
    if best:
        return cells[best]
    for known, cell in cells.items():
        if known.startswith(pointer + "/"):
            return cell
    return ""


def _placed(problem: Problem, cells: dict[str, str]) -> Problem:
    cell = _cell_of(problem.pointer, cells)
    if not cell:
        return problem
    if problem.code == "missing-key" and problem.pointer in cells:
        return Problem(problem.pointer, "missing-cell", {"cell": cell})
    return Problem(problem.pointer, problem.code, {**problem.params, "cell": cell})


def _clear_figures(data: dict[str, Any], content: WorkbookFigures) -> None:
    """Clear, in ``data``, the figures whose rows were left empty: a figure all of whose rows
    are empty becomes not reported; one number of a ratio or headcount is removed alone (the
    converter then names the missing number's cell). Figures inside a part answered "not
    applicable" have nothing to clear."""
    filled = {_KNOWN[p].figure or p for p in content.figures if p in _KNOWN}
    for pointer in content.empty:
        figure = _KNOWN[pointer].figure or pointer
        delete_at(data, pointer if figure in filled else figure)


def embedded_report(
    content: WorkbookFigures, *, lang: Lang = "vi", source: str = ""
) -> Report | None:
    """The report a workbook kl224 wrote carries (None for one without: the blank workbook).
    Raises :class:`LoadError` when that data is damaged."""
    if content.embedded is None:
        return None
    try:
        return loads(content.embedded, lang=lang)
    except LoadError as exc:
        detail = exc.format("en").splitlines()[0]
        file = source or "(dữ liệu)"
        problem = Problem("", "bad-embedded-data", {"file": file, "detail": detail})
        raise LoadError([problem], lang=lang, source=source or None) from None


def _meta_changes(base: Report, content: WorkbookFigures) -> dict[str, Any]:
    """The meta sheet's rows whose cell differs from what kl224 wrote for ``base``: a typed
    value, or an emptied cell (``""`` for text, else removed)."""
    changes: dict[str, Any] = dict(content.meta)
    for pointer in content.meta_empty:
        field = _META[pointer]
        if meta_value(base, field) is not None:
            changes[pointer] = "" if field.kind == "text" else None
    return changes


def apply_figures(
    base: Report | None,
    content: WorkbookFigures,
    *,
    meta: bool,
    replace: bool = False,
    lang: Lang = "vi",
    source: str = "",
) -> Report:
    """``base`` (None: an empty report) with the workbook's figures and targets set — and its
    meta values when ``meta`` — checked by the converter.

    Merging (``replace`` False), an empty cell keeps ``base``'s value, and the targets and an
    item's extra figures are replaced only by rows the workbook has. With ``replace`` — ``base``
    being the report the workbook was written from — the workbook's cells are the figures:
    an emptied cell clears its number, an emptied sheet its list. Raises :class:`LoadError`
    naming each problem's cell."""
    data: dict[str, Any] = to_dict(base) if base is not None else {"meta": {"issuing_body": ""}}
    problems = _Problems()
    if replace:
        _clear_figures(data, content)
    values: dict[str, Any] = dict(content.figures)
    for item, extras in content.extras.items():
        if extras or replace:
            values[f"{item}/extra_figures"] = extras
    if content.targets or (replace and content.targets is not None):
        values[_TARGETS] = content.targets
    if meta:
        values.update(_meta_changes(base, content) if replace and base is not None
                      else content.meta)
    for pointer, value in values.items():
        if value is None:
            delete_at(data, pointer)
        elif not set_at(data, pointer, value):
            problems.add(pointer, content.cells.get(pointer, ""), "cell-not-applicable")
    if problems.found:
        raise LoadError(problems.found, lang=lang, source=source or None)
    try:
        return from_dict(data, lang=lang)
    except LoadError as exc:
        placed = [_placed(p, content.cells) for p in exc.problems]
        raise LoadError(placed, lang=lang, source=source or None) from None
