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
    # Help texts of the command line (kl224.cli.parser).
    "help.description": Text(
        "Báo cáo kết quả thực hiện Kết luận số 224-KL/TU: kiểm tra báo cáo, xuất DOCX, PDF, văn "
        "bản, tổng hợp báo cáo của nhiều đơn vị.",
        "Reports on Conclusion 224-KL/TU: check them, write DOCX, PDF and text, roll many units' "
        "reports up into one.",
    ),
    "help.version": Text("in số phiên bản rồi thoát", "show the version number and exit"),
    "help.lang": Text(
        "ngôn ngữ thông báo: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh)",
        "message language: vi (Vietnamese, the default) or en (English)",
    ),
    "help.commands": Text("các lệnh", "commands"),
    "help.command-metavar": Text("LỆNH", "COMMAND"),
    "help.input-metavar": Text("TỆP", "INPUT"),
    "help.file-metavar": Text("TỆP", "FILE"),
    "help.output-metavar": Text("TỆP_KẾT_QUẢ", "OUTPUT"),
    "help.folder-metavar": Text("THƯ_MỤC", "FOLDER"),
    "help.format-metavar": Text("ĐỊNH_DẠNG", "FORMAT"),
    "help.json-metavar": Text("TỆP_JSON", "JSON_FILE"),
    "help.force": Text("ghi đè tệp kết quả đã có", "overwrite an existing output"),
    "help.progress": Text(
        "luôn hiện thanh tiến độ (khi có nhiều tệp)",
        "always show the progress bar (several inputs)",
    ),
    "help.demo": Text(
        "ghi báo cáo mẫu dưới dạng JSON, văn bản, DOCX và PDF",
        "write the embedded sample as JSON, text, DOCX and PDF",
    ),
    "help.demo.output-dir": Text(
        "thư mục kết quả (mặc định: kl224-demo); tệp đã được sửa thì giữ nguyên",
        "output folder (default: kl224-demo); files you changed are kept",
    ),
    "help.demo.sample": Text(
        "báo cáo mẫu nào: của huyện ủy năm 2024 (district, mặc định) hay của đảng ủy xã năm "
        "2025 (commune)",
        "which sample: a district committee of 2024 (district, the default) or a commune "
        "committee of 2025 (commune)",
    ),
    "help.render": Text(
        "xuất báo cáo (tệp JSON, bảng tính số liệu, hoặc tệp DOCX/PDF do kl224 tạo) sang định "
        "dạng khác",
        "render a report (JSON, a figures workbook, or a DOCX/PDF made by kl224) in another "
        "format",
    ),
    "help.render.inputs": Text(
        "tệp báo cáo .json, .xlsx, .docx hoặc .pdf", "report files (.json, .xlsx, .docx or .pdf)"
    ),
    "help.render.format": Text(
        "tên định dạng (text, docx, pdf …; xem kl224 renderers)",
        "renderer name (text, docx, pdf …; see kl224 renderers)",
    ),
    "help.render.output": Text(
        "tệp kết quả, hoặc - để in ra màn hình", "output file, or - for standard output"
    ),
    "help.render.output-dir": Text(
        "thư mục chứa kết quả khi có nhiều tệp đầu vào",
        "folder for the outputs of several inputs",
    ),
    "help.render.jobs": Text(
        "số tiến trình chạy song song (mặc định: mọi nhân CPU)",
        "parallel processes (default: every core)",
    ),
    "help.check": Text(
        "kiểm tra báo cáo (báo cáo mẫu khi không có tệp)",
        "validate a report (the sample when no input is given)",
    ),
    "help.check.input": Text(
        "tệp báo cáo .json, .docx hoặc .pdf", "a report file (.json, .docx or .pdf)"
    ),
    "help.check.final": Text(
        "kiểm tra theo chế độ báo cáo chính thức", "apply the final-report policy"
    ),
    "help.check.format": Text(
        "dạng kết quả: text (mặc định) hoặc json", "output form: text (the default) or json"
    ),
    "help.template": Text(
        "đề cương báo cáo để trống, theo định dạng bất kỳ", "the blank outline in any format"
    ),
    "help.template.format": Text(
        "tên định dạng, hoặc json cho một báo cáo trống để điền (mặc định: theo đuôi tệp -o, "
        "nếu không thì text)",
        "renderer name, or json for a blank report to fill in (default: by the suffix of -o, "
        "else text)",
    ),
    "help.render.strict": Text(
        "không xuất báo cáo có lỗi (mã thoát 1); nếu không có tùy chọn này thì chỉ cảnh báo",
        "write nothing for a report with errors (exit 1); without it they are warned about",
    ),
    "help.render.final": Text(
        "kiểm tra báo cáo theo chế độ chính thức trước khi xuất",
        "check reports under the final-report policy before rendering",
    ),
    "help.aggregate": Text(
        "tổng hợp báo cáo của nhiều đơn vị (.json, .xlsx, hoặc .docx/.pdf do kl224 tạo) thành "
        "một",
        "roll several units' reports (.json, .xlsx, or .docx/.pdf made by kl224) up into one",
    ),
    "help.aggregate.inputs": Text(
        "báo cáo của các đơn vị", "the units' reports"
    ),
    "help.aggregate.output": Text(
        "tệp kết quả; đuôi tệp chọn định dạng (.json, .docx, .pdf …)",
        "output file; its suffix picks the format (.json, .docx, .pdf …)",
    ),
    "help.aggregate.meta": Text(
        "tệp JSON chứa thông tin văn bản của báo cáo tổng hợp",
        "JSON file with the roll-up's metadata fields",
    ),
    "help.aggregate.keep-going": Text(
        "bỏ qua tệp không đọc được và liệt kê ở cuối",
        "skip unreadable inputs and list them at the end",
    ),
    "help.aggregate.order": Text(
        "thứ tự các đơn vị: theo vần chữ cái tiếng Việt (alphabetical, mặc định) hoặc theo thứ "
        "tự tệp đầu vào (input)",
        "order of the units: Vietnamese alphabetical (alphabetical, the default) or as given "
        "(input)",
    ),
    "help.reference-doc": Text(
        "chỉ cho DOCX: lấy kiểu chữ và khổ giấy từ tệp Word này (docs/word.md)",
        "DOCX only: take styles and page set-up from this Word file (docs/word.md)",
    ),
    "help.merge": Text(
        "đưa số liệu đã nhập trong bảng tính (.xlsx) vào một báo cáo, ghi ra tệp mới",
        "set the figures typed into a workbook (.xlsx) into a report, written anew",
    ),
    "help.merge.report-metavar": Text("BÁO_CÁO", "REPORT"),
    "help.merge.workbook-metavar": Text("BẢNG_TÍNH", "WORKBOOK"),
    "help.merge.report": Text(
        "báo cáo (.json, .docx, .pdf, .xlsx)", "the report (.json, .docx, .pdf, .xlsx)"
    ),
    "help.merge.workbook": Text("bảng tính số liệu (.xlsx)", "the figures workbook (.xlsx)"),
    "help.merge.output": Text(
        "tệp kết quả (.json, hoặc định dạng theo đuôi tệp), hoặc - để in JSON ra màn hình",
        "output file (.json, or any format by its suffix), or - for JSON on standard output",
    ),
    "help.merge.meta": Text(
        "lấy cả thông tin văn bản ở trang meta", "take the meta sheet's values too"
    ),
    "help.schema": Text(
        "in lược đồ JSON (JSON Schema) của báo cáo", "print the JSON Schema of the report"
    ),
    "help.renderers": Text(
        "liệt kê các định dạng xuất (kể cả định dạng bổ sung)",
        "list the renderers (plugins included)",
    ),
    "help.convert-text": Text(
        "chuyển văn bản mã TCVN3 (ABC), VNI, VIQR sang Unicode",
        "convert TCVN3 (ABC), VNI or VIQR text to Unicode",
    ),
    "help.convert.file": Text(
        "tệp cần chuyển, hoặc - để đọc từ đầu vào chuẩn", "a file, or - for standard input"
    ),
    "help.convert.from": Text(
        "bảng mã của tệp (mặc định: auto, tự nhận dạng)",
        "the file's encoding (default: auto, detected)",
    ),
    "help.convert.output": Text(
        "tệp kết quả UTF-8 (mặc định: in ra màn hình); không bao giờ ghi đè tệp đầu vào",
        "UTF-8 output file (default: standard output); never the input",
    ),
    # argparse's own words (kl224.cli.parser.argparse_in); %-placeholders as argparse has them.
    "argparse.usage": Text("cách dùng: ", "usage: "),
    "argparse.positionals": Text("tham số", "positional arguments"),
    "argparse.options": Text("tùy chọn", "options"),
    "argparse.help": Text("in hướng dẫn này rồi thoát", "show this help message and exit"),
    "argparse.argument": Text(
        "tham số %(argument_name)s: %(message)s", "argument %(argument_name)s: %(message)s"
    ),
    "argparse.unrecognized": Text(
        "không hiểu các tham số: %s", "unrecognized arguments: %s"
    ),
    "argparse.required": Text(
        "còn thiếu các tham số bắt buộc: %s", "the following arguments are required: %s"
    ),
    "argparse.expected-one": Text("cần một giá trị", "expected one value"),
    "argparse.expected-at-most-one": Text("nhận tối đa một giá trị", "expected at most one value"),
    "argparse.expected-at-least-one": Text(
        "cần ít nhất một giá trị", "expected at least one value"
    ),
    "argparse.expected-n": Text("cần %s giá trị", "expected %s values"),
    "argparse.invalid-choice": Text(
        "không có lựa chọn “%(value)s” (chọn một trong: %(choices)s)",
        "no choice “%(value)s” (choose from %(choices)s)",
    ),
    "argparse.invalid-value": Text(
        "giá trị “%(value)s” không hợp lệ (cần kiểu %(type)s)",
        "invalid %(type)s value: “%(value)s”",
    ),
    "argparse.ambiguous": Text(
        "tùy chọn %(option)s không rõ, có thể là %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "argparse.not-allowed-with": Text(
        "không dùng cùng với tham số %s", "not allowed with argument %s"
    ),
    "argparse.ignored-argument": Text(
        "tùy chọn này không nhận giá trị “%s”", "this option takes no value (“%s”)"
    ),
    "argparse.one-required": Text(
        "cần một trong các tham số %s", "one of the arguments %s is required"
    ),
    "argparse.unknown-parser": Text(
        "không có lệnh “%(parser_name)s” (các lệnh: %(choices)s)",
        "no command “%(parser_name)s” (commands: %(choices)s)",
    ),
    "argparse.error": Text("%(prog)s: lỗi: %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "cli.not-a-count": Text(
        "“{value}” không phải số nguyên dương", "“{value}” is not a whole number of at least 1"
    ),
    "cli.see-help": Text(
        "Xem hướng dẫn: {prog} --help", "For help: {prog} --help"
    ),
    "cli.no-command": Text(
        "kl224: hãy chọn một lệnh, ví dụ kl224 demo hoặc kl224 check; xem kl224 --help",
        "kl224: choose a command, for example kl224 demo or kl224 check; see kl224 --help",
    ),
    # Errors every command may give (kl224.cli.app).
    "cli.one-input-for-o": Text(
        "-o chỉ dùng với một tệp đầu vào; với nhiều tệp, tên đầu ra lấy theo tên đầu vào (có "
        "thể chọn thư mục bằng -d)",
        "-o takes one input; with several, output names follow the inputs (choose their "
        "folder with -d)",
    ),
    "cli.no-folder": Text("không có thư mục {folder}", "no such folder: {folder}"),
    "cli.written": Text("{path}  ({size} byte)", "{path}  ({size} bytes)"),
    "cli.render-failed": Text("{source}: {reason}", "{source}: {reason}"),
    # kl224 render of a report with errors.
    "cli.render.has-errors": Text(
        "Cảnh báo: {source} có {count} lỗi nhưng vẫn được xuất; chạy “kl224 check {source}” để "
        "xem đầy đủ, hoặc dùng --strict để không xuất báo cáo có lỗi.",
        "Warning: {source} has {count} errors and is written anyway; run “kl224 check "
        "{source}” to see them all, or use --strict to write nothing for a report with errors.",
    ),
    "cli.render.refused": Text(
        "{source} có {count} lỗi nên không được xuất (--strict); chạy “kl224 check {source}” "
        "để xem và sửa.",
        "{source} has {count} errors and is not written (--strict); run “kl224 check "
        "{source}” to see and fix them.",
    ),
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
    # kl224 renderers.
    "cli.renderers.builtin": Text("tích hợp sẵn", "built-in"),
    "cli.renderers.plugin": Text("bổ sung ({distribution})", "plugin ({distribution})"),
    "cli.renderers.broken": Text("HỎNG: {reason}", "BROKEN: {reason}"),
    "cli.renderers.not-loaded": Text("chưa nạp", "not loaded"),
    "cli.renderers.ignored": Text("Bị bỏ qua:", "Ignored:"),
    # Warnings, one line each (kl224.cli.app).
    "cli.warning": Text("kl224: cảnh báo: {text}", "kl224: warning: {text}"),
    # kl224 merge.
    "cli.merge.output-is-input": Text(
        "không ghi đè lên tệp đầu vào {path}; hãy chọn một tệp kết quả khác",
        "will not write over the input {path}; choose another output file",
    ),
    "cli.merge.written": Text(
        "Đã đưa số liệu của {workbook} vào {path}.",
        "Merged the figures of {workbook} into {path}.",
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
    "cli.aggregate.severity": Text("{severity} ({count}):", "{severity} ({count}):"),
    "cli.aggregate.code": Text("{code} ({count}):", "{code} ({count}):"),
    "cli.aggregate.error": Text("Lỗi", "Errors"),
    "cli.aggregate.warning": Text("Cảnh báo", "Warnings"),
    "cli.aggregate.info": Text("Thông tin", "Information"),
    "cli.aggregate.skipped": Text(
        "Đã bỏ qua {count} tệp không đọc được:",
        "Skipped {count} unreadable files:",
    ),
    # kl224 check.
    "cli.check.cannot-read": Text("Không đọc được báo cáo", "The report cannot be read"),
    "cli.check.edited": Text(
        "Tệp đã được sửa sau khi kl224 xuất ra: {count} chỗ văn bản khác với dữ liệu kèm theo "
        "(kl224 dùng nội dung văn bản):",
        "The file was edited after kl224 rendered it: {count} places where the document "
        "differs from its embedded data (kl224 uses the document):",
    ),
    "cli.aggregate.edited": Text(
        "Đơn vị “{unit}” ({source}): tệp đã được sửa sau khi kl224 xuất ra, {count} chỗ khác "
        "với dữ liệu kèm theo; tổng hợp dùng nội dung văn bản.",
        "Unit “{unit}” ({source}): the file was edited after kl224 rendered it, {count} "
        "places differ from its embedded data; the roll-up uses what the document shows.",
    ),
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
