"""Command line support: ``kl224 convert-text`` reads a file, converts it, reports in Vietnamese."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Final, NamedTuple

from kl224.text.legacy._conversion import convert, parse_encoding
from kl224.text.legacy._types import _NAMES, UndetectedEncodingError


class CliOutcome(NamedTuple):
    """What ``kl224 convert-text`` prints: UTF-8 ``text`` to stdout, ``message`` to stderr."""

    text: str
    exit_code: int
    message: str


def bytes_view(data: bytes) -> str:
    """The ``str`` to convert from a file's bytes.

    UTF-8 (with or without BOM) and UTF-16 with BOM are decoded, so a Unicode file or legacy
    text already pasted into a UTF-8 file both work; anything else is raw legacy bytes, read as
    Latin-1 (one character per byte).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_FROM_HINT: Final = "Hãy chỉ rõ bảng mã bằng --from tcvn3, tcvn3-caps, vni hoặc viqr."
_OS_ERRORS: Final[tuple[tuple[type[OSError], str], ...]] = (
    (FileNotFoundError, "không có tệp này"),
    (IsADirectoryError, "đây là thư mục, không phải tệp"),
    (PermissionError, "không có quyền đọc"),
)
_REASONS: Final[Mapping[str, str]] = {
    "too-short": "văn bản quá ngắn để nhận dạng",
    "ambiguous": "văn bản giống nhiều bảng mã như nhau",
    "unrecognised": "không giống bảng mã nào",
}


def convert_file_for_cli(path: str | None, source: str) -> CliOutcome:
    """Read a file (stdin when ``path`` is ``None`` or ``"-"``), convert it, report in Vietnamese.

    Exit code 0 on success (the message says what was read, with any notes); 2 when the input is
    unusable: an unknown encoding name, an unreadable file, or text whose encoding auto-detection
    cannot tell (the message says to name it with --from). Nothing is written anywhere.
    """
    try:
        encoding = parse_encoding(source)
    except ValueError:
        known = "tcvn3, tcvn3-caps, vni, viqr hoặc auto"
        return CliOutcome("", 2, f"Không biết bảng mã {source!r}: --from nhận {known}.")
    name = "đầu vào chuẩn" if path in (None, "-") else path
    try:
        if path in (None, "-"):
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as stream:
                data = stream.read()
    except OSError as error:
        reason = next(
            (text for kind, text in _OS_ERRORS if isinstance(error, kind)),
            error.strerror or str(error),
        )
        return CliOutcome("", 2, f"Không đọc được {name}: {reason}. Hãy kiểm tra đường dẫn.")
    try:
        result = convert(bytes_view(data), encoding)
    except UndetectedEncodingError as error:
        why = _REASONS.get(error.detection.reason, "không nhận dạng được")
        return CliOutcome("", 2, f"Không xác định được bảng mã của {name} ({why}). {_FROM_HINT}")
    if result.encoding in ("unicode", "ascii"):
        summary = f"{name}: " + " ".join(result.notes)
    else:
        how = "nhận dạng" if encoding == "auto" else "theo yêu cầu"
        notes = "".join(f" {note}" for note in result.notes)
        summary = f"Đã chuyển {name} từ {_NAMES[result.encoding]} ({how}) sang Unicode.{notes}"
    return CliOutcome(result.text, 0, summary)
