"""The figures workbook as written: sheets, real numbers in Vietnamese format, the roll-up's
SUM totals with cached values, print settings, deterministic bytes — read back with openpyxl
and with LibreOffice Calc (each sheet converted to CSV, as a user's spreadsheet shows it)."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import zipfile
from decimal import Decimal

import attrs
import openpyxl
import pytest

import kl224
from kl224.model.figures import iter_figures
from kl224.model.report import Report
from kl224.renderers import available, get_renderer
from kl224.renderers.xlsx import XlsxRenderer
from kl224.renderers.xlsx.layout import figure_rows
from kl224.rollup import AggregateResult, aggregate, build_aggregate_document
from kl224.text.values import parse_number


def _unit(report: Report, name: str, news: int, radio_part: int) -> Report:
    propaganda = report.tasks.propaganda
    radio = attrs.evolve(
        propaganda.radio,
        communes=kl224.Ratio(part=radio_part, whole=13),
    )
    propaganda = attrs.evolve(propaganda, news_items=news, radio=radio)
    return attrs.evolve(
        report,
        meta=attrs.evolve(report.meta, issuing_body=name),
        tasks=attrs.evolve(report.tasks, propaganda=propaganda),
    )


@pytest.fixture(scope="module")
def sample() -> Report:
    return kl224.sample_report()


@pytest.fixture(scope="module")
def sample_xlsx(sample: Report) -> bytes:
    return kl224.render(sample, "xlsx")


@pytest.fixture(scope="module")
def rolled(sample: Report) -> AggregateResult:
    units = [
        _unit(sample, "Đảng ủy xã Bản Bo", 120, 13),
        _unit(sample, "Đảng ủy xã Bình Lư", 1286, 11),
        _unit(sample, "Đảng ủy xã Nà Tăm", 7, 0),
        _unit(sample, "Đảng ủy xã Sơn Bình", 45_310, 12),
        _unit(sample, "Đảng ủy xã Khun Há", 0, 9),
    ]
    return aggregate(units)


@pytest.fixture(scope="module")
def rolled_xlsx(rolled: AggregateResult) -> bytes:
    return kl224.render(build_aggregate_document(rolled), "xlsx")


def _book(data: bytes, *, values: bool = False) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data), data_only=values)


# -- registration ---------------------------------------------------------------------------------


def test_registered_like_the_other_builtins() -> None:
    info = available()["xlsx"]
    assert info.builtin and info.suffixes == (".xlsx",) and info.requires == "openpyxl"
    assert get_renderer("xlsx") is XlsxRenderer
    assert kl224.renderers.get_renderer_for_path("so-lieu.XLSX") is XlsxRenderer


def test_importing_kl224_and_checking_does_not_import_openpyxl() -> None:
    code = (
        "import sys, kl224; from kl224.cli import main; main(['check']); "
        "kl224.render(kl224.sample_report(), 'text'); "
        "assert 'openpyxl' not in sys.modules, 'openpyxl imported'"
    )
    subprocess.run([__import__("sys").executable, "-c", code], check=True, capture_output=True)


# -- the figures sheet ---------------------------------------------------------------------------


def test_every_figure_is_a_real_number_at_its_pointer(sample: Report, sample_xlsx: bytes) -> None:
    sheet = _book(sample_xlsx)["Số liệu"]
    header = [c.value for c in sheet[1]]
    assert header == ["Mục", "Nội dung", "Đơn vị tính", "Số liệu", "Vị trí trong báo cáo"]
    by_pointer = {row[4].value: row for row in sheet.iter_rows(min_row=2)}
    expected = {r.pointer: r.value for r in figure_rows(sample)}
    assert set(by_pointer) == set(expected)
    news = by_pointer["/tasks/propaganda/news_items"]
    assert (news[0].value, news[2].value, news[3].value) == ("B.II.2", "tin, bài", 1286)
    assert news[3].number_format == "[$-42A]#,##0"
    money = by_pointer["/tasks/facilities/equipment_investment"]
    assert money[3].value == 2_850_000_000 and money[2].value == "đồng"
    assert by_pointer["/tasks/propaganda/radio/villages/part"][3].value == 87
    assert by_pointer["/tasks/propaganda/radio/villages/whole"][3].value == 99
    assert by_pointer["/tasks/propaganda/lecturers/ethnic_minority"][3].value == 17
    for pointer, value in expected.items():
        cell = by_pointer[pointer][3]
        assert isinstance(cell.value, int | float) and Decimal(str(cell.value)) == value


def test_pointer_column_is_hidden_headers_frozen_and_a4_landscape(sample_xlsx: bytes) -> None:
    book = _book(sample_xlsx)
    assert book.sheetnames == [
        "Số liệu", "Chỉ tiêu", "Mức độ hoàn thành", "Thông tin chung", "kl224"]
    for sheet in book.worksheets[:-1]:
        assert sheet.freeze_panes == "A2"
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
    figures = book["Số liệu"]
    assert figures.column_dimensions["E"].hidden
    long = next(r[0].row for r in figures.iter_rows(min_row=2) if len(r[1].value) > 70)
    assert figures.row_dimensions[long].height == 32
    assert figures.column_dimensions["B"].width >= 50
    assert figures.print_area == "'Số liệu'!$A$1:$D$75"
    shown = _book(XlsxRenderer(hide_pointers=False).workbook_bytes(None))["Số liệu"]
    assert not shown.column_dimensions["E"].hidden


def test_the_report_rides_along_in_a_very_hidden_sheet(sample: Report, sample_xlsx: bytes) -> None:
    data = _book(sample_xlsx)["kl224"]
    assert data.sheet_state == "veryHidden"
    assert "".join(row[0] for row in data.iter_rows(values_only=True)) == kl224.dumps(sample)
    assert "kl224" not in _book(kl224.render(kl224.outline_document(), "xlsx")).sheetnames


def test_targets_completeness_and_meta_sheets(sample: Report, sample_xlsx: bytes) -> None:
    book = _book(sample_xlsx, values=True)
    targets = list(book["Chỉ tiêu"].iter_rows(min_row=2, max_row=5, values_only=True))
    first = sample.tasks.objectives.targets[0]
    assert targets[0][1:7] == (first.indicator, "%", 95, 98.5, "Đạt", first.note)
    assert targets[2][5] == "Chưa đạt"
    formulas = _book(sample_xlsx)["Chỉ tiêu"]
    assert formulas["F2"].value.startswith("=IF(")
    completeness = kl224.validate(sample, policy="final").completeness
    rows = list(book["Mức độ hoàn thành"].iter_rows(min_row=2, values_only=True))
    overall = rows[len(completeness.parts)]
    assert overall[1:6] == (
        "Toàn bộ báo cáo", completeness.overall.items_filled, completeness.overall.items,
        completeness.overall.figures_reported, completeness.overall.figures,
    )
    meta = {row[2]: row[1] for row in book["Thông tin chung"].iter_rows(min_row=2,
                                                                      values_only=True)}
    assert meta["/meta/issuing_body"] == "Huyện ủy Tam Đường"
    assert meta["/meta/number"] == 215
    assert meta["/meta/date"].date() == sample.meta.date


def test_blank_workbook_has_labels_units_empty_values_and_validation() -> None:
    data = kl224.render(kl224.outline_document(), "xlsx")
    book = _book(data)
    assert book.sheetnames == ["Số liệu", "Chỉ tiêu", "Thông tin chung"]
    sheet = book["Số liệu"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(figure_rows(None)) > 60
    assert all(label and unit and value is None for _, label, unit, value, _ in rows)
    validations = sheet.data_validations.dataValidation
    assert [(v.type, v.operator, v.formula1, str(v.sqref)) for v in validations] == [
        ("whole", "greaterThanOrEqual", "0", f"D2:D{len(rows) + 1}")
    ]
    assert validations[0].showErrorMessage and "không âm" in validations[0].error
    target_checks = book["Chỉ tiêu"].data_validations.dataValidation
    assert [(v.type, str(v.sqref)) for v in target_checks] == [("decimal", "D2:D16 E2:E16")]
    assert all(row[1] is None for row in book["Thông tin chung"].iter_rows(min_row=2,
                                                                          values_only=True))


# -- the roll-up's comparison -------------------------------------------------------------------


def test_comparison_totals_are_sum_formulas_with_cached_values(
    rolled: AggregateResult, rolled_xlsx: bytes
) -> None:
    formulas = _book(rolled_xlsx)["So sánh đơn vị"]
    values = _book(rolled_xlsx, values=True)["So sánh đơn vị"]
    pointers = [c.value for c in formulas[4]][2:]
    names = [values.cell(row=r, column=2).value for r in range(5, 10)]
    assert names == list(rolled.names)
    assert values.cell(row=10, column=2).value == "Tổng cộng"
    assert formulas.freeze_panes == "C5" and formulas.row_dimensions[4].hidden
    # Printed at full size across pages, the units' column and the header rows on each.
    assert formulas.print_title_cols == "$A:$B" and formulas.print_title_rows == "$1:$3"
    assert not formulas.sheet_properties.pageSetUpPr.fitToPage
    for offset in range(3, len(pointers) + 3):
        formula = formulas.cell(row=10, column=offset)
        letter = formula.column_letter
        assert formula.value == f"=SUM({letter}5:{letter}9)"
        column = [values.cell(row=r, column=offset).value for r in range(5, 10)]
        total = values.cell(row=10, column=offset).value
        assert total == sum(v or 0 for v in column)
    news = pointers.index("/tasks/propaganda/news_items") + 3
    assert values.cell(row=10, column=news).value == 120 + 1286 + 7 + 45_310 + 0
    assert rolled.report.tasks.propaganda.news_items == 46_723
    part = pointers.index("/tasks/propaganda/radio/communes/part") + 3
    assert values.cell(row=10, column=part).value == 13 + 11 + 0 + 12 + 9


def test_rendering_the_aggregate_report_alone_has_no_comparison(rolled: AggregateResult) -> None:
    assert "So sánh đơn vị" not in _book(kl224.render(rolled.report, "xlsx")).sheetnames


# -- deterministic bytes --------------------------------------------------------------------------


def test_same_report_same_bytes(sample: Report, sample_xlsx: bytes, rolled_xlsx: bytes,
                                rolled: AggregateResult) -> None:
    assert kl224.render(sample, "xlsx") == sample_xlsx
    assert kl224.render(build_aggregate_document(rolled), "xlsx") == rolled_xlsx
    with zipfile.ZipFile(io.BytesIO(sample_xlsx)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert core.count("2024-10-30T00:00:00Z") == 2


def test_hostile_text_and_huge_cells_are_written_safely(sample: Report) -> None:
    # (Bidi controls such as U+202E are refused by the model: see tests/test_characters.py.)
    hostile = "<b>&amp;</b> \u00adđảo\u034f " + "x" * 40_000
    extra = kl224.ExtraFigure(label=hostile, value=Decimal("12.5"), unit="=SUM(A1:A9)")
    culture = attrs.evolve(sample.tasks.culture, extra_figures=(extra,))
    report = attrs.evolve(sample, tasks=attrs.evolve(sample.tasks, culture=culture))
    sheet = _book(kl224.render(report, "xlsx"))["Số liệu"]
    row = next(r for r in sheet.iter_rows(min_row=2) if "extra_figures" in str(r[4].value))
    assert row[1].value.startswith("<b>&amp;</b> \u00adđảo") and len(row[1].value) == 32_767
    assert row[3].value == 12.5 and row[3].number_format == "[$-42A]#,##0.0"
    # Text that looks like a formula stays text.
    assert row[2].value == "=SUM(A1:A9)" and row[2].data_type == "s"


# -- LibreOffice Calc -----------------------------------------------------------------------------

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice needed")

# Comma-separated, UTF-8 (76), every sheet to its own file (-1), cells as shown (true).
_CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


@pytest.fixture(scope="module")
def calc_csv(
    tmp_path_factory: pytest.TempPathFactory, sample_xlsx: bytes, rolled_xlsx: bytes
) -> dict[str, list[list[str]]]:
    """Every sheet of both workbooks as LibreOffice Calc shows it, by ``file-sheet`` name."""
    folder = tmp_path_factory.mktemp("calc")
    (folder / "sample.xlsx").write_bytes(sample_xlsx)
    (folder / "rolled.xlsx").write_bytes(rolled_xlsx)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", _CSV_FILTER, "--outdir", str(folder / "csv"),
         str(folder / "sample.xlsx"), str(folder / "rolled.xlsx")],
        check=True, capture_output=True, timeout=240, env={**os.environ, "HOME": str(folder)},
    )
    sheets = {}
    for path in sorted((folder / "csv").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as stream:
            sheets[path.stem] = list(csv.reader(stream))
    return sheets


@needs_soffice
def test_calc_shows_every_figure_the_vietnamese_way(
    calc_csv: dict[str, list[list[str]]], sample: Report
) -> None:
    rows = calc_csv["sample-Số liệu"]
    assert rows[0][:4] == ["Mục", "Nội dung", "Đơn vị tính", "Số liệu"]
    shown = {row[4]: row[3] for row in rows[1:]}
    assert shown["/tasks/propaganda/news_items"] == "1.286"
    assert shown["/tasks/facilities/equipment_investment"] == "2.850.000.000"
    for row in figure_rows(sample):
        assert parse_number(shown[row.pointer]) == row.value
    targets = calc_csv["sample-Chỉ tiêu"]
    assert targets[1][3:6] == ["95", "98,5", "Đạt"]
    assert calc_csv["sample-Mức độ hoàn thành"][len(
        kl224.validate(sample).completeness.parts) + 1][6] == "100,0%"
    meta = {row[2]: row[1] for row in calc_csv["sample-Thông tin chung"]}
    assert meta["/meta/date"] == "30/10/2024"


@needs_soffice
def test_calc_totals_equal_the_sums(
    calc_csv: dict[str, list[list[str]]], rolled: AggregateResult
) -> None:
    rows = calc_csv["rolled-So sánh đơn vị"]
    pointers, units, total = rows[3], rows[4:9], rows[9]
    assert [u[1] for u in units] == list(rolled.names) and total[1] == "Tổng cộng"
    for column in range(2, len(pointers)):
        column_sum = sum(parse_number(u[column]) for u in units if u[column])
        assert parse_number(total[column]) == column_sum, pointers[column]
    news = pointers.index("/tasks/propaganda/news_items")
    assert total[news] == "46.723"
    figures = {row[4]: row[3] for row in calc_csv["rolled-Số liệu"][1:]}
    for figure in iter_figures(rolled.report):
        if isinstance(figure.value, int):
            assert parse_number(figures[figure.pointer]) == figure.value
