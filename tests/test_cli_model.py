"""The command line for issue 15 items 5–6: ``kl224 template -f json`` writes a blank report
that ``kl224 check`` reads and lists item by item; ``kl224 render`` warns about a report with
errors, and ``--strict`` refuses it (exit 1) without writing anything."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import kl224
from kl224.cli import main
from kl224.model.figures import iter_figures


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _keys(cls: type) -> set[str]:
    return {a.name for a in attrs.fields(cls)}


def test_template_json_holds_every_key_and_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.json"
    code, _, err = run(capsys, "template", "-f", "json", "-o", str(path))
    assert code == 0 and str(path) in err
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == kl224.serialization.SCHEMA_VERSION
    assert set(data) - {"schema_version"} == _keys(kl224.Report)
    assert set(data["meta"]) == _keys(kl224.ReportMeta)
    assert set(data["tasks"]) == _keys(kl224.TaskResults)
    assert set(data["tasks"]["propaganda"]) == _keys(kl224.Propaganda)
    assert set(data["tasks"]["propaganda"]["radio"]) == _keys(kl224.RadioNetwork)
    assert data["context"]["narrative"] == [] and data["tasks"]["objectives"]["targets"] == []
    assert data["meta"]["signer"] == {
        "mark": "T/M", "authority": "BAN THƯỜNG VỤ", "position": "BÍ THƯ", "name": ""
    }
    assert data["meta"]["status"] == "draft" and data["meta"]["symbol"] == "BC/HU"
    report = kl224.load(path)
    figures = list(iter_figures(report))
    assert figures and not any(f.reported for f in figures)
    # Every figure of the model is in the file, as null (or an empty list).
    for figure in figures:
        node = data
        for step in figure.pointer.strip("/").split("/"):
            node = node[step]
        assert node in (None, []), figure.pointer


def test_template_json_by_suffix_and_to_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mau.json"
    assert run(capsys, "template", "-o", str(path))[0] == 0
    assert kl224.load(path).meta.issuing_body == ""
    code, _, _ = run(capsys, "template", "-f", "json", "-o", "-")
    assert code == 0


def test_check_lists_what_the_blank_report_misses_item_by_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.json"
    run(capsys, "template", "-f", "json", "-o", str(path))
    code, out, _ = run(capsys, "check", "--final", "--lang", "en", str(path))
    assert code == 1  # errors, not an unusable input (2)
    for line in ("/meta/number", "/meta/signer/name", "/meta/status", "/context:",
                 "/tasks/propaganda:", "/proposals:"):
        assert line in out, line
    code, out, _ = run(capsys, "check", str(path))
    # A draft: the gaps are warnings, but a form with no item filled is no report (C115).
    assert code == 1 and "KL224-C101 /context" in out and "KL224-C115" in out
    code, out, _ = run(capsys, "check", "--format", "json", "--final", str(path))
    data = json.loads(out)
    assert code == 1 and not data["ok"]
    assert {f["pointer"] for f in data["findings"]} >= {"/context", "/meta/status"}


def _report_with_errors(tmp_path: Path) -> Path:
    report = kl224.replace_at(kl224.sample_report(), "/tasks/propaganda/lecturers",
                              {"total": 3, "ethnic_minority": 4})
    path = tmp_path / "loi.json"
    kl224.dump(report, path)
    return path


def test_render_warns_about_errors_and_still_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _report_with_errors(tmp_path)
    output = tmp_path / "loi.txt"
    code, _, err = run(capsys, "render", str(source), "-o", str(output))
    assert code == 0 and output.exists()
    assert f"Cảnh báo: {source} có 1 lỗi" in err
    assert "/tasks/propaganda/lecturers/ethnic_minority" in err
    # A report without errors renders silently.
    clean = tmp_path / "sach.json"
    kl224.dump(kl224.sample_report(), clean)
    code, _, err = run(capsys, "render", str(clean), "-o", str(tmp_path / "sach.txt"))
    assert code == 0 and "Cảnh báo" not in err


def test_render_strict_refuses_a_report_with_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _report_with_errors(tmp_path)
    output = tmp_path / "loi.txt"
    code, _, err = run(capsys, "render", str(source), "-o", str(output), "--strict",
                       "--lang", "en")
    assert code == 1 and not output.exists()
    assert "has 1 errors and is not written (--strict)" in err
    # Many inputs: the one with errors is left out, the clean one written, exit 1.
    clean = tmp_path / "sach.json"
    kl224.dump(kl224.sample_report(), clean)
    code, _, err = run(capsys, "render", str(source), str(clean), "-f", "text", "--strict",
                       "-d", str(tmp_path))
    assert code == 1
    assert (tmp_path / "sach.txt").exists() and not (tmp_path / "loi.txt").exists()


def test_render_final_policy_warns_about_a_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = kl224.replace_at(kl224.sample_report(), "/meta/status", "draft")
    source = tmp_path / "du-thao.json"
    kl224.dump(report, source)
    code, _, err = run(capsys, "render", str(source), "-o", str(tmp_path / "a.txt"))
    assert code == 0 and err.count("Cảnh báo") == 0
    code, _, err = run(capsys, "render", str(source), "-o", str(tmp_path / "b.txt"), "--final")
    assert code == 0 and "/meta/status" in err
