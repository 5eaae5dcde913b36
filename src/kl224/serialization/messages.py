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
    "bidi-character": (
        "Có ký tự điều khiển chiều chữ ({char}) ở vị trí thứ {position}: ký tự này đảo thứ tự "
        "chữ khi hiển thị, làm văn bản in ra khác với dữ liệu; hãy xóa ký tự này.",
        "Contains a bidirectional control ({char}) at position {position}: it reorders the "
        "text as shown, so the page would read differently from the data; delete it.",
    ),
    "invisible-character": (
        "Có ký tự vô hình ({char}) ở vị trí thứ {position}: ký tự này không hiện ra nhưng làm "
        "dữ liệu khác với chữ nhìn thấy, thường lẫn vào khi sao chép từ trang web; hãy xóa "
        "ký tự này.",
        "Contains an invisible character ({char}) at position {position}: it does not show "
        "but makes the data differ from the visible text, usually copied in from a web page; "
        "delete it.",
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
        ".json, .docx hoặc .pdf.",
        "Cannot load “{file}”: the format “{suffix}” is not supported; use a .json, .docx or "
        ".pdf file.",
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
    ``bad-date``, ``bad-symbol``, ``not-allowed``, ``unsafe-character``, ``bidi-character``,
    ``invisible-character``, ``bad-schema-version``
    (in the document); ``too-many-problems`` (after :data:`MAX_PROBLEMS`); ``bad-json``,
    ``bad-encoding``, ``too-large``, ``unreadable-file``, ``unsupported-format``,
    ``no-embedded-data``, ``bad-embedded-data``, ``reader-unavailable`` (about the input as a
    whole, pointer ``""``); ``invalid-value`` only if a model rule this module does not know
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
    was created with (a problem about the whole input has no pointer, just its message);
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
            lines.append(f"{_display(problem.pointer)}: {text}" if problem.pointer else text)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_load_error, (self.problems, self.lang, self.source))


def _rebuild_load_error(problems: tuple[Problem, ...], lang: Lang, source: str | None) -> LoadError:
    return LoadError(problems, lang=lang, source=source)
