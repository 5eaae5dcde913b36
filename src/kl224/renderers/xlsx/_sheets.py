"""The workbook's sheets, drawn with openpyxl from the rows of :mod:`.layout`.

Numbers are written as numbers with a number format tagged with the Vietnamese locale
(``[$-42A]#,##0``), so LibreOffice shows ``1.286`` and ``98,5`` whatever the machine's own
locale (Excel shows the digits with the separators of its own locale). openpyxl computes no
formulas: the value each formula gives is returned beside the workbook, keyed by sheet and cell,
and :mod:`._archive` writes it into the file as the formula's cached value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from kl224.model.report import LEVEL_NAMES, Report
from kl224.renderers.xlsx._embedded import write_embedded
from kl224.renderers.xlsx.layout import (
    COMPARISON_SHEET,
    COMPLETENESS_SHEET,
    FIGURES_SHEET,
    META_FIELDS,
    META_SHEET,
    TARGETS_SHEET,
    FigureRow,
    NumberKind,
    comparison_columns,
    figure_rows,
    meta_value,
    target_rows,
)
from kl224.serialization import dumps as to_json
from kl224.text.format import format_document_citation

__all__ = ["Cached", "build_workbook", "number_format"]

Cached = dict[str, dict[str, int | float | str]]
"""The values of the formulas, by sheet title and cell (``{"So sánh đơn vị": {"C45": 812}}``)."""

_VI: Final = "[$-42A]"
_MAX_CELL_TEXT: Final = 32_767
_FONT: Final = "Times New Roman"
_DATE_FORMAT: Final = "dd/mm/yyyy"
_WHOLE: Final = f"{_VI}#,##0"

# Named cell styles: one assignment per cell instead of four (openpyxl hashes each style part
# it is given), and a spreadsheet user sees them by name.
HEAD, TEXT, CENTRED, NUMBER, TOTAL, TOTAL_NUMBER, POINTER, DATE = (
    "kl224 tiêu đề cột", "kl224 chữ", "kl224 giữa", "kl224 số", "kl224 tổng cộng",
    "kl224 số tổng cộng", "kl224 vị trí", "kl224 ngày",
)


def _styles() -> list[NamedStyle]:
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9E2F3")
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    body, bold = Font(name=_FONT, size=12), Font(name=_FONT, size=12, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right", vertical="top")
    return [
        NamedStyle(HEAD, font=bold, fill=head_fill, alignment=centre, border=border),
        NamedStyle(TEXT, font=body, alignment=wrap, border=border),
        NamedStyle(CENTRED, font=body, alignment=centre, border=border),
        NamedStyle(NUMBER, font=body, alignment=right, border=border, number_format=_WHOLE),
        NamedStyle(TOTAL, font=bold, fill=total_fill, alignment=wrap, border=border),
        NamedStyle(TOTAL_NUMBER, font=bold, fill=total_fill, alignment=right, border=border,
                   number_format=_WHOLE),
        NamedStyle(POINTER, font=Font(name=_FONT, size=9, color="808080")),
        NamedStyle(DATE, font=body, alignment=wrap, border=border, number_format=_DATE_FORMAT),
    ]


def number_format(kind: NumberKind, value: int | Decimal | None = None) -> str:
    """The number format of a value cell: whole numbers grouped by ``.``, decimals with as
    many places as the value has (one for a percentage without a value), Vietnamese locale."""
    places = 0
    if isinstance(value, Decimal):
        exponent = value.normalize().as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    elif kind == "percent":
        places = 1
    if kind == "whole" or places == 0:
        return f"{_VI}#,##0"
    return f"{_VI}#,##0.{'0' * places}"


def _number(value: int | Decimal | None) -> int | float | None:
    if value is None or isinstance(value, int):
        return value
    # At most 15 significant digits (the model's limit): a float keeps them exactly.
    return int(value) if value == value.to_integral_value() else float(value)


def _text(value: str) -> str:
    # A cell holds at most 32 767 characters; Excel calls a longer one damaged.
    if len(value) <= _MAX_CELL_TEXT:
        return value
    return value[: _MAX_CELL_TEXT - 1] + "…"


def _put(sheet: Worksheet, row: int, column: int, value: object, style: str) -> Any:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = _text(value)
        if value.startswith("="):
            # User text is text: openpyxl would take "=…" for a formula.
            cell.data_type = "s"
    else:
        cell.value = value
    cell.style = style
    return cell


def _formula(sheet: Worksheet, row: int, column: int, formula: str, style: str) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = formula
    cell.style = style


_VALIDATION_TEXT: Final[dict[NumberKind, tuple[str, str, str | None]]] = {
    "whole": ("whole", "Hãy nhập một số nguyên không âm (0, 1, 2 …).", None),
    "decimal": ("decimal", "Hãy nhập một số không âm.", None),
    "percent": ("decimal", "Hãy nhập tỷ lệ phần trăm từ 0 đến 100.", "100"),
}


class _Checks:
    """Data validation refusing negative numbers (and percentages above 100), collected per
    kind and applied once as ranges (openpyxl checks each cell added against every range
    already there). A spreadsheet applies it to what is typed; text typed into such a cell is
    refused too (type the number)."""

    def __init__(self) -> None:
        self.cells: dict[NumberKind, list[tuple[str, int]]] = {k: [] for k in _VALIDATION_TEXT}

    def add(self, kind: NumberKind, cell: Any) -> None:
        self.cells[kind].append((cell.column_letter, cell.row))

    def apply(self, sheet: Worksheet) -> None:
        for kind, (vtype, message, maximum) in _VALIDATION_TEXT.items():
            if not self.cells[kind]:
                continue
            validation = DataValidation(
                type=vtype,
                operator="between" if maximum else "greaterThanOrEqual",
                formula1="0",
                formula2=maximum,
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Số liệu không hợp lệ",
                error=message,
                sqref=_ranges(sorted(self.cells[kind], key=lambda c: (len(c[0]), c))),
            )
            sheet.add_data_validation(validation)


def _ranges(cells: Sequence[tuple[str, int]]) -> str:
    """``D2 D3 D4 D7`` as ``D2:D4 D7``."""
    out: list[str] = []
    start = previous = cells[0]
    for cell in (*cells[1:], ("", 0)):
        if cell[0] == previous[0] and cell[1] == previous[1] + 1:
            previous = cell
            continue
        first, last = f"{start[0]}{start[1]}", f"{previous[0]}{previous[1]}"
        out.append(first if first == last else f"{first}:{last}")
        start = previous = cell
    return " ".join(out)


def _header(sheet: Worksheet, titles: Sequence[str], widths: Sequence[float], row: int = 1) -> None:
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        _put(sheet, row, column, title, HEAD)
        sheet.column_dimensions[get_column_letter(column)].width = width


def _print_setup(
    sheet: Worksheet, title_rows: str, columns: int, *, fit_width: bool = True
) -> None:
    """A4 landscape, the printed columns on one page's width (``fit_width``), the header
    rows on every page; the pointer column (after ``columns``) is not printed."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    if fit_width:
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows
    sheet.print_area = f"A1:{get_column_letter(columns)}{max(sheet.max_row, 1)}"


# Points per line of 12 pt text, and characters of Times New Roman 12 pt per unit of column
# width (a width counts characters of the default 11 pt font): measured in LibreOffice.
_LINE_HEIGHT: Final = 16.0
_CHARS_PER_WIDTH: Final = 1.05


def _fit_rows(sheet: Worksheet, columns: dict[int, float], first: int = 2) -> None:
    """Give each row the height its wrapped text needs in ``columns`` (column → width).

    Spreadsheets do not measure rows of a file they did not write themselves (LibreOffice
    keeps the default height and the second line of a long label runs over the next row), so
    the height is set here from the length of the text, generously."""
    for row in range(first, sheet.max_row + 1):
        lines = 1
        for column, width in columns.items():
            value = sheet.cell(row=row, column=column).value
            if isinstance(value, str) and value:
                per_line = max(1, int(width * _CHARS_PER_WIDTH) - 2)
                wrapped = sum(-(-len(part) // per_line) or 1 for part in value.split("\n"))
                lines = max(lines, wrapped)
        if lines > 1:
            sheet.row_dimensions[row].height = _LINE_HEIGHT * min(lines, 25)


def _pointer_column(sheet: Worksheet, column: int, hide: bool) -> None:
    dimension = sheet.column_dimensions[get_column_letter(column)]
    dimension.width = 3 if hide else 40
    dimension.hidden = hide


def _finish_input_sheet(
    sheet: Worksheet, checks: _Checks, pointer_column: int, hide_pointers: bool,
    wrapped: dict[int, float],
) -> None:
    """What every sheet a clerk types into ends with: its input checks, the pointer column
    last (hidden or shown), the header row frozen and printed on every page, rows as tall as
    their ``wrapped`` columns (column → width) need."""
    checks.apply(sheet)
    _pointer_column(sheet, pointer_column, hide_pointers)
    sheet.freeze_panes = "A2"
    _fit_rows(sheet, wrapped)
    _print_setup(sheet, "1:1", pointer_column - 1)


def _figures_sheet(sheet: Worksheet, rows: Sequence[FigureRow], hide_pointers: bool) -> None:
    _header(sheet, ("Mục", "Nội dung", "Đơn vị tính", "Số liệu", "Vị trí trong báo cáo"),
            (9, 62, 16, 18, 40))
    checks = _Checks()
    for index, row in enumerate(rows, start=2):
        _put(sheet, index, 1, row.item, CENTRED)
        _put(sheet, index, 2, row.label, TEXT)
        _put(sheet, index, 3, row.unit, TEXT)
        cell = _put(sheet, index, 4, _number(row.value), NUMBER)
        style = number_format(row.number, row.value)
        if style != _WHOLE:
            cell.number_format = style
        checks.add(row.number, cell)
        _put(sheet, index, 5, row.pointer, POINTER)
    _finish_input_sheet(sheet, checks, 5, hide_pointers, {2: 62, 3: 16})


def _targets_sheet(sheet: Worksheet, report: Report | None, hide_pointers: bool) -> Cached:
    _header(
        sheet,
        ("TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu đề ra", "Kết quả thực hiện", "Đánh giá",
         "Ghi chú", "Vị trí trong báo cáo"),
        (5, 52, 14, 15, 15, 12, 30, 40),
    )
    checks = _Checks()
    cached: dict[str, int | float | str] = {}
    for index, (pointer, target) in enumerate(target_rows(report), start=2):
        _put(sheet, index, 1, index - 1, CENTRED)
        texts = ("", "", "") if target is None else (target.indicator, target.unit, target.note)
        for column, text in zip((2, 3, 7), texts, strict=True):
            _put(sheet, index, column, text or None, TEXT)
        for column, attribute in ((4, "target"), (5, "result")):
            value = None if target is None else getattr(target, attribute)
            cell = _put(sheet, index, column, _number(value), NUMBER)
            cell.number_format = number_format("decimal", value)
            checks.add("decimal", cell)
        # A real formula, so the assessment follows the numbers a user types.
        formula = (
            f'=IF(OR(D{index}="",E{index}=""),"",IF(E{index}>=D{index},"Đạt","Chưa đạt"))'
        )
        _formula(sheet, index, 6, formula, CENTRED)
        achieved = None if target is None else target.achieved
        cached[f"F{index}"] = "" if achieved is None else ("Đạt" if achieved else "Chưa đạt")
        _put(sheet, index, 8, pointer, POINTER)
    _finish_input_sheet(sheet, checks, 8, hide_pointers, {2: 52, 3: 14, 7: 30})
    return {sheet.title: cached}


def _meta_sheet(sheet: Worksheet, report: Report | None, hide_pointers: bool) -> None:
    _header(sheet, ("Thông tin", "Nội dung", "Vị trí trong báo cáo"), (40, 50, 30))
    checks = _Checks()
    names = ",".join(name for name, _ in LEVEL_NAMES.values())
    levels = DataValidation(type="list", formula1=f'"{names}"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Cấp báo cáo không hợp lệ",
                            error=f"Hãy chọn một trong: {names.replace(',', ', ')}.")
    sheet.add_data_validation(levels)
    for index, field in enumerate(META_FIELDS, start=2):
        _put(sheet, index, 1, field.label, TEXT)
        value = meta_value(report, field)
        if field.kind == "date":
            _put(sheet, index, 2, value, DATE)
        elif field.kind == "level":
            cell = _put(sheet, index, 2, value, TEXT)
            levels.add(cell)
        elif field.kind == "whole":
            checks.add("whole", _put(sheet, index, 2, value, NUMBER))
        else:
            _put(sheet, index, 2, value, TEXT).number_format = "@"
        _put(sheet, index, 3, field.pointer, POINTER)
    _finish_input_sheet(sheet, checks, 3, hide_pointers, {1: 40, 2: 50})


_SEVERITY: Final = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin"}


def _completeness_sheet(sheet: Worksheet, report: Report) -> None:
    from kl224.validation import validate

    result = validate(report, policy=report.meta.status)
    _header(
        sheet,
        ("Phần", "Nội dung", "Mục đã có nội dung", "Số mục", "Số liệu đã báo cáo",
         "Số liệu yêu cầu", "Tỷ lệ hoàn thành"),
        (10, 60, 14, 12, 14, 14, 14),
    )
    overall = result.completeness.overall
    for index, part in enumerate((*result.completeness.parts, overall), start=2):
        total = part is overall
        _put(sheet, index, 1, part.key, TOTAL if total else CENTRED)
        _put(sheet, index, 2, part.title, TOTAL if total else TEXT)
        counts = (part.items_filled, part.items, part.figures_reported, part.figures)
        for column, value in enumerate(counts, start=3):
            _put(sheet, index, column, value, TOTAL_NUMBER if total else NUMBER)
        share = part.share
        cell = _put(sheet, index, 7, None if share is None else float(share),
                    TOTAL_NUMBER if total else NUMBER)
        cell.number_format = f"{_VI}0.0%"
    first = len(result.completeness.parts) + 4
    for column, title in enumerate(("Mã", "Phát hiện khi kiểm tra", "Mức độ", "Vị trí"), 1):
        _put(sheet, first, column, title, HEAD)
    findings = result.findings
    if not findings:
        _put(sheet, first + 1, 2, "Không có phát hiện nào.", TEXT)
    for index, finding in enumerate(findings, start=first + 1):
        severity = _SEVERITY.get(finding.severity.value, finding.severity.value)
        for column, text in enumerate(
            (finding.code, finding.message_in("vi"), severity, finding.pointer), start=1
        ):
            _put(sheet, index, column, text, TEXT)
    _fit_rows(sheet, {2: 60})
    sheet.freeze_panes = "A2"
    _print_setup(sheet, "1:1", 7)


def _comparison_sheet(
    sheet: Worksheet, names: Sequence[str], reports: Sequence[Report], hide_pointers: bool
) -> Cached:
    columns = comparison_columns(tuple(reports))
    grid = [[figure.value_in(report) for figure in columns] for report in reports]
    for row in (1, 2, 3):
        _put(sheet, row, 1, "TT" if row == 1 else None, HEAD)
        _put(sheet, row, 2, "Đơn vị" if row == 1 else None, HEAD)
    sheet.merge_cells("A1:A3")
    sheet.merge_cells("B1:B3")
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 30
    for offset, figure in enumerate(columns, start=3):
        sheet.column_dimensions[get_column_letter(offset)].width = 16
        _put(sheet, 1, offset, figure.item, HEAD)
        _put(sheet, 2, offset, figure.label, HEAD)
        _put(sheet, 3, offset, figure.unit, HEAD)
        _put(sheet, 4, offset, figure.pointer, POINTER)
    sheet.row_dimensions[2].height = 120
    sheet.row_dimensions[4].hidden = hide_pointers
    first = 5
    sums = [0] * len(columns)
    for index, (name, values) in enumerate(zip(names, grid, strict=True)):
        row = first + index
        _put(sheet, row, 1, index + 1, CENTRED)
        _put(sheet, row, 2, name, TEXT)
        for offset, value in enumerate(values):
            _put(sheet, row, offset + 3, value, NUMBER)
            if isinstance(value, int):
                sums[offset] += value
    last = first + len(reports) - 1
    total_row = last + 1
    cached: dict[str, int | float | str] = {}
    _put(sheet, total_row, 1, None, TOTAL)
    _put(sheet, total_row, 2, "Tổng cộng", TOTAL)
    for offset, total in enumerate(sums, start=3):
        letter = get_column_letter(offset)
        _formula(sheet, total_row, offset, f"=SUM({letter}{first}:{letter}{last})", TOTAL_NUMBER)
        cached[f"{letter}{total_row}"] = total
    sheet.freeze_panes = f"C{first}"
    # Dozens of figures side by side would print too small to read on one page's width:
    # the comparison prints at full size across pages, the units' column on each of them.
    _print_setup(sheet, "1:3", len(columns) + 2, fit_width=False)
    sheet.print_title_cols = "A:B"
    sheet.page_setup.pageOrder = "overThenDown"
    return {sheet.title: cached}


def _stamp(report: Report | None) -> dt.datetime:
    date = report.meta.date if report is not None else None
    if date is None:
        return dt.datetime(2000, 1, 1)
    return dt.datetime(date.year, date.month, date.day)


def _title(report: Report | None) -> str:
    if report is None:
        return "Biểu số liệu báo cáo kết quả thực hiện Kết luận số 224-KL/TU"
    meta = report.meta
    code = meta.code if meta.number is not None else ""
    return format_document_citation("Biểu số liệu kèm theo Báo cáo", code, meta.date,
                                    meta.issuing_body)


def build_workbook(
    report: Report | None,
    units: Sequence[tuple[str, Report]] = (),
    *,
    hide_pointers: bool = True,
    source_json: str = "",
) -> tuple[Workbook, Cached, dt.datetime]:
    """The workbook of ``report`` (None: the blank workbook to fill in), with a comparison
    sheet when ``units`` (name, report) are given and the report's JSON (``source_json``, or
    made here) in its very hidden data sheet; the formulas' values; and the timestamp to write
    as its creation and modification time."""
    workbook = Workbook()
    for style in _styles():
        workbook.add_named_style(style)
    figures = workbook.active
    assert figures is not None
    figures.title = FIGURES_SHEET
    _figures_sheet(figures, figure_rows(report), hide_pointers)
    cached: Cached = {}
    if units:
        sheet = workbook.create_sheet(COMPARISON_SHEET)
        names = [name for name, _ in units]
        cached.update(_comparison_sheet(sheet, names, [r for _, r in units], hide_pointers))
    cached.update(_targets_sheet(workbook.create_sheet(TARGETS_SHEET), report, hide_pointers))
    if report is not None:
        _completeness_sheet(workbook.create_sheet(COMPLETENESS_SHEET), report)
    _meta_sheet(workbook.create_sheet(META_SHEET), report, hide_pointers)
    if report is not None:
        write_embedded(workbook, source_json or to_json(report))
    stamp = _stamp(report)
    properties = workbook.properties
    properties.creator = "kl224"
    properties.title = _title(report)
    properties.language = "vi-VN"
    properties.created = properties.modified = stamp
    workbook.calculation.fullCalcOnLoad = True
    return workbook, cached, stamp
