"""The command line never destroys a file: not an input (even with --force), not a folder,
not a demo file the user changed; and its refusals name the output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import kl224
from kl224.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def report_json(tmp_path: Path) -> Path:
    path = tmp_path / "report.json"
    kl224.dump(kl224.sample_report(), path)
    return path


def test_render_onto_its_input_is_refused_even_with_force(
    capsys: pytest.CaptureFixture[str], report_json: Path
) -> None:
    before = report_json.read_bytes()
    for lang, words in (("vi", "tệp đầu vào"), ("en", "one of the inputs")):
        code, _, err = run(
            capsys, "--lang", lang, "render", str(report_json), "-f", "pdf", "-o",
            str(report_json), "--force",
        )
        assert code == 2
        assert words in err and str(report_json) in err
        # A refusal, said as one, not an internal error to report.
        assert "UsageError" not in err and "lỗi nội bộ" not in err and "internal" not in err
    assert report_json.read_bytes() == before


def test_a_second_name_of_the_input_is_recognised(
    capsys: pytest.CaptureFixture[str], report_json: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.json"
    os.link(report_json, link)
    dotted = tmp_path / "." / "sub" / ".." / "report.json"
    (tmp_path / "sub").mkdir()
    before = report_json.read_bytes()
    for output in (link, dotted):
        code, _, _ = run(capsys, "render", str(report_json), "-o", str(output), "-f", "text",
                         "--force")
        assert code == 2, output
    assert report_json.read_bytes() == before


def test_render_many_never_writes_onto_an_input(
    capsys: pytest.CaptureFixture[str], report_json: Path, tmp_path: Path
) -> None:
    # a.json rendered to text into the folder of b/a.txt, which is itself an input.
    (tmp_path / "b").mkdir()
    other = tmp_path / "b" / "a.txt"
    other.write_text("the user's own notes", encoding="utf-8")
    source = tmp_path / "a.json"
    kl224.dump(kl224.sample_report(), source)
    code, _, err = run(
        capsys, "render", str(source), str(other), "-f", "text", "-d", str(tmp_path / "b"),
        "--force", "-j", "1",
    )
    assert code == 2
    assert other.read_text(encoding="utf-8") == "the user's own notes"
    assert "a.txt" in err and "đầu vào" in err


def test_aggregate_onto_an_input_is_refused_even_with_force(
    capsys: pytest.CaptureFixture[str], report_json: Path, tmp_path: Path
) -> None:
    second = tmp_path / "b.json"
    kl224.dump(kl224.sample_report(), second)
    before = report_json.read_bytes()
    code, _, err = run(capsys, "--lang", "en", "aggregate", str(report_json), str(second), "-o",
                       str(report_json), "--force")
    assert code == 2
    assert "one of the inputs" in err
    assert report_json.read_bytes() == before
    meta = tmp_path / "meta.json"
    meta.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "aggregate", str(report_json), "--meta", str(meta), "-o",
                       str(meta), "--force")
    assert code == 2
    assert meta.read_text(encoding="utf-8") == "{}"


def test_convert_text_never_replaces_its_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "old.txt"
    legacy = "Vi\u00d6t Nam".encode("latin-1")  # TCVN3 bytes of "Việt Nam"
    source.write_bytes(legacy)
    code, _, err = run(capsys, "convert-text", str(source), "--from", "tcvn3", "-o",
                       str(source), "--force")
    assert code == 2
    assert source.read_bytes() == legacy
    target = tmp_path / "new.txt"
    code, _, err = run(capsys, "convert-text", str(source), "--from", "tcvn3", "-o", str(target))
    assert code == 0, err
    assert target.read_text(encoding="utf-8") == "Việt Nam"
    code, _, err = run(capsys, "convert-text", str(source), "--from", "tcvn3", "-o", str(target))
    assert code == 2 and str(target) in err and "--force" in err


@pytest.mark.parametrize("command", ["render", "template", "aggregate"])
def test_an_existing_folder_as_output_is_a_clear_message(
    capsys: pytest.CaptureFixture[str], report_json: Path, tmp_path: Path, command: str
) -> None:
    folder = tmp_path / "out.pdf"
    folder.mkdir()
    args = {
        "render": ["render", str(report_json)],
        "template": ["template"],
        "aggregate": ["aggregate", str(report_json)],
    }[command]
    code, _, err = run(capsys, *args, "-o", str(folder), "--force")
    assert code == 2
    assert f"{folder} là một thư mục" in err
    assert ".tmp" not in err and "Errno" not in err
    assert list(folder.iterdir()) == []


def test_already_exists_names_the_output(
    capsys: pytest.CaptureFixture[str], report_json: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "--lang", "en", "render", str(report_json), "-o", str(target))
    assert code == 2
    assert f"{target} exists; use --force" in err
    assert str(report_json) not in err
    # Several inputs: the refusal names the output file that exists.
    (tmp_path / "report.txt").write_text("keep me too", encoding="utf-8")
    code, _, err = run(capsys, "--lang", "en", "render", str(report_json), str(report_json),
                       "-f", "text", "-j", "1")
    assert code == 2
    assert f"the output {tmp_path / 'report.txt'} exists" in err
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == "keep me too"


def test_demo_keeps_files_the_user_changed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "demo"
    code, _, _ = run(capsys, "demo", "-o", str(out))
    assert code == 0
    sample = out / "sample.json"
    edited = json.loads(sample.read_text(encoding="utf-8"))
    edited["meta"]["signer"]["name"] = "Người dùng đã sửa"
    sample.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    pdf_before = (out / "sample.pdf").read_bytes()
    (out / "sample.pdf").unlink()

    code, _, err = run(capsys, "demo", "-o", str(out))
    assert code == 0
    # The edited file is kept, and the message says so; the deleted one is written again.
    assert "Người dùng đã sửa" in sample.read_text(encoding="utf-8")
    assert f"Giữ nguyên {sample}" in err
    assert (out / "sample.pdf").read_bytes() == pdf_before
    # A file the demo did not write is never replaced either.
    stranger = out / "sample.txt"
    stranger.unlink()
    (out / ".kl224-demo.json").unlink()
    stranger.write_text("my own text", encoding="utf-8")
    code, _, err = run(capsys, "--lang", "en", "demo", "-o", str(out))
    assert code == 0
    assert stranger.read_text(encoding="utf-8") == "my own text"
    assert f"Kept {stranger}" in err


def test_demo_into_a_file_is_a_clear_message(
    capsys: pytest.CaptureFixture[str], report_json: Path
) -> None:
    before = report_json.read_bytes()
    code, _, err = run(capsys, "demo", "-o", str(report_json))
    assert code == 2
    assert "không phải thư mục" in err
    assert report_json.read_bytes() == before


def test_the_reference_document_is_never_an_output(
    capsys: pytest.CaptureFixture[str], report_json: Path, tmp_path: Path
) -> None:
    office = tmp_path / "office.docx"
    kl224.render(kl224.sample_report(), "docx", office)
    before = office.read_bytes()
    code, _, err = run(capsys, "render", str(report_json), "-o", str(office), "--reference-doc",
                       str(office), "--force")
    assert code == 2 and "tệp đầu vào" in err
    # Several inputs: report.json would become report.docx — the reference document here.
    reference = tmp_path / "report.docx"
    reference.write_bytes(before)
    code, _, err = run(capsys, "render", str(report_json), "-f", "docx", "--reference-doc",
                       str(reference), "--force", "-j", "1")
    assert code == 2 and "report.docx" in err
    assert office.read_bytes() == before and reference.read_bytes() == before
