"""The kl224 command: every subcommand, exit codes, and no tracebacks on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kl224.cli import main

# A verbatim copy of ../shared/spec/outline-kl224.txt, so a clean clone tests against it too.
OUTLINE_TXT = Path(__file__).parent / "data" / "outline-kl224.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2
    assert "render" in err and "hãy chọn một lệnh" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert "kl224 0." in capsys.readouterr().out


def test_bad_command_line_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["render"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2


def test_schema_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"].endswith("2020-12/schema")


def test_renderers_lists_the_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "renderers")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert names[:3] == ["text", "docx", "pdf"]


def test_template_text_holds_the_outline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "template", "-f", "text")
    assert code == 0
    flat = " ".join(out.split())
    position = 0
    for line in OUTLINE_TXT.read_text(encoding="utf-8").splitlines():
        if line.strip():
            wanted = " ".join(line.split())
            assert wanted in flat[position:], f"missing or out of order: {line!r}"
            position = flat.index(wanted, position) + len(wanted)


def test_demo_writes_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _ = run(capsys, "demo", "-o", str(tmp_path))
    assert code == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [".kl224-demo.json", "sample.docx", "sample.json", "sample.pdf", "sample.txt"]
    assert (tmp_path / "sample.pdf").read_bytes().startswith(b"%PDF-")


def test_render_json_to_text_and_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import kl224

    source = tmp_path / "r.json"
    kl224.dump(kl224.sample_report(), source)
    code, out, _ = run(capsys, "render", str(source), "-f", "text", "-o", "-")
    assert code == 0
    assert "BÁO CÁO" in out
    code, _, err = run(capsys, "render", str(source), "-f", "docx")
    assert code == 0
    docx = tmp_path / "r.docx"
    assert kl224.load(docx) == kl224.sample_report()
    code, _, err = run(capsys, "render", str(source), "-f", "docx")
    assert code == 2
    assert "--force" in err
    code, _, _ = run(capsys, "render", str(source), "-f", "docx", "--force")
    assert code == 0


def test_render_by_output_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import kl224

    source = tmp_path / "r.json"
    kl224.dump(kl224.sample_report(), source)
    target = tmp_path / "out.pdf"
    code, _, _ = run(capsys, "render", str(source), "-o", str(target))
    assert code == 0
    assert target.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("not json at all", "JSON"),
        ("[1, 2]", ""),
        ('{"meta": {"issuing_body": 5, "number": -1}}', "/meta/number"),
    ],
)
def test_unusable_input_exits_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    code, _out, err = run(capsys, "render", str(source), "-f", "text", "-o", "-")
    assert code == 2
    assert "Traceback" not in err
    assert expected in err
    assert not (tmp_path / "bad.txt").exists()


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "render", str(tmp_path / "nope.json"), "-f", "text")
    assert code == 2
    assert "nope.json" in err


def test_unknown_format_says_did_you_mean(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--lang", "en", "template", "-f", "pdff")
    assert code == 2
    assert "did you mean “pdf”" in err


def test_template_picks_the_format_by_the_output_suffix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, _ = run(capsys, "template", "-o", str(tmp_path / "blank.docx"))
    assert code == 0
    assert (tmp_path / "blank.docx").read_bytes().startswith(b"PK")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["template", "-f", "pdff"], "không có định dạng “pdff”; có phải là “pdf”?"),
        (["template", "-o", "blank.xyz"], "không có định dạng nào ghi tệp “.xyz”"),
        (["template", "-o", "blank"], "không có phần mở rộng; hãy chỉ rõ định dạng"),
    ],
)
def test_renderer_lookup_errors_are_vietnamese_by_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], expected: str
) -> None:
    argv = [str(tmp_path / a) if a.startswith("blank") else a for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert expected in err
    assert "renderer" not in err.replace(str(tmp_path), "") and "Traceback" not in err


def test_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kl224.cli", "--lang", "en", "renderers"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "docx" in result.stdout


def test_convert_text_from_vni(tmp_path: Path) -> None:
    source = tmp_path / "old.txt"
    source.write_bytes("Vieät Nam".encode("cp1252"))
    result = subprocess.run(
        [sys.executable, "-m", "kl224.cli", "convert-text", "--from", "vni", str(source)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").strip() == "Việt Nam"


def test_convert_text_unsure_exits_2(tmp_path: Path) -> None:
    source = tmp_path / "short.txt"
    source.write_bytes(b"ch\xe0")
    result = subprocess.run(
        [sys.executable, "-m", "kl224.cli", "convert-text", str(source)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2
    assert b"--from" in result.stderr


def test_aggregate_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import kl224

    first = tmp_path / "a.json"
    kl224.dump(kl224.sample_report(), first)
    second = tmp_path / "b.docx"
    kl224.render(kl224.sample_report(), "docx", second)
    out = tmp_path / "total.json"
    code, _, err = run(capsys, "aggregate", str(first), str(second), "-o", str(out))
    assert code == 0, err
    total = kl224.load(out)
    assert total.tasks.propaganda.news_items == 2 * (
        kl224.sample_report().tasks.propaganda.news_items or 0
    )
    missing = str(tmp_path / "none.json")
    code, _, err = run(capsys, "aggregate", str(first), missing, "-o", str(tmp_path / "t2.pdf"))
    assert code == 2
    assert "none.json" in err


def test_render_many_inputs_in_parallel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import kl224

    sources = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.json"
        kl224.dump(kl224.sample_report(), path)
        sources.append(str(path))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run(capsys, "render", *sources, "-f", "docx", "-d", str(out_dir), "-j", "2")
    assert code == 0, err
    outputs = sorted(p.name for p in out_dir.iterdir())
    assert outputs == ["a.docx", "b.docx", "c.docx"]
    assert kl224.load(out_dir / "b.docx") == kl224.sample_report()
    before = (out_dir / "a.docx").stat().st_mtime_ns
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    code, _, err = run(
        capsys, "render", sources[0], str(tmp_path / "bad.json"), "-f", "docx", "-d", str(out_dir)
    )
    assert code == 2
    assert "--force" in err
    assert "bad.json" in err
    assert (out_dir / "a.docx").stat().st_mtime_ns == before
    assert not (out_dir / "bad.docx").exists()
