"""What the command line says: one language per message (Vietnamese by default, English with
--lang en), argparse's own words included, plain words for types and values, decode errors
with their place and a way out."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path

import pytest

import kl224
from kl224.cli import main
from kl224.messages import describe_error

VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's --help and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_vietnamese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("cách dùng: kl224")
    assert "tùy chọn:" in out and "in hướng dẫn này rồi thoát" in out
    assert "usage" not in out and "show this help" not in out
    code, out, _ = run(capsys, "render", "--help")
    assert code == 0 and "tham số:" in out and "TỆP_KẾT_QUẢ" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("--lang", "en", "render", "--help"),
        ("render", "--help", "--lang", "en"),
        ("render", "--lang=en", "--help"),
        ("--la", "en", "render", "--help"),
    ],
)
def test_help_is_english_with_lang_en_anywhere(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out.startswith("usage: kl224 render")
    assert "options:" in out and "show this help message and exit" in out
    assert not VIETNAMESE.search(out), out


@pytest.mark.parametrize(
    ("argv", "vi", "en"),
    [
        (("render",), "còn thiếu các tham số bắt buộc: TỆP",
         "the following arguments are required: INPUT"),
        (("check", "--format", "xml"), "không có lựa chọn “xml”", "no choice “xml”"),
        (("render", "a.json", "-j", "many"), "“many” không phải số nguyên dương",
         "“many” is not a whole number of at least 1"),
        (("no-such-command",), "không có lựa chọn “no-such-command”",
         "no choice “no-such-command”"),
        (("render", "a.json", "--bogus"), "không hiểu các tham số: --bogus",
         "unrecognized arguments: --bogus"),
    ],
)
def test_usage_errors_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], vi: str, en: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert vi in err and "cách dùng:" in err and "--help" in err
    code, _, err = run(capsys, "--lang", "en", *argv)
    assert code == 2
    assert en in err and err.startswith("usage:")
    assert not VIETNAMESE.search(err), err


def test_no_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2
    assert out == ""
    assert "hãy chọn một lệnh" in err
    code, _, err = run(capsys, "--lang", "en")
    assert code == 2 and "choose a command" in err and not VIETNAMESE.search(err)


def test_legacy_encoded_json_gives_line_column_and_convert_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "old.json"
    # Line 3 holds "Vi\xd6t" — TCVN3 bytes, not UTF-8 — with the bad byte at column 17.
    source.write_bytes(b'{\n  "meta": {\n    "place": "Vi\xd6t"\n  }\n}\n')
    # `check` reports on standard output (its report), `render` on standard error.
    code, err, _ = run(capsys, "check", str(source))
    assert code == 2
    assert "dòng 3, cột 17" in err and "kl224 convert-text" in err
    code, _, err = run(capsys, "--lang", "en", "render", str(source), "-o", "-")
    assert code == 2
    assert "line 3, column 17" in err and "kl224 convert-text" in err
    assert not VIETNAMESE.search(err), err


def test_null_and_wrong_types_read_naturally(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = json.loads(kl224.dumps(kl224.sample_report()))
    data["meta"]["issuing_body"] = None
    data["meta"]["place"] = 5
    source = tmp_path / "r.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "render", str(source), "-o", "-")
    assert code == 2
    assert "/meta/issuing_body: Phải là một chuỗi văn bản, nhưng đang để trống (null)" in err
    assert "null null" not in err
    assert "/meta/place: Phải là một chuỗi văn bản, không phải số nguyên 5" in err
    code, _, err = run(capsys, "--lang", "en", "render", str(source), "-o", "-")
    assert "Must be a string, but it is empty (null)" in err
    assert "not the whole number 5" in err
    assert not VIETNAMESE.search(err), err


def test_english_errors_carry_no_vietnamese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "none.json")
    for argv in (
        ("render", missing, "-o", "-"),
        ("check", missing),
        ("render", missing, "-o", str(tmp_path / "no" / "x.pdf")),
        ("template", "-f", "pdff"),
        ("aggregate", missing, "-o", str(tmp_path / "t.json")),
        ("convert-text", missing),
    ):
        code, out, err = run(capsys, "--lang", "en", *argv)
        assert code == 2, argv
        assert err + out and not VIETNAMESE.search(err + out), (argv, err + out)


def test_operating_system_errors_in_plain_words() -> None:
    error = PermissionError(errno.EACCES, "Permission denied", "/x/report.pdf")
    assert describe_error(error, "vi") == "không có quyền truy cập: /x/report.pdf"
    assert describe_error(error, "en") == "permission denied: /x/report.pdf"
    odd = OSError(errno.EIO, "Input/output error")
    assert describe_error(odd, "vi") == "lỗi hệ thống tệp (EIO)"
    assert "lỗi nội bộ" in describe_error(ZeroDivisionError("x"), "vi")
