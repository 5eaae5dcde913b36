"""Figures typed into a workbook: the blank workbook filled in with openpyxl (numbers and
Vietnamese text cells), loaded and merged into a report; every bad cell named by its address
and pointer, from Python and from the command line; workbooks among a roll-up's inputs."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import openpyxl
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import kl224
from kl224.cli import main
from kl224.cli.commands.aggregate import run_aggregate
from kl224.model.figures import iter_figures
from kl224.model.report import Report
from kl224.renderers.xlsx import merge_figures, read_figures, read_report
from kl224.testing import strategies
from profiles import examples


def _blank() -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(kl224.render(kl224.outline_document(), "xlsx")))


def _rows(sheet: Any, column: int) -> dict[str, int]:
    """Row number by pointer (the hidden column ``column``)."""
    return {sheet.cell(row=r, column=column).value: r for r in range(2, sheet.max_row + 1)}


def _save(book: openpyxl.Workbook, path: Path) -> Path:
    book.save(path)
    return path


def _figures(report: Report) -> dict[str, Any]:
    return {f.pointer: f.value for f in iter_figures(report) if f.info.kind != "documents"}


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    book = _blank()
    sheet = book["Số liệu"]
    row = _rows(sheet, 5)
    typed = {
        "/tasks/propaganda/news_items": "1.286",
        "/tasks/propaganda/newspaper_copies": 41520,
        "/tasks/propaganda/radio/communes/part": "12",
        "/tasks/propaganda/radio/communes/whole": 13.0,
        "/tasks/propaganda/lecturers/total": " 42 người ",
        "/tasks/propaganda/lecturers/ethnic_minority": "17",
        "/tasks/facilities/equipment_investment": "2.850.000.000",
        "/leadership/inspection/surveys": 0,
    }
    for pointer, value in typed.items():
        sheet.cell(row=row[pointer], column=4, value=value)
    targets = book["Chỉ tiêu"]
    first = ("Tỷ lệ cán bộ được học tập", "%", 95, "98,5%", "Vượt")
    for column, value in zip("BCDEG", first, strict=True):
        targets[f"{column}2"] = value
    second = ("Tỷ lệ thôn có loa", "%", 0.9, 0.879)
    for column, value in zip("BCDE", second, strict=True):
        targets[f"{column}3"] = value
    targets["D3"].number_format = targets["E3"].number_format = "0.0%"
    meta = book["Thông tin chung"]
    where = _rows(meta, 3)
    meta.cell(row=where["/meta/issuing_body"], column=2, value="Đảng ủy xã Bản Bo")
    meta.cell(row=where["/meta/symbol"], column=2, value="BC/ĐU")
    meta.cell(row=where["/meta/date"], column=2, value="30/10/2025")
    meta.cell(row=where["/meta/communes"], column=2, value="1")
    meta.cell(row=where["/meta/level"], column=2, value="Cấp xã")
    return _save(book, tmp_path / "ban-bo.xlsx")


def test_a_filled_blank_workbook_loads_the_figures_typed_into_it(filled: Path) -> None:
    report = kl224.load(filled)
    propaganda = report.tasks.propaganda
    assert propaganda.news_items == 1286 and propaganda.newspaper_copies == 41520
    assert propaganda.radio.communes == kl224.Ratio(part=12, whole=13)
    assert propaganda.radio.villages is None
    assert propaganda.lecturers == kl224.Headcount(total=42, ethnic_minority=17)
    assert report.tasks.facilities.equipment_investment == kl224.Money(dong=2_850_000_000)
    assert report.leadership.inspection.surveys == 0
    reported = {p for p, v in _figures(report).items() if v not in (None, ())}
    assert len(reported) == 7
    first, second = report.tasks.objectives.targets
    assert (first.indicator, first.unit, first.target, first.result, first.note) == (
        "Tỷ lệ cán bộ được học tập", "%", Decimal(95), Decimal("98.5"), "Vượt")
    assert (second.target, second.result) == (Decimal(90), Decimal("87.9"))
    assert report.meta.issuing_body == "Đảng ủy xã Bản Bo"
    assert str(report.meta.symbol) == "BC/ĐU" and report.meta.communes == 1
    assert report.meta.level == "commune"
    assert report.meta.date is not None and report.meta.date.isoformat() == "2025-10-30"


def test_rows_are_found_by_pointer_not_by_position(filled: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(filled)
    sheet = book["Số liệu"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    for index, values in enumerate(reversed(rows), start=2):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=index, column=column).value = value
    assert kl224.load(_save(book, tmp_path / "sorted.xlsx")) == kl224.load(filled)


def test_a_rendered_workbook_loads_back_its_report() -> None:
    sample = kl224.sample_report()
    assert read_report(kl224.render(sample, "xlsx")) == sample
    without_data = openpyxl.load_workbook(io.BytesIO(kl224.render(sample, "xlsx")))
    del without_data["kl224"]
    buffer = io.BytesIO()
    without_data.save(buffer)
    back = read_report(buffer.getvalue())
    assert _figures(back) == _figures(sample)
    assert back.tasks.objectives.targets == sample.tasks.objectives.targets
    for field in ("issuing_body", "superior_body", "number", "symbol", "place", "date",
                  "period", "communes", "villages"):
        assert getattr(back.meta, field) == getattr(sample.meta, field), field
    assert back.meta.signer is not None and back.meta.signer.name == "Đinh Hữu Khang"


def test_a_rendered_workbook_edited_loads_its_report_with_the_edits(tmp_path: Path) -> None:
    sample = kl224.sample_report()
    book = openpyxl.load_workbook(io.BytesIO(kl224.render(sample, "xlsx")))
    sheet = book["Số liệu"]
    row = _rows(sheet, 5)
    sheet.cell(row=row["/tasks/propaganda/news_items"], column=4).value = "1.300"
    sheet.cell(row=row["/tasks/propaganda/websites"], column=4).value = None
    for pointer in ("/tasks/culture/villages_with_troupes/part",
                    "/tasks/culture/villages_with_troupes/whole",
                    "/tasks/propaganda/lecturers/ethnic_minority"):
        sheet.cell(row=row[pointer], column=4).value = None
    book["Chỉ tiêu"]["E3"] = 99
    meta = book["Thông tin chung"]
    where = _rows(meta, 3)
    meta.cell(row=where["/meta/place"], column=2).value = None
    meta.cell(row=where["/meta/number"], column=2).value = None
    edited = kl224.load(_save(book, tmp_path / "edited.xlsx"))
    propaganda = edited.tasks.propaganda
    assert propaganda.news_items == 1300 and propaganda.websites is None
    assert propaganda.lecturers == kl224.Headcount(total=42)
    assert edited.tasks.culture.villages_with_troupes is None
    assert edited.tasks.objectives.targets[1].result == 99
    assert edited.meta.place == "" and edited.meta.number is None
    # What a workbook does not show comes from the report it carries.
    assert edited.context == sample.context and edited.meta.recipients == sample.meta.recipients
    assert edited.leadership.documents.issued == sample.leadership.documents.issued
    assert edited.meta.signer == sample.meta.signer


def test_merge_sets_typed_figures_and_keeps_everything_else(filled: Path) -> None:
    sample = kl224.sample_report()
    merged = kl224.merge_figures(sample, filled)
    assert merged.tasks.propaganda.news_items == 1286
    assert merged.tasks.propaganda.radio.communes == kl224.Ratio(part=12, whole=13)
    # Empty cells keep the report's value; narrative and meta are untouched.
    assert merged.tasks.propaganda.radio.villages == sample.tasks.propaganda.radio.villages
    assert merged.tasks.culture == sample.tasks.culture
    assert merged.context == sample.context and merged.meta == sample.meta
    assert len(merged.tasks.objectives.targets) == 2
    with_meta = merge_figures(sample, filled, meta=True)
    assert with_meta.meta.issuing_body == "Đảng ủy xã Bản Bo"
    assert with_meta.meta.signer == sample.meta.signer


def test_merging_a_reports_own_workbook_changes_nothing() -> None:
    sample = kl224.sample_report()
    assert merge_figures(sample, kl224.render(sample, "xlsx")) == sample


@settings(max_examples=examples(15))
@given(report=st.one_of(
    strategies.reports(max_blocks=1),
    strategies.reports(text=strategies.hostile_text(), max_blocks=1),
))
def test_any_reports_workbook_loads_back_and_merges_as_a_no_op(report: Report) -> None:
    targets = report.tasks.objectives.targets
    # A target row with nothing in it is indistinguishable from the blank rows below.
    assume(all(t.indicator.strip() or t.unit.strip() or t.note.strip()
               or t.target is not None or t.result is not None for t in targets))
    data = kl224.render(report, "xlsx")
    assert merge_figures(report, data) == report
    assert read_report(data) == report


def test_a_figure_for_an_item_answered_not_applicable_is_refused(
    filled: Path, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(filled)
    sheet = book["Số liệu"]
    pointer = "/tasks/propaganda/ethnic_language/materials"
    row = _rows(sheet, 5)[pointer]
    sheet.cell(row=row, column=4).value = 5
    sample = kl224.sample_report()
    propaganda = attrs.evolve(sample.tasks.propaganda, ethnic_language=kl224.NotApplicable())
    report = attrs.evolve(sample, tasks=attrs.evolve(sample.tasks, propaganda=propaganda))
    with pytest.raises(kl224.LoadError) as caught:
        merge_figures(report, _save(book, tmp_path / "na.xlsx"))
    assert [p.code for p in caught.value.problems] == ["cell-not-applicable"]
    assert str(caught.value).startswith(f"Số liệu!D{row} ({pointer}): Báo cáo ghi mục này")


# -- bad cells -------------------------------------------------------------------------------------


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    book = _blank()
    sheet = book["Số liệu"]
    row = _rows(sheet, 5)
    for pointer, value in {
        "/tasks/propaganda/news_items": "1.5",
        "/tasks/propaganda/websites": -3,
        "/tasks/propaganda/contests": 2.5,
        "/tasks/propaganda/radio/communes/part": 14,
        "/tasks/propaganda/radio/communes/whole": 13,
        "/tasks/culture/villages_with_troupes/part": 4,
        "/tasks/party_history/tradition_rooms": "nhiều",
    }.items():
        sheet.cell(row=row[pointer], column=4, value=value)
    book["Chỉ tiêu"]["B2"], book["Chỉ tiêu"]["E2"] = "Tỷ lệ", "abc"
    meta = book["Thông tin chung"]
    meta.cell(row=_rows(meta, 3)["/meta/date"], column=2, value="hôm qua")
    return _save(book, tmp_path / "bad.xlsx")


def test_every_unreadable_cell_is_named_with_its_pointer(bad: Path) -> None:
    with pytest.raises(kl224.LoadError) as caught:
        kl224.load(bad)
    lines = str(caught.value).splitlines()
    row = _rows(openpyxl.load_workbook(bad)["Số liệu"], 5)
    date = _rows(openpyxl.load_workbook(bad)["Thông tin chung"], 3)["/meta/date"]
    expected = [
        (f"Số liệu!D{row['/tasks/propaganda/news_items']} (/tasks/propaganda/news_items)", "1.5"),
        (f"Số liệu!D{row['/tasks/propaganda/websites']} (/tasks/propaganda/websites)", "-3"),
        (f"Số liệu!D{row['/tasks/propaganda/contests']} (/tasks/propaganda/contests)", "2,5"),
        (f"Số liệu!D{row['/tasks/party_history/tradition_rooms']} "
         "(/tasks/party_history/tradition_rooms)", "nhiều"),
        ("Chỉ tiêu!E2 (/tasks/objectives/targets/0/result)", "abc"),
        (f"Thông tin chung!B{date} (/meta/date)", "hôm qua"),
    ]
    assert len(lines) == len(expected)
    for (where, shown), line in zip(expected, lines, strict=True):
        assert line.startswith(where + ": ") and shown in line, line


def test_an_unknown_level_is_refused_with_the_choices(filled: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(filled)
    meta = book["Thông tin chung"]
    row = _rows(meta, 3)["/meta/level"]
    meta.cell(row=row, column=2).value = "cấp thôn"
    with pytest.raises(kl224.LoadError) as caught:
        kl224.load(_save(book, tmp_path / "level.xlsx"), lang="en")
    assert str(caught.value) == (
        f"Thông tin chung!B{row} (/meta/level): “cấp thôn” is not a reporting level; choose "
        "one of: cấp tỉnh, cấp huyện, cấp xã."
    )
    levels = meta.data_validations.dataValidation
    assert (levels[0].type, levels[0].formula1) == ("list", '"cấp tỉnh,cấp huyện,cấp xã"')


def test_model_rules_on_typed_cells_name_the_cell(bad: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(bad)
    sheet = book["Số liệu"]
    row = _rows(sheet, 5)
    for pointer in ("/tasks/propaganda/news_items", "/tasks/propaganda/websites",
                    "/tasks/propaganda/contests", "/tasks/party_history/tradition_rooms"):
        sheet.cell(row=row[pointer], column=4, value=1)
    book["Chỉ tiêu"]["E2"] = 1
    meta = book["Thông tin chung"]
    meta.cell(row=_rows(meta, 3)["/meta/date"], column=2).value = None
    with pytest.raises(kl224.LoadError) as caught:
        kl224.load(_save(book, tmp_path / "rules.xlsx"), lang="en")
    lines = str(caught.value).splitlines()
    part = row["/tasks/propaganda/radio/communes/part"]
    whole = row["/tasks/culture/villages_with_troupes/whole"]
    assert lines == [
        f"Số liệu!D{part} (/tasks/propaganda/radio/communes/part): The part (14) must not "
        "exceed the whole (13); check both numbers.",
        f"Số liệu!D{whole} (/tasks/culture/villages_with_troupes/whole): This cell is empty "
        "while its companion is filled in (a ratio needs its part and its whole, an "
        "ethnic-minority count its total, a period both dates); fill it in.",
    ]


def test_the_command_line_names_bad_cells_and_exits_2(
    bad: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["check", str(bad)])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in out + err
    assert "Chỉ tiêu!E2 (/tasks/objectives/targets/0/result)" in out + err
    code = main(["render", str(bad), "-f", "pdf", "-o", str(tmp_path / "x.pdf")])
    out, err = capsys.readouterr()
    assert code == 2 and "Số liệu!D" in err and not (tmp_path / "x.pdf").exists()


def test_not_a_workbook_and_a_foreign_workbook(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(kl224.LoadError) as caught:
        kl224.load(fake)
    assert [p.code for p in caught.value.problems] == ["not-a-workbook"]
    assert "fake.xlsx" in str(caught.value)
    foreign = openpyxl.Workbook()
    foreign.active["A1"] = 1
    with pytest.raises(kl224.LoadError) as caught:
        kl224.load(_save(foreign, tmp_path / "foreign.xlsx"))
    assert [p.code for p in caught.value.problems] == ["no-figures-sheet"]
    assert "Số liệu" in str(caught.value)


def test_an_edited_pointer_and_a_repeated_row_are_refused(filled: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(filled)
    sheet = book["Số liệu"]
    sheet["E2"] = "/tasks/nowhere"
    sheet["E3"] = sheet["E4"].value
    with pytest.raises(kl224.LoadError) as caught:
        read_figures(_save(book, tmp_path / "edited.xlsx"))
    assert [(p.code, p.params["cell"]) for p in caught.value.problems] == [
        ("unknown-row", "Số liệu!E2"), ("duplicate-row", "Số liệu!D4")]


# -- the command line and the roll-up -------------------------------------------------------------


def test_template_render_and_aggregate_from_the_command_line(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = tmp_path / "mau.xlsx"
    assert main(["template", "-f", "xlsx", "-o", str(blank)]) == 0
    assert openpyxl.load_workbook(blank).sheetnames == ["Số liệu", "Chỉ tiêu", "Thông tin chung"]
    sample_json = tmp_path / "tam-duong.json"
    kl224.dump(kl224.sample_report(), sample_json)
    assert main(["render", str(sample_json), "-f", "xlsx", "-o", str(tmp_path / "s.xlsx")]) == 0
    out = tmp_path / "tong-hop.json"
    err = io.StringIO()
    code = run_aggregate([str(sample_json), str(filled)], str(out), err=err)
    assert code == 0, err.getvalue()
    total = kl224.load(out)
    assert total.tasks.propaganda.news_items == 1286 + 1286
    assert total.tasks.propaganda.radio.communes == kl224.Ratio(part=13 + 12, whole=13 + 13)
    rolled = tmp_path / "tong-hop.xlsx"
    assert run_aggregate([str(sample_json), str(filled)], str(rolled), err=err) == 0
    names = [c.value for c in openpyxl.load_workbook(rolled)["So sánh đơn vị"]["B"][4:6]]
    assert sorted(names) == ["Huyện ủy Tam Đường", "Đảng ủy xã Bản Bo"]
    capsys.readouterr()


def test_cli_json_output_of_check_on_a_workbook(filled: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kl224.cli", "check", str(filled), "--format", "json"],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    assert "findings" in json.loads(done.stdout)


def test_merge_command_writes_a_new_report_and_never_an_input(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "ban-bo.json"
    kl224.dump(kl224.sample_report(), source)
    before = source.read_bytes()
    out = tmp_path / "ban-bo-so-lieu.json"
    assert main(["merge", str(source), str(filled), "-o", str(out)]) == 0
    merged = kl224.load(out)
    assert merged.tasks.propaganda.news_items == 1286
    assert merged.context == kl224.sample_report().context
    assert str(out) in capsys.readouterr().err
    for target in (source, filled):
        code = main(["merge", str(source), str(filled), "-o", str(target), "--force"])
        _, err = capsys.readouterr()
        assert code == 2 and "không ghi đè lên tệp đầu vào" in err
    assert source.read_bytes() == before
    assert main(["merge", str(source), str(filled), "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    pdf = tmp_path / "ban-bo.pdf"
    assert main(["merge", str(source), str(filled), "-o", str(pdf), "--meta"]) == 0
    assert kl224.load(pdf).meta.issuing_body == "Đảng ủy xã Bản Bo"


def test_merge_command_with_bad_cells_exits_2_writing_nothing(
    bad: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "r.json"
    kl224.dump(kl224.sample_report(), source)
    out = tmp_path / "out.json"
    assert main(["merge", str(source), str(bad), "-o", str(out), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert "Chỉ tiêu!E2 (/tasks/objectives/targets/0/result): Cannot read “abc”" in captured.err
    assert "Traceback" not in captured.err and not out.exists()
