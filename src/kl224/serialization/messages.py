"""Problems found while loading and their messages in Vietnamese and English."""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from kl224.serialization.constants import Lang
from kl224.text.clean import find_unsafe

# Words that stand in params for a type or reason, translated when a message is built.
_WORDS: Final[dict[str, dict[str, str]]] = {
    "vi": {
        "object": "một đối tượng JSON {…}",
        "array": "một danh sách JSON […]",
        "string": "một chuỗi văn bản",
        "integer": "một số nguyên không âm",
        "date": "một ngày",
        "number": "một số",
        "boolean": "true hoặc false",
        "null": "null",
        "text-or-bullet": 'một chuỗi (đoạn văn) hoặc một đối tượng {"bullet": …} (gạch đầu dòng)',
        "a-null": "giá trị null",
        "a-boolean": "giá trị logic",
        "a-string": "chuỗi văn bản",
        "a-integer": "số nguyên",
        "a-number": "số thập phân",
        "a-array": "danh sách",
        "a-object": "đối tượng",
        "not-found": "tệp không tồn tại",
        "is-a-directory": "đây là một thư mục, không phải tệp",
        "permission-denied": "không có quyền đọc tệp",
    },
    "en": {
        "object": "a JSON object {…}",
        "array": "a JSON array […]",
        "string": "a string",
        "integer": "a whole number of at least 0",
        "date": "a date",
        "number": "a number",
        "boolean": "true or false",
        "null": "null",
        "text-or-bullet": 'a string (a paragraph) or an object {"bullet": …} (a bullet)',
        "a-null": "null",
        "a-boolean": "a boolean",
        "a-string": "a string",
        "a-integer": "an integer",
        "a-number": "a fractional number",
        "a-array": "an array",
        "a-object": "an object",
        "not-found": "no such file",
        "is-a-directory": "it is a directory, not a file",
        "permission-denied": "permission denied",
    },
}
_TRANSLATED_PARAMS: Final = ("expected", "actual", "reason")

# Message templates by code (a variant after ":"), Vietnamese first; each says what to do.
_TEMPLATES: Final[dict[str, tuple[str, str]]] = {
    "missing-key": (
        "Thiếu trường bắt buộc “{key}”; hãy bổ sung trường này.",
        "Required key “{key}” is missing; add it.",
    ),
    "unknown-key": (
        "Khóa không được hỗ trợ: “{key}”; hãy xóa khóa này hoặc sửa lại tên khóa.",
        "Unsupported key: “{key}”; remove it or correct its name.",
    ),
    "unknown-key:suggestion": (
        "Khóa không được hỗ trợ: “{key}”; có phải là “{suggestion}”? Hãy sửa lại tên khóa "
        "hoặc xóa khóa này.",
        "Unsupported key: “{key}”; did you mean “{suggestion}”? Correct the name or remove "
        "the key.",
    ),
    "duplicate-key": (
        "Khóa “{key}” xuất hiện nhiều lần trong cùng một đối tượng; hãy chỉ giữ lại một lần.",
        "Key “{key}” appears more than once in the same object; keep only one.",
    ),
    "wrong-type": (
        "Phải là {expected}, không phải {actual} {value}; hãy sửa lại giá trị này.",
        "Must be {expected}, not {actual} {value}; correct the value.",
    ),
    "negative:integer": (
        "Phải là số nguyên không âm, nhưng đang là {value}; hãy nhập 0 hoặc một số nguyên dương.",
        "Must be a whole number of at least 0, not {value}; enter 0 or a positive whole number.",
    ),
    "negative:number": (
        "Phải là số không âm, nhưng đang là {value}; hãy nhập 0 hoặc một số dương.",
        "Must not be negative (got {value}); enter 0 or a positive number.",
    ),
    "too-precise": (
        "Số {value} quá lớn hoặc có quá nhiều chữ số (tối đa {digits} chữ số có nghĩa, "
        "nhỏ hơn 10^{digits}); hãy làm tròn số liệu.",
        "{value} is too large or too precise (at most {digits} significant digits, below "
        "10^{digits}); round the figure.",
    ),
    "not-finite": (
        "Phải là một số cụ thể, không phải {value}; hãy nhập một số hữu hạn.",
        "Must be a finite number, not {value}; enter an actual number.",
    ),
    "out-of-range": (
        "Tỷ lệ phần trăm phải từ {minimum} đến {maximum}, nhưng đang là {value}; hãy sửa lại.",
        "A percentage must lie between {minimum} and {maximum}, not {value}; correct it.",
    ),
    "part-exceeds-whole": (
        "Số đạt (part = {part}) không được lớn hơn tổng số (whole = {whole}); hãy kiểm tra "
        "lại hai số này.",
        "The part ({part}) must not exceed the whole ({whole}); check both numbers.",
    ),
    "end-before-start": (
        "Ngày kết thúc ({end}) trước ngày bắt đầu ({start}); hãy sửa lại kỳ báo cáo.",
        "The end date ({end}) is before the start date ({start}); correct the period.",
    ),
    "bad-date": (
        "Ngày không hợp lệ: “{value}”; dùng dạng YYYY-MM-DD, ví dụ 2024-10-30.",
        "Invalid date “{value}”; use the form YYYY-MM-DD, e.g. 2024-10-30.",
    ),
    "bad-symbol:code": (
        "Số và ký hiệu “{value}” không đúng dạng SỐ-LOẠI/CƠ QUAN, ví dụ 224-KL/TU; hãy sửa lại.",
        "“{value}” is not a document number and symbol of the form NUMBER-TYPE/ISSUER, "
        "e.g. 224-KL/TU; correct it.",
    ),
    "bad-symbol:symbol": (
        "Ký hiệu “{value}” không đúng dạng LOẠI/CƠ QUAN, ví dụ BC/HU; hãy sửa lại.",
        "“{value}” is not a document symbol of the form TYPE/ISSUER, e.g. BC/HU; correct it.",
    ),
    "not-allowed": (
        "Giá trị {value} không được chấp nhận; chỉ dùng một trong các giá trị: {allowed}.",
        "The value {value} is not accepted; use one of: {allowed}.",
    ),
    "unsafe-character": (
        "Có ký tự không hợp lệ ({char}) ở vị trí thứ {position}: ký tự điều khiển hoặc mã "
        "Unicode hỏng, thường lẫn vào khi sao chép từ phần mềm khác; hãy xóa ký tự này.",
        "Contains a forbidden character ({char}) at position {position}: a control character "
        "or broken Unicode, usually copied in from another program; delete it.",
    ),
    "bad-json": (
        "Không đọc được JSON: lỗi cú pháp ở dòng {line}, cột {column}; hãy kiểm tra dấu phẩy, "
        "dấu ngoặc và dấu ngoặc kép quanh vị trí đó.",
        "Not valid JSON: {detail} at line {line}, column {column}; check the commas, brackets "
        "and quotes around it.",
    ),
    "bad-encoding": (
        "Nội dung không phải văn bản UTF-8 hợp lệ (byte lỗi ở vị trí {position}); hãy lưu lại "
        "tệp với bảng mã UTF-8.",
        "The content is not valid UTF-8 (bad byte at offset {position}); save the file as UTF-8.",
    ),
    "bad-schema-version": (
        "Phiên bản lược đồ {value} không được hỗ trợ; hãy dùng 1 hoặc bỏ trường “schema_version”.",
        "Schema version {value} is not supported; use 1 or leave “schema_version” out.",
    ),
    "no-embedded-data": (
        "Tệp “{file}” không chứa dữ liệu kl224 (có thể là văn bản soạn tay); hãy dùng tệp JSON "
        "hoặc tệp DOCX/PDF do kl224 tạo ra.",
        "“{file}” carries no kl224 data (it may have been typed by hand); use a JSON file or a "
        "DOCX/PDF file made by kl224.",
    ),
    "bad-embedded-data": (
        "Không đọc được dữ liệu kl224 trong tệp “{file}” ({detail}); hãy xuất lại tệp "
        "bằng kl224 hoặc dùng tệp JSON gốc.",
        "The kl224 data embedded in “{file}” is damaged ({detail}); render the file again "
        "with kl224 or use the original JSON.",
    ),
    "reader-unavailable": (
        "Chưa đọc được dữ liệu trong tệp {format} “{file}” vì bản kl224 đang cài chưa có chức "
        "năng này; hãy dùng tệp JSON.",
        "Cannot read the data in the {format} file “{file}”: this kl224 installation has no "
        "reader for it; use the JSON file.",
    ),
    "unreadable-file": (
        "Không đọc được tệp “{file}”: {reason}; hãy kiểm tra lại đường dẫn và quyền truy cập.",
        "Cannot read “{file}”: {reason}; check the path and the permissions.",
    ),
    "unsupported-format": (
        "Không đọc được tệp “{file}”: định dạng “{suffix}” không được hỗ trợ; hãy dùng tệp "
        ".json, .docx, .pdf hoặc .xlsx.",
        "Cannot load “{file}”: the format “{suffix}” is not supported; use a .json, .docx, "
        ".pdf or .xlsx file.",
    ),
    "too-large": (
        "Dữ liệu quá lớn ({size} byte, tối đa {limit} byte); một báo cáo không lớn đến vậy, hãy "
        "kiểm tra lại tệp đầu vào.",
        "The input is too large ({size} bytes, at most {limit}); no report is that large, check "
        "the input file.",
    ),
    "too-many-problems": (
        "Còn lỗi khác chưa liệt kê (chỉ hiện {limit} lỗi đầu tiên); hãy sửa các lỗi trên rồi "
        "đọc lại.",
        "More problems are not listed (only the first {limit} are shown); fix these and load "
        "again.",
    ),
    "bad-cell": (
        "Không đọc được “{value}” thành {expected}; hãy nhập một số, ví dụ 1.286 hoặc 98,5 "
        "(dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân).",
        "Cannot read “{value}” as {expected}; enter a number such as 1.286 or 98,5 (a dot "
        "groups thousands, a comma comes before decimals).",
    ),
    "bad-cell:negative": (
        "Số liệu không được âm (đang là {value}); hãy nhập 0 hoặc một số dương.",
        "A figure must not be negative (got {value}); enter 0 or a positive number.",
    ),
    "bad-cell:not-whole": (
        "Phải là số nguyên, không phải {value}; hãy nhập một số nguyên không âm.",
        "Must be a whole number, not {value}; enter a whole number of at least 0.",
    ),
    "bad-cell:out-of-range": (
        "Tỷ lệ phần trăm phải từ 0 đến 100, không phải {value}; hãy sửa lại.",
        "A percentage must lie between 0 and 100, not {value}; correct it.",
    ),
    "bad-cell:unit-mismatch": (
        "“{value}” ghi đơn vị khác với đơn vị tính của dòng này; hãy chỉ nhập con số.",
        "“{value}” names another unit than the row's; enter the number alone.",
    ),
    "bad-cell:bad-grouping": (
        "Không đọc được “{value}”: dấu chấm chỉ dùng để ngăn cách hàng nghìn (1.286), phần "
        "thập phân viết sau dấu phẩy (1,5); hãy sửa lại số này.",
        "Cannot read “{value}”: a dot only groups thousands (1.286) and decimals follow a "
        "comma (1,5); correct the number.",
    ),
    "missing-cell": (
        "Ô này còn trống trong khi số liệu đi kèm đã được nhập (một tỷ lệ cần cả số đạt và "
        "tổng số, số người dân tộc thiểu số cần tổng số người, kỳ báo cáo cần cả hai ngày); "
        "hãy nhập số liệu vào ô này.",
        "This cell is empty while its companion is filled in (a ratio needs its part and its "
        "whole, an ethnic-minority count its total, a period both dates); fill it in.",
    ),
    "bad-cell:not-a-date": (
        "Không đọc được “{value}” thành ngày; hãy nhập ngày dạng 30/10/2024.",
        "Cannot read “{value}” as a date; enter a date such as 30/10/2024.",
    ),
    "unknown-row": (
        "“{value}” không phải là vị trí của một số liệu trong báo cáo (cột “Vị trí trong báo "
        "cáo” bị sửa?); hãy nhập số liệu vào bảng tính mẫu tạo bằng lệnh kl224 template -f xlsx.",
        "“{value}” is not the place of a figure in the report (was the column “Vị trí trong báo "
        "cáo” edited?); type the figures into the blank workbook of kl224 template -f xlsx.",
    ),
    "duplicate-row": (
        "Số liệu này đã có ở ô {first}; hãy chỉ giữ một dòng cho mỗi số liệu.",
        "This figure is already in cell {first}; keep one row per figure.",
    ),
    "cell-not-applicable": (
        "Báo cáo ghi mục này là “không áp dụng” nên không nhận số liệu; hãy xóa số liệu ở ô "
        "này hoặc bỏ ghi chú “không áp dụng” trong báo cáo.",
        "The report answers this item “not applicable”, so it takes no figures; delete the "
        "figure in this cell or drop the “not applicable” answer from the report.",
    ),
    "not-a-workbook": (
        "Không đọc được tệp “{file}” như một bảng tính Excel (.xlsx) ({detail}); hãy lưu lại "
        "tệp dưới dạng Excel Workbook (.xlsx).",
        "Cannot read “{file}” as an Excel workbook (.xlsx) ({detail}); save it again as an "
        "Excel Workbook (.xlsx).",
    ),
    "no-figures-sheet": (
        "Bảng tính “{file}” không có trang “{sheet}” của kl224; hãy nhập số liệu vào bảng tính "
        "mẫu tạo bằng lệnh kl224 template -f xlsx.",
        "The workbook “{file}” has no kl224 sheet “{sheet}”; type the figures into the blank "
        "workbook of kl224 template -f xlsx.",
    ),
    "invalid-value": (
        "Giá trị không hợp lệ ({detail}); hãy sửa lại.",
        "Invalid value ({detail}); correct it.",
    ),
}


def _display(text: str) -> str:
    """``text`` with characters no terminal or file can carry shown as ``\\uXXXX``."""
    if find_unsafe(text) is None:
        return text
    return "".join(f"\\u{ord(c):04x}" if find_unsafe(c) is not None else c for c in text)


def _template_key(code: str, params: Mapping[str, str]) -> str:
    if code == "unknown-key" and "suggestion" in params:
        return "unknown-key:suggestion"
    if code in ("negative", "bad-symbol"):
        return f"{code}:{params.get('form', '')}"
    if code == "bad-cell" and f"bad-cell:{params.get('reason', '')}" in _TEMPLATES:
        return f"bad-cell:{params['reason']}"
    return code


class _Params(dict[str, str]):
    """Format params that leave an absent name visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _freeze(params: Mapping[str, str]) -> Mapping[str, str]:
    return types.MappingProxyType({str(k): str(v) for k, v in params.items()})


@attrs.frozen
class Problem:
    """One problem found while loading: where (an RFC 6901 JSON Pointer into the input, ``""``
    for the whole input), what (a stable ``code``), and the values the message needs
    (``params``).

    Codes: ``wrong-type``, ``unknown-key``, ``missing-key``, ``duplicate-key``, ``negative``,
    ``not-finite``, ``too-precise``, ``out-of-range``, ``part-exceeds-whole``, ``end-before-start``,
    ``bad-date``, ``bad-symbol``, ``not-allowed``, ``unsafe-character``, ``bad-schema-version``
    (in the document); ``too-many-problems`` (after :data:`MAX_PROBLEMS`); ``bad-json``,
    ``bad-encoding``, ``too-large``, ``unreadable-file``, ``unsupported-format``,
    ``no-embedded-data``, ``bad-embedded-data``, ``reader-unavailable``, ``not-a-workbook``,
    ``no-figures-sheet`` (about the input as a whole, pointer ``""``); ``bad-cell``,
    ``unknown-row``, ``duplicate-row``, ``cell-not-applicable``, ``missing-cell`` (a
    workbook's cell, named by the param ``cell``, ``Số liệu!D17``, which every problem read
    from a workbook carries); ``invalid-value`` only if a model rule this module does not know
    refuses a value.
    """

    pointer: str
    code: str
    params: Mapping[str, str] = attrs.field(factory=dict, converter=_freeze, hash=False)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Problem, (self.pointer, self.code, dict(self.params)))

    def message(self, lang: Lang = "vi") -> str:
        """The message in Vietnamese (``"vi"``, the default) or English (``"en"``)."""
        index = 1 if lang == "en" else 0
        key = _template_key(self.code, self.params)
        template = (_TEMPLATES.get(key) or _TEMPLATES["invalid-value"])[index]
        words = _WORDS["en" if lang == "en" else "vi"]
        values = _Params(detail=self.code)
        for name, value in self.params.items():
            shown = words.get(value, value) if name in _TRANSLATED_PARAMS else value
            values[name] = _display(shown)
        return template.format_map(values)


class LoadError(ValueError):
    """The input is not a report: every problem found, in document order.

    ``str()`` lists the problems one per line as ``pointer: message`` in the language the error
    was created with (a problem about the whole input has no pointer, just its message; one
    read from a workbook starts with its cell: ``Số liệu!D17 (/tasks/…): message``);
    :meth:`format` gives either language.
    """

    def __init__(
        self, problems: Iterable[Problem], *, lang: Lang = "vi", source: str | None = None
    ) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.lang: Lang = lang
        self.source = source
        super().__init__(self.format(lang))

    def format(self, lang: Lang = "vi") -> str:
        """Every problem, one per line, as ``pointer: message`` in ``lang``."""
        lines = []
        for problem in self.problems:
            text = problem.message(lang)
            where = _display(problem.pointer)
            cell = problem.params.get("cell")
            if cell:
                # A workbook's cell first: it is where the user looks.
                where = f"{_display(cell)} ({where})" if where else _display(cell)
            lines.append(f"{where}: {text}" if where else text)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_load_error, (self.problems, self.lang, self.source))


def _rebuild_load_error(problems: tuple[Problem, ...], lang: Lang, source: str | None) -> LoadError:
    return LoadError(problems, lang=lang, source=source)
