"""`kl224 check` output (text and JSON), exit codes, import weight, and the catalogue in
docs/validation.md kept in step with the code."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import kl224
from kl224.cli.commands.check import run_check
from kl224.validation import CODES, validate
from kl224.validation.output import format_text, to_json_data
from test_validation import complete_report, replace_at

DOC = Path(__file__).resolve().parents[1] / "docs" / "validation.md"
ROW = re.compile(
    r"^\| (KL224-[A-Z]\d{3}) \| (\w+) \| (error|warning|info) \| (error|warning|info) \|"
    r" (.+?) \| (.+?) \|$"
)


def _catalogue() -> dict[str, tuple[str, str, str, str]]:
    rows: dict[str, tuple[str, str, str, str]] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            code, area, draft, final, _, example = match.groups()
            assert code not in rows, f"{code} twice in the catalogue"
            rows[code] = (area, draft, final, example)
    return rows


def test_catalogue_and_code_list_the_same_codes() -> None:
    documented = _catalogue()
    assert set(documented) == set(CODES)
    mentioned = set(re.findall(r"KL224-[A-Z]\d{3}", DOC.read_text(encoding="utf-8")))
    assert mentioned <= set(CODES), mentioned - set(CODES)


def test_catalogue_states_each_code_s_area_and_severities() -> None:
    for code, (area, draft, final, _) in _catalogue().items():
        spec = CODES[code]
        assert (area, draft, final) == (spec.area, spec.draft.value, spec.final.value), code


def test_catalogue_examples_fit_their_templates() -> None:
    for code, (*_, example) in _catalogue().items():
        pattern = re.escape(CODES[code].vi)
        pattern = re.sub(r"\\\{\w+\\\}", ".+?", pattern)
        assert re.fullmatch(pattern, example), (code, example)


# --------------------------------------------------------------------------------------------
# run_check


def _write(tmp_path: Path, report: kl224.Report) -> str:
    import kl224.serialization as serialization
    path = tmp_path / "report.json"
    path.write_text(serialization.dumps(report), encoding="utf-8")
    return str(path)


def test_sample_checks_clean_in_text() -> None:
    out = io.StringIO()
    assert run_check(None, final=True, fmt="text", lang="vi", out=out) == 0
    text = out.getvalue()
    assert text.startswith("Kiểm tra báo cáo (chế độ chính thức): 0 lỗi, 0 cảnh báo")
    assert "Không có phát hiện nào." in text
    assert re.search(r"^Tổng cộng +\| +17/17 \| +48/48 \| +100%$", text, re.MULTILINE)


def test_sample_checks_clean_in_json() -> None:
    out = io.StringIO()
    assert run_check(None, final=False, fmt="json", lang="en", out=out) == 0
    data = json.loads(out.getvalue())
    assert data["ok"] is True and data["policy"] == "draft" and data["lang"] == "en"
    # The sample is marked final: checked as a draft, it gets the reminder and nothing else.
    assert data["counts"] == {"error": 0, "warning": 0, "info": 1}
    assert [f["code"] for f in data["findings"]] == ["KL224-M312"]
    assert data["completeness"]["overall"]["share"] == 1.0
    assert [p["key"] for p in data["completeness"]["parts"]][:3] == ["A", "B.I", "B.II.1"]


def test_errors_exit_1_and_json_carries_every_field(tmp_path: Path) -> None:
    report = replace_at(complete_report(), "/tasks/propaganda/radio/communes/whole", 18)
    report = replace_at(report, "/meta/number", None)
    source = _write(tmp_path, report)
    out = io.StringIO()
    assert run_check(source, final=True, fmt="json", lang="vi", out=out) == 1
    data = json.loads(out.getvalue())
    assert data == to_json_data(validate(report, policy="final"), "vi")
    assert data["ok"] is False and data["counts"]["error"] == 2
    k204 = data["findings"][1]
    assert k204["code"] == "KL224-K204" and k204["severity"] == "error"
    assert k204["pointer"] == "/tasks/propaganda/radio/communes/whole"
    assert k204["related"] == ["/meta/communes"]
    assert k204["params"]["whole"] == 18 and k204["params"]["total"] == 17
    assert k204["message"].startswith("“Xã, thị trấn có hệ thống truyền thanh cơ sở”")
    b_i = data["completeness"]["parts"][1]
    assert b_i["figures_share"] == 1.0 and b_i["items_share"] == 1.0


def test_a_draft_with_only_warnings_exits_0(tmp_path: Path) -> None:
    report = replace_at(complete_report(), "/leadership/inspection/surveys", None)
    out = io.StringIO()
    assert run_check(_write(tmp_path, report), final=False, fmt="text", lang="en", out=out) == 0
    assert "[WARNING] KL224-C102 /leadership/inspection/surveys" in out.getvalue()
    out = io.StringIO()
    assert run_check(_write(tmp_path, report), final=True, fmt="text", lang="en", out=out) == 1


def test_text_groups_findings_under_item_headings() -> None:
    report = replace_at(complete_report(), "/meta/place", "")
    report = replace_at(report, "/tasks/propaganda/websites", None)
    report = replace_at(report, "/tasks/propaganda/contests", None)
    text = format_text(validate(report, policy="final"), "vi")
    lines = text.splitlines()
    meta = lines.index("Thông tin văn bản (số, ký hiệu, ngày tháng, người ký, nơi nhận)")
    assert lines[meta + 1].startswith("  [LỖI] KL224-M305 /meta/place: Chưa có địa danh")
    heading = next(i for i, line in enumerate(lines) if line.startswith("[B.II.2] 2. Nâng cao"))
    assert lines[heading].endswith("…") and len(lines[heading]) <= 90
    # Field order (the outline's order of topics), not alphabetical order.
    assert lines[heading + 1].startswith("  [LỖI] KL224-C102 /tasks/propaganda/websites:")
    assert lines[heading + 2].startswith("  [LỖI] KL224-C102 /tasks/propaganda/contests:")
    row = next(line for line in lines if line.startswith("B.II.2 "))
    # Eleven figures required (the "(nếu có)" part is not applicable), nine given:
    # (1 item + 9 figures) / (1 + 11).
    assert [cell.strip() for cell in row.split("|")[1:]] == ["1/1", "9/11", "83,3%"]


def test_text_shows_related_pointers() -> None:
    report = replace_at(complete_report(), "/proposals/none_to_make", True)
    text = format_text(validate(report), "en")
    assert "  [ERROR] KL224-K207 /proposals/none_to_make: Part C lists" in text
    assert "      related: /proposals/items" in text


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"meta": {"issuing_body": 5}}', encoding="utf-8")
    out = io.StringIO()
    assert run_check(str(bad), final=False, fmt="text", lang="en", out=out) == 2
    assert out.getvalue().startswith("The report cannot be read:\n")
    assert "/meta/issuing_body" in out.getvalue()
    out = io.StringIO()
    assert run_check(str(tmp_path / "missing.json"), final=False, fmt="json", lang="vi",
                     out=out) == 2
    data = json.loads(out.getvalue())
    assert data["ok"] is False and data["error"]["message"]
    assert isinstance(data["error"]["problems"], list) and data["error"]["problems"]


def test_check_does_not_import_the_renderers() -> None:
    code = (
        "import io, sys\n"
        "from kl224.cli.commands.check import run_check\n"
        "code = run_check(None, final=True, fmt='text', lang='vi', out=io.StringIO())\n"
        "assert code == 0, code\n"
        "heavy = [m for m in sys.modules if m.startswith(('docx', 'reportlab', 'pypdf'))]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
