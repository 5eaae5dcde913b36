"""Messages of the ``kl224`` command (``cli.<what>``): its own errors and summaries, the
aggregate and convert-text commands, and the help texts of its options (``help.<what>``).

Commands add their messages here; argparse's own words are translated in
:mod:`kl224.cli.parser`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kl224.messages.core import Text

__all__ = ["TEXTS"]

TEXTS: Final[Mapping[str, Text]] = {
    # Errors every command may give (kl224.cli.app).
    "cli.internal-error": Text(
        "lỗi nội bộ ({error}); xin báo lỗi này cho nhóm phát triển",
        "internal error ({error}); please report this bug",
    ),
    "cli.os-error": Text("{reason}{where}", "{reason}{where}"),
    "cli.one-input-for-o": Text(
        "-o chỉ dùng với một tệp đầu vào; với nhiều tệp, tên đầu ra lấy theo tên đầu vào (có "
        "thể chọn thư mục bằng -d)",
        "-o takes one input; with several, output names follow the inputs (choose their "
        "folder with -d)",
    ),
    "cli.no-folder": Text("không có thư mục {folder}", "no such folder: {folder}"),
    "cli.written": Text("{path}  ({size} byte)", "{path}  ({size} bytes)"),
    "cli.render-failed": Text("{source}: {reason}", "{source}: {reason}"),
    # kl224 demo.
    "cli.demo.not-a-folder": Text(
        "{path} là một tệp, không phải thư mục; hãy chọn thư mục khác bằng -o",
        "{path} is a file, not a folder; choose another folder with -o",
    ),
    "cli.demo.kept": Text(
        "Giữ nguyên {path}: tệp này đã được sửa (hoặc không do kl224 demo tạo ra). Muốn có "
        "bản mới thì đổi tên hoặc xóa tệp, hoặc chọn thư mục khác bằng -o.",
        "Kept {path}: it was changed (or not written by kl224 demo). For a fresh copy, rename "
        "or delete it, or choose another folder with -o.",
    ),
    # kl224 aggregate.
    "cli.aggregate.cannot-read": Text("Không đọc được {source}:", "Cannot read {source}:"),
    "cli.aggregate.stopped": Text(
        "Dừng tổng hợp; sửa tệp trên hoặc dùng --keep-going để bỏ qua tệp lỗi.",
        "Aggregation stopped; fix the file or use --keep-going to skip it.",
    ),
    "cli.aggregate.unknown-suffix": Text(
        "Không biết ghi {output} theo định dạng nào; hãy đặt tên tệp kết quả có một trong các "
        "đuôi {known}.",
        "No format writes {output}; give the output one of the suffixes {known}.",
    ),
    "cli.aggregate.no-input": Text("Chưa có tệp đầu vào nào.", "No input files given."),
    "cli.aggregate.none-readable": Text(
        "Không còn tệp nào đọc được.", "No input could be read."
    ),
    "cli.aggregate.bad-meta": Text("Không dùng được tệp {meta}:", "Cannot use {meta}:"),
    "cli.aggregate.done": Text(
        "Đã tổng hợp {count} báo cáo vào {output}.",
        "Rolled {count} reports up into {output}.",
    ),
    "cli.aggregate.skipped": Text(
        "Đã bỏ qua {count} tệp không đọc được:",
        "Skipped {count} unreadable files:",
    ),
    # kl224 check.
    "cli.check.cannot-read": Text("Không đọc được báo cáo", "The report cannot be read"),
    # kl224 convert-text.
    "cli.convert.unknown-encoding": Text(
        "Không biết bảng mã “{source}”: --from nhận tcvn3, abc, tcvn3-caps, vni, viqr hoặc auto.",
        "Unknown encoding “{source}”: --from takes tcvn3, abc, tcvn3-caps, vni, viqr or auto.",
    ),
    "cli.convert.stdin": Text("đầu vào chuẩn", "standard input"),
    "cli.convert.unreadable": Text(
        "Không đọc được {name}: {reason}. Hãy kiểm tra đường dẫn.",
        "Cannot read {name}: {reason}. Check the path.",
    ),
    "cli.convert.not-found": Text("không có tệp này", "no such file"),
    "cli.convert.is-a-directory": Text(
        "đây là thư mục, không phải tệp", "it is a folder, not a file"
    ),
    "cli.convert.permission-denied": Text("không có quyền đọc", "permission denied"),
    "cli.convert.undetected": Text(
        "Không xác định được bảng mã của {name} ({why}). Hãy chỉ rõ bảng mã bằng --from "
        "tcvn3, tcvn3-caps, vni hoặc viqr.",
        "Cannot tell the encoding of {name} ({why}). Name it with --from tcvn3, tcvn3-caps, "
        "vni or viqr.",
    ),
    "cli.convert.too-short": Text(
        "văn bản quá ngắn để nhận dạng", "the text is too short to recognise"
    ),
    "cli.convert.ambiguous": Text(
        "văn bản giống nhiều bảng mã như nhau", "the text fits several encodings equally"
    ),
    "cli.convert.unrecognised": Text(
        "không giống bảng mã nào", "it looks like no known encoding"
    ),
    "cli.convert.auto": Text("nhận dạng", "detected"),
    "cli.convert.requested": Text("theo yêu cầu", "as requested"),
    "cli.convert.done": Text(
        "Đã chuyển {name} từ {encoding} ({how}) sang Unicode.{notes}",
        "Converted {name} from {encoding} ({how}) to Unicode.{notes}",
    ),
    "cli.convert.already-unicode": Text("{name}: {notes}", "{name}: {notes}"),
}
