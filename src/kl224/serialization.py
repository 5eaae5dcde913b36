"""The report's JSON form: loading with every problem located, dumping, and the JSON Schema.

The JSON form mirrors the model: keys are the attrs field names (snake_case English), in model
order. A report looks like::

    {
      "schema_version": 1,
      "meta": {"issuing_body": "HUYỆN ỦY MƯỜNG KHƯƠNG", "number": 215, "date": "2024-10-30",
               "period": {"start": "2021-10-18", "end": "2024-10-30"}, ...},
      "context": {"narrative": ["A paragraph", {"bullet": "A bullet", "sub": ["+ item"]}]},
      "leadership": {...}, "tasks": {...}, "assessment": {...}, "proposals": {...}
    }

- ``schema_version`` may be left out on input (it means 1); ``meta`` and ``meta.issuing_body`` are
  required; every other key is optional and takes the model's default.
- Counts and every other whole number are JSON integers ``>= 0``; ``true``, ``1.5``, ``12.0`` and
  ``"12"`` are not integers. Money is an integer number of đồng; a percentage is a number 0–100;
  the decimal numbers of targets and extra figures are JSON numbers (written as integers when
  integral, else as the shortest float that reads back the same).
- Dates are ISO strings ``"2024-10-30"``; a symbol is ``"BC/HU"``; a cited document is
  ``{"code": "224-KL/TU", "date": "2021-10-18", "kind": "Kết luận", "title": "…",
  "issued_by": "Tỉnh ủy"}`` (only ``code`` required).
- Narrative is a list whose items are strings (paragraphs) or
  ``{"bullet": "text", "sub": ["…"]}`` (bullets with ``+`` sub-bullets).
- A "(nếu có)" item answered "does not apply" is ``{"not_applicable": true, "reason": "…"}``;
  ``null`` (or leaving the key out) means not reported.
- A ratio is ``{"part": 12, "whole": 13}``, a headcount ``{"total": 40, "ethnic_minority": 31}``.
- Text is normalised to NFC on the way in (decomposed input is accepted); control characters other
  than tab and newline, U+FFFE, U+FFFF and lone surrogates are refused.

:func:`dumps` writes fields in model order and leaves out every field equal to its default, except
``schema_version`` and ``meta.issuing_body``; ``loads(dumps(r)) == r`` and the text is stable.
:func:`load` reports *every* problem of a document at once in a :class:`LoadError`, each with the
RFC 6901 JSON Pointer of the place, a stable code and a message in Vietnamese or English.
"""

from __future__ import annotations

import datetime as dt
import difflib
import importlib
import inspect
import json
import os
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal, NoReturn

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from kl224._io import atomic_write
from kl224.model import (
    Bullet,
    DocumentRef,
    Money,
    NotApplicable,
    Paragraph,
    Percent,
    Period,
    Ratio,
    Report,
    ReportMeta,
    Symbol,
    figure_info,
)
from kl224.model.values import _REF_RE, _SYMBOL_RE, MAX_DIGITS
from kl224.text.clean import clean_text, find_unsafe

__all__ = [
    "MAX_INPUT_SIZE",
    "MAX_PROBLEMS",
    "SCHEMA_VERSION",
    "LoadError",
    "Problem",
    "dump",
    "dumps",
    "from_dict",
    "json_schema",
    "load",
    "loads",
    "to_dict",
]

SCHEMA_VERSION: Final = 1
"""The version of the JSON form this module reads and writes."""

MAX_INPUT_SIZE: Final = 32 * 1024 * 1024
"""The largest JSON input read, in bytes (characters for a ``str``): 32 MiB, some 500 times a
full district report. Larger input is refused with a ``too-large`` problem before it is parsed,
so memory stays bounded."""

MAX_PROBLEMS: Final = 100
"""The most problems a :class:`LoadError` lists; a last ``too-many-problems`` problem says more
were found. Input wrong in a million places fails as fast, and in as little memory, as input
wrong in a hundred."""

Lang = Literal["vi", "en"]
_Token = str | int

# ============================================================================================
# Problems and messages.

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
        "Dữ liệu kl224 nhúng trong tệp “{file}” bị hỏng, không đọc được; hãy xuất lại tệp "
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
    ``bad-date``, ``bad-symbol``, ``not-allowed``, ``unsafe-character``, ``bad-schema-version``
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


def _pointer(tokens: Sequence[_Token]) -> str:
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


# ============================================================================================
# Structuring: strict hooks whose failures carry a code, gathered into pointers.


class _Invalid(Exception):
    """A hook's refusal: a problem code and params, at ``tokens`` below the hook's place."""

    def __init__(self, code: str, *tokens: _Token, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.tokens = tokens
        self.params = params


class _Group(Exception):
    """Several failures of one value, each at its own place below it."""

    def __init__(self, errors: Sequence[tuple[tuple[_Token, ...], BaseException]]) -> None:
        super().__init__(f"{len(errors)} problems")
        self.errors = errors


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float | Decimal):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


def _show(value: object) -> str:
    if isinstance(value, Mapping):
        return "{…}"
    if isinstance(value, list | tuple):
        return "[…]"
    if isinstance(value, str):
        shown = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, bool | None):
        shown = json.dumps(value)
    else:
        shown = str(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _wrong_type(expected: str, value: object) -> NoReturn:
    raise _Invalid(
        "wrong-type", expected=expected, actual="a-" + _json_type(value), value=_show(value)
    )


def _structure_count(value: object, _: object = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _wrong_type("integer", value)
    if value < 0:
        raise _Invalid("negative", form="integer", value=str(value))
    return value


def _structure_bool(value: object, _: object = None) -> bool:
    if not isinstance(value, bool):
        _wrong_type("boolean", value)
    return value


def _structure_text(value: object, _: object = None) -> str:
    if not isinstance(value, str):
        _wrong_type("string", value)
    found = find_unsafe(value)
    if found is not None:
        index, char = found
        raise _Invalid("unsafe-character", char=f"U+{ord(char):04X}", position=str(index + 1))
    return clean_text(value)


def _structure_number(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        _wrong_type("number", value)
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not number.is_finite():
        raise _Invalid("not-finite", value=str(value))
    return number


def _structure_decimal(value: object, _: object = None) -> Decimal:
    number = _structure_number(value)
    if number < 0:
        raise _Invalid("negative", form="number", value=str(number))
    digits = number.normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    if max(len(digits.digits), len(digits.digits) + exponent) > MAX_DIGITS:
        raise _Invalid("too-precise", value=str(number), digits=str(MAX_DIGITS))
    return number


def _structure_percent(value: object, _: object = None) -> Percent:
    number = _structure_number(value)
    if not 0 <= number <= 100:
        raise _Invalid("out-of-range", value=str(number), minimum="0", maximum="100")
    return Percent(value=number)


def _structure_money(value: object, _: object = None) -> Money:
    return Money(dong=_structure_count(value))


_DATE_FORM: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _structure_date(value: object, _: object = None) -> dt.date:
    text = _structure_text(value)
    if _DATE_FORM.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise _Invalid("bad-date", value=_show(text)[1:-1])


def _structure_symbol(value: object, _: object = None) -> Symbol:
    text = _structure_text(value)
    try:
        return Symbol.parse(text)
    except ValueError:
        raise _Invalid("bad-symbol", form="symbol", value=_show(text)[1:-1]) from None


def _unknown_key(key: object, allowed: Iterable[str]) -> _Invalid:
    params = {"key": str(key)}
    close = difflib.get_close_matches(str(key), list(allowed), n=1, cutoff=0.75)
    if close:
        params["suggestion"] = close[0]
    return _Invalid("unknown-key", **params)


def _structure_fields(
    value: object, spec: Mapping[str, Callable[[Any], Any]], required: Iterable[str] = ()
) -> dict[str, Any]:
    """Structure a small JSON object by hand: each key with its hook, all problems at once."""
    if not isinstance(value, Mapping):
        _wrong_type("object", value)
    errors: list[tuple[tuple[_Token, ...], BaseException]] = []
    out: dict[str, Any] = {}
    for key, hook in spec.items():
        if key not in value:
            if key in required:
                errors.append(((key,), _Invalid("missing-key", key=key)))
            continue
        try:
            out[key] = hook(value[key])
        except Exception as exc:
            errors.append(((key,), exc))
    errors.extend(((key,), _unknown_key(key, spec)) for key in value if key not in spec)
    if errors:
        raise _Group(errors)
    return out


def _structure_texts(value: object) -> tuple[str, ...]:
    return _CONVERTER.structure(value, tuple[str, ...])


def _structure_code(value: object) -> DocumentRef:
    text = _structure_text(value)
    try:
        return DocumentRef.parse(text)
    except ValueError:
        raise _Invalid("bad-symbol", form="code", value=_show(text)[1:-1]) from None


def _structure_document_ref(value: object, _: object = None) -> DocumentRef:
    fields = _structure_fields(
        value,
        {
            "code": _structure_code,
            "date": _structure_date,
            "kind": _structure_text,
            "title": _structure_text,
            "issued_by": _structure_text,
        },
        required=("code",),
    )
    ref: DocumentRef = fields.pop("code")
    return attrs.evolve(ref, **fields)


def _structure_block(value: object, _: object = None) -> Paragraph | Bullet:
    if isinstance(value, str):
        return Paragraph(text=_structure_text(value))
    if isinstance(value, Mapping):
        fields = _structure_fields(
            value, {"bullet": _structure_text, "sub": _structure_texts}, required=("bullet",)
        )
        return Bullet(text=fields["bullet"], sub=fields.get("sub", ()))
    _wrong_type("text-or-bullet", value)


def _structure_not_applicable(value: object) -> NotApplicable:
    fields = _structure_fields(
        value,
        {"not_applicable": _structure_bool, "reason": _structure_text},
        required=("not_applicable",),
    )
    if fields["not_applicable"] is not True:
        raise _Invalid("not-allowed", "not_applicable", value="false", allowed="true")
    return NotApplicable(reason=fields.get("reason", ""))


def _union_args(t: Any) -> tuple[Any, ...]:
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        return typing.get_args(t)
    return ()


def _is_block(t: Any) -> bool:
    return set(_union_args(t)) == {Paragraph, Bullet}


def _has_not_applicable(t: Any) -> bool:
    return NotApplicable in _union_args(t)


def _not_applicable_hook(t: Any) -> Callable[[Any, Any], Any]:
    args = _union_args(t)
    nullable = type(None) in args
    (answer,) = (a for a in args if a not in (NotApplicable, type(None)))

    def structure(value: object, _: object = None) -> Any:
        if value is None and nullable:
            return None
        if isinstance(value, Mapping) and "not_applicable" in value:
            return _structure_not_applicable(value)
        return _CONVERTER.structure(value, answer)

    return structure


def _is_tuple_of(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(t: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
    item_type = typing.get_args(t)[0]

    def structure(value: object, _: object = None) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            _wrong_type("array", value)
        items: list[Any] = []
        errors: list[tuple[tuple[_Token, ...], BaseException]] = []
        for index, item in enumerate(value):
            try:
                items.append(_CONVERTER.structure(item, item_type))
            except Exception as exc:
                errors.append(((index,), exc))
                if len(errors) >= MAX_PROBLEMS:
                    errors.append(((), _Invalid("too-many-problems")))
                    break
        if errors:
            raise _Group(errors)
        return tuple(items)

    return structure


def _is_literal(t: Any) -> bool:
    return typing.get_origin(t) is Literal


def _literal_hook(t: Any) -> Callable[[Any, Any], str]:
    allowed = typing.get_args(t)

    def structure(value: object, _: object = None) -> str:
        if not isinstance(value, str):
            _wrong_type("string", value)
        if value not in allowed:
            raise _Invalid("not-allowed", value=_show(value), allowed=", ".join(allowed))
        return value

    return structure


# Keys the JSON form requires although the model gives them a default.
_REQUIRED_KEYS: Final[dict[type, tuple[str, ...]]] = {ReportMeta: ("issuing_body",)}


def _cross_field_problem(cls: type, value: Mapping[str, Any], exc: BaseException) -> _Invalid:
    """Translate a constructor's refusal (its fields were each fine) into a located problem."""
    if cls is Ratio:
        return _Invalid(
            "part-exceeds-whole", "part", part=str(value["part"]), whole=str(value["whole"])
        )
    if cls is Period:
        return _Invalid("end-before-start", "end", start=str(value["start"]), end=str(value["end"]))
    return _Invalid("invalid-value", detail=str(exc))


def _is_constructor_failure(exc: ClassValidationError) -> bool:
    return not any(
        isinstance(sub, ForbiddenExtraKeysError) or _note_step(sub) is not None
        for sub in exc.exceptions
    )


def _attrs_hook(cls: type) -> Callable[[Any, Any], Any]:
    generated: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, _CONVERTER, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )
    required = _REQUIRED_KEYS.get(cls, ())

    def structure(value: object, _: object = None) -> Any:
        if not isinstance(value, Mapping):
            _wrong_type("object", value)
        errors: list[tuple[tuple[_Token, ...], BaseException]] = [
            ((key,), _Invalid("missing-key", key=key)) for key in required if key not in value
        ]
        try:
            result = generated(value, cls)
        except ClassValidationError as exc:
            if _is_constructor_failure(exc):
                errors.append(((), _cross_field_problem(cls, value, exc.exceptions[0])))
            else:
                errors.append(((), exc))
        if errors:
            raise _Group(errors)
        return result

    return structure


def _note_step(exc: BaseException) -> _Token | None:
    for note in reversed(getattr(exc, "__notes__", [])):
        if isinstance(note, AttributeValidationNote):
            return note.name
        if isinstance(note, IterableValidationNote):
            return note.index
    return None


_Found = tuple[tuple[_Token, ...], str, dict[str, str]]


def _collect(exc: BaseException, path: tuple[_Token, ...], out: list[_Found]) -> None:
    """Flatten the tree of failures under ``exc`` into (tokens, code, params)."""
    if isinstance(exc, _Invalid):
        out.append((path + exc.tokens, exc.code, exc.params))
    elif isinstance(exc, _Group):
        for tokens, sub in exc.errors:
            _collect(sub, path + tokens, out)
    elif isinstance(exc, ForbiddenExtraKeysError):
        allowed = [a.name for a in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        for count, key in enumerate(sorted(exc.extra_fields, key=str)):
            if count == MAX_PROBLEMS:
                out.append((path, "too-many-problems", {}))
                break
            unknown = _unknown_key(key, allowed)
            out.append(((*path, key), unknown.code, unknown.params))
    elif isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            step = _note_step(sub)
            if step is None:
                _collect(sub, path, out)
            elif isinstance(sub, KeyError) and sub.args == (step,):
                out.append(((*path, step), "missing-key", {"key": str(step)}))
            else:
                _collect(sub, (*path, step), out)
    else:
        out.append((path, "invalid-value", {"detail": str(exc) or type(exc).__name__}))


def _position(data: object, tokens: tuple[_Token, ...]) -> tuple[tuple[int, int], ...]:
    """Where ``tokens`` lead in the input: indexes of keys and items; absent keys sort last."""
    key: list[tuple[int, int]] = []
    node: object = data
    for token in tokens:
        if isinstance(node, Mapping) and token in node:
            key.append((0, list(node).index(token)))
            node = node[token]
        elif isinstance(node, list | tuple) and isinstance(token, int) and token < len(node):
            key.append((0, token))
            node = node[token]
        else:
            key.append((1, 0))
            node = None
    return tuple(key)


def _build_converter() -> cattrs.Converter:
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    structure_hooks: tuple[tuple[type, Callable[[Any, Any], Any]], ...] = (
        (int, _structure_count),
        (bool, _structure_bool),
        (str, _structure_text),
        (Decimal, _structure_decimal),
        (dt.date, _structure_date),
        (Symbol, _structure_symbol),
        (DocumentRef, _structure_document_ref),
        (Money, _structure_money),
        (Percent, _structure_percent),
    )
    for cls, structure in structure_hooks:
        converter.register_structure_hook(cls, structure)
    converter.register_structure_hook_factory(attrs.has, _attrs_hook)
    converter.register_structure_hook_factory(_is_tuple_of, _tuple_hook)
    converter.register_structure_hook_factory(_is_literal, _literal_hook)
    converter.register_structure_hook_factory(_has_not_applicable, _not_applicable_hook)
    converter.register_structure_hook_func(_is_block, _structure_block)

    unstructure_hooks: tuple[tuple[type, Callable[[Any], Any]], ...] = (
        (Decimal, _unstructure_decimal),
        (dt.date, dt.date.isoformat),
        (Symbol, str),
        (DocumentRef, _unstructure_document_ref),
        (Money, lambda money: money.dong),
        (Percent, lambda percent: _unstructure_decimal(percent.value)),
        (Paragraph, lambda paragraph: paragraph.text),
        (Bullet, _unstructure_bullet),
        (NotApplicable, _unstructure_not_applicable),
    )
    for cls, unstructure in unstructure_hooks:
        converter.register_unstructure_hook(cls, unstructure)
    converter.register_unstructure_hook_factory(attrs.has, _attrs_unstructure_hook)
    converter.register_unstructure_hook_factory(_is_tuple_of, _tuple_unstructure_hook)
    return converter


# ============================================================================================
# Unstructuring.


def _unstructure_decimal(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _unstructure_document_ref(ref: DocumentRef) -> dict[str, Any]:
    out: dict[str, Any] = {"code": ref.code}
    if ref.date is not None:
        out["date"] = ref.date.isoformat()
    for name in ("kind", "title", "issued_by"):
        if getattr(ref, name):
            out[name] = getattr(ref, name)
    return out


def _unstructure_bullet(bullet: Bullet) -> dict[str, Any]:
    out: dict[str, Any] = {"bullet": bullet.text}
    if bullet.sub:
        out["sub"] = list(bullet.sub)
    return out


def _unstructure_not_applicable(answer: NotApplicable) -> dict[str, Any]:
    out: dict[str, Any] = {"not_applicable": True}
    if answer.reason:
        out["reason"] = answer.reason
    return out


# Keys written even when they hold the model's default.
_ALWAYS_WRITTEN: Final[dict[type, tuple[str, ...]]] = {ReportMeta: ("issuing_body",)}


def _attrs_unstructure_hook(cls: type) -> Callable[[Any], dict[str, Any]]:
    overrides: dict[str, Any] = {
        name: override(omit_if_default=False) for name in _ALWAYS_WRITTEN.get(cls, ())
    }
    return make_dict_unstructure_fn(cls, _CONVERTER, _cattrs_omit_if_default=True, **overrides)


def _tuple_unstructure_hook(t: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
    item_type = typing.get_args(t)[0]

    def unstructure(values: tuple[Any, ...]) -> list[Any]:
        return [_CONVERTER.unstructure(v, item_type) for v in values]

    return unstructure


_CONVERTER: Final = _build_converter()


# ============================================================================================
# Public API.


class _JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers keys it saw more than once."""

    duplicates: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> _JsonObject:
    obj = _JsonObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        repeated: dict[str, None] = {}
        for key, _ in pairs:
            if key in seen:
                repeated[key] = None
            seen.add(key)
        obj.duplicates = tuple(repeated)
    return obj


def _duplicate_keys(data: object, path: tuple[_Token, ...], out: list[_Found]) -> None:
    if isinstance(data, Mapping):
        out.extend(
            ((*path, k), "duplicate-key", {"key": k}) for k in getattr(data, "duplicates", ())
        )
        for key, value in data.items():
            _duplicate_keys(value, (*path, key), out)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            _duplicate_keys(value, (*path, index), out)


def _raise(
    found: Sequence[_Found], data: object, lang: Lang, source: str | None = None
) -> NoReturn:
    listed = [f for f in found if f[1] != "too-many-problems"]
    more = len(listed) < len(found) or len(listed) > MAX_PROBLEMS
    if len(listed) > 10 * MAX_PROBLEMS:
        # Sorting needs each problem's position, slow in huge objects: keep the first found.
        listed = listed[: 10 * MAX_PROBLEMS]
    ordered = sorted(listed, key=lambda f: _position(data, f[0]))[:MAX_PROBLEMS]
    problems = [Problem(_pointer(tokens), code, params) for tokens, code, params in ordered]
    if more:
        problems.append(Problem("", "too-many-problems", {"limit": str(MAX_PROBLEMS)}))
    raise LoadError(problems, lang=lang, source=source)


def from_dict(data: Mapping[str, Any], *, lang: Lang = "vi") -> Report:
    """Build a :class:`Report` from the JSON form already parsed into Python objects.

    Raises :class:`LoadError` listing every problem, with messages in ``lang``.
    """
    found: list[_Found] = []
    _duplicate_keys(data, (), found)
    if not isinstance(data, Mapping):
        _raise(
            [
                (
                    (),
                    "wrong-type",
                    {"expected": "object", "actual": "a-" + _json_type(data), "value": _show(data)},
                )
            ],
            data,
            lang,
        )
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or version != SCHEMA_VERSION or not isinstance(version, int):
        found.append((("schema_version",), "bad-schema-version", {"value": _show(version)}))
    body = {k: v for k, v in data.items() if k != "schema_version"}
    report: Report | None = None
    try:
        report = _CONVERTER.structure(body, Report)
    except Exception as exc:
        _collect(exc, (), found)
    if found or report is None:
        _raise(found, data, lang)
    return report


def to_dict(report: Report) -> dict[str, Any]:
    """The JSON form of ``report`` as plain dicts, lists, strings and numbers.

    Fields equal to their default are left out, except ``schema_version`` and
    ``meta.issuing_body``; keys follow the model's field order.
    """
    body: dict[str, Any] = _CONVERTER.unstructure(report, Report)
    return {"schema_version": SCHEMA_VERSION, **body}


def _too_large(size: int) -> _Found:
    return ((), "too-large", {"size": str(size), "limit": str(MAX_INPUT_SIZE)})


def _json_problem(exc: json.JSONDecodeError) -> _Found:
    return ((), "bad-json", {"detail": exc.msg, "line": str(exc.lineno), "column": str(exc.colno)})


def loads(text: str | bytes, *, lang: Lang = "vi") -> Report:
    """Read a report from JSON text (bytes are decoded as UTF-8; a byte-order mark is allowed).

    Raw control characters inside strings are parsed, then refused with their field's pointer.
    Input above :data:`MAX_INPUT_SIZE` is refused unparsed. Raises :class:`LoadError` listing
    every problem.
    """
    if len(text) > MAX_INPUT_SIZE:
        _raise([_too_large(len(text))], None, lang)
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            _raise([((), "bad-encoding", {"position": str(exc.start)})], None, lang)
    text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text, object_pairs_hook=_object_pairs, strict=False)
    except json.JSONDecodeError as exc:
        _raise([_json_problem(exc)], None, lang)
    except RecursionError:
        _raise(
            [((), "bad-json", {"detail": "nested too deeply", "line": "1", "column": "1"})],
            None,
            lang,
        )
    return from_dict(data, lang=lang)


def dumps(report: Report) -> str:
    """The JSON form of ``report``: UTF-8 text, two-space indent, a trailing newline.

    Decimal numbers are written as JSON numbers, so one with more significant digits than a
    float holds (about 15) reads back rounded to the nearest float.
    """
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def dump(report: Report, path: str | os.PathLike[str]) -> None:
    """Write the JSON form of ``report`` to ``path`` atomically.

    A temporary file in the same directory is written, flushed to disk and renamed over
    ``path``: on failure no partial file remains and an existing file is kept. OSError passes
    through.
    """
    atomic_write(path, dumps(report).encode("utf-8"))


_EMBEDDED_READERS: Final = {".docx": "kl224.renderers.docx", ".pdf": "kl224.renderers.pdf"}


def _file_problem(code: str, path: Path, lang: Lang, **params: str) -> NoReturn:
    raise LoadError([Problem("", code, {"file": str(path), **params})], lang=lang, source=str(path))


def _read_embedded(path: Path, data: bytes, lang: Lang) -> str:
    suffix = path.suffix.lower()
    fmt = suffix[1:].upper()
    try:
        module = importlib.import_module(_EMBEDDED_READERS[suffix])
        reader: Callable[[bytes], str | None] = module.read_embedded
        text = reader(data)
    except (ImportError, AttributeError):
        _file_problem("reader-unavailable", path, lang, format=fmt)
    except ValueError as exc:
        _file_problem("bad-embedded-data", path, lang, detail=str(exc))
    if text is None:
        _file_problem("no-embedded-data", path, lang)
    return text


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "not-found"
    if isinstance(exc, IsADirectoryError):
        return "is-a-directory"
    if isinstance(exc, PermissionError):
        return "permission-denied"
    return exc.strerror or type(exc).__name__


def load(source: str | os.PathLike[str] | Mapping[str, Any], *, lang: Lang = "vi") -> Report:
    """Load a report from a mapping (the parsed JSON form), a ``.json`` file, or a ``.docx`` /
    ``.pdf`` file rendered by kl224 (which carries the report's JSON inside).

    Raises :class:`LoadError` listing every problem, with messages in ``lang``: also for a file
    that is missing or unreadable, of another format, or a DOCX/PDF without kl224 data.
    """
    if isinstance(source, Mapping):
        return from_dict(source, lang=lang)
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix != ".json" and suffix not in _EMBEDDED_READERS:
        _file_problem("unsupported-format", path, lang, suffix=path.suffix or "(không có)")
    # A JSON file is read no further than the limit; a DOCX or PDF holds fonts and pictures
    # besides the report, so it may be a few times larger.
    limit = MAX_INPUT_SIZE if suffix == ".json" else 4 * MAX_INPUT_SIZE
    try:
        if path.is_file() and path.stat().st_size > limit:
            _file_problem("too-large", path, lang, size=str(path.stat().st_size), limit=str(limit))
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        _file_problem("unreadable-file", path, lang, reason=_os_reason(exc))
    if len(data) > limit:
        size = str(max(len(data), path.stat().st_size))
        _file_problem("too-large", path, lang, size=size, limit=str(limit))
    text: str | bytes = data if suffix == ".json" else _read_embedded(path, data, lang)
    try:
        return loads(text, lang=lang)
    except LoadError as exc:
        raise LoadError(exc.problems, lang=lang, source=str(path)) from None


# ============================================================================================
# JSON Schema.

_TEXT_PATTERN: Final = "^[^\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\ufffe\\uffff\\ud800-\\udfff]*$"
_DATE_PATTERN: Final = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"


def _padded(pattern: str) -> str:
    return "^\\s*" + pattern.removeprefix("^").removesuffix("$").replace("\\d", "[0-9]") + "\\s*$"


class _SchemaBuilder:
    """Walks the model's attrs classes, collecting one ``$defs`` entry per class."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {
            "Text": {"type": "string", "pattern": _TEXT_PATTERN},
            "Date": {"type": "string", "pattern": _DATE_PATTERN, "format": "date"},
        }

    def schema(self, t: Any) -> dict[str, Any]:
        simple: dict[Any, dict[str, Any]] = {
            str: {"$ref": "#/$defs/Text"},
            int: {"type": "integer", "minimum": 0},
            bool: {"type": "boolean"},
            Decimal: {"type": "number", "minimum": 0, "exclusiveMaximum": 10**MAX_DIGITS},
            dt.date: {"$ref": "#/$defs/Date"},
            Money: {"type": "integer", "minimum": 0, "description": "Số tiền, đơn vị: đồng"},
            Percent: {"type": "number", "minimum": 0, "maximum": 100},
            Symbol: {"type": "string", "pattern": _padded(_SYMBOL_RE.pattern)},
        }
        if t in simple:
            return simple[t]
        if t is DocumentRef:
            return self._ref("DocumentRef", self._document_ref)
        if _is_block(t):
            return self._ref("Block", self._block)
        if _is_literal(t):
            return {"enum": list(typing.get_args(t))}
        if _is_tuple_of(t):
            return {"type": "array", "items": self.schema(typing.get_args(t)[0])}
        args = _union_args(t)
        if args:
            options = [self.schema(a) for a in args if a not in (type(None), NotApplicable)]
            if NotApplicable in args:
                options.append(self._ref("NotApplicable", self._not_applicable))
            if type(None) in args:
                options.append({"type": "null"})
            return options[0] if len(options) == 1 else {"anyOf": options}
        if isinstance(t, type) and attrs.has(t):
            return self._ref(t.__name__, lambda: self._class(t))
        raise TypeError(f"no JSON Schema for {t!r}")

    def _ref(self, name: str, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {}
            self.defs[name] = build()
        return {"$ref": f"#/$defs/{name}"}

    def _class(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required = list(_REQUIRED_KEYS.get(cls, ()))
        for field in attrs.fields(cls):
            prop = dict(self.schema(hints[field.name]))
            info = figure_info(field)
            if info is not None:
                prop["title"] = info.label
                prop["description"] = f"Đơn vị tính: {info.unit} ({info.label_en})"
            properties[field.name] = prop
            if field.default is attrs.NOTHING:
                required.append(field.name)
        schema: dict[str, Any] = {"type": "object", "title": cls.__name__}
        doc = inspect.getdoc(cls)
        if doc:
            schema["description"] = " ".join(doc.split())
        schema["properties"] = properties
        if required:
            schema["required"] = required
        schema["additionalProperties"] = False
        return schema

    def _document_ref(self) -> dict[str, Any]:
        return {
            "type": "object",
            "title": "DocumentRef",
            "description": "Văn bản được dẫn: số và ký hiệu, ngày, tên loại, trích yếu, "
            "cơ quan ban hành.",
            "properties": {
                "code": {"type": "string", "pattern": _padded(_REF_RE.pattern)},
                "date": {"$ref": "#/$defs/Date"},
                "kind": {"$ref": "#/$defs/Text"},
                "title": {"$ref": "#/$defs/Text"},
                "issued_by": {"$ref": "#/$defs/Text"},
            },
            "required": ["code"],
            "additionalProperties": False,
        }

    def _block(self) -> dict[str, Any]:
        text = {"$ref": "#/$defs/Text"}
        bullet = {
            "type": "object",
            "properties": {"bullet": text, "sub": {"type": "array", "items": text}},
            "required": ["bullet"],
            "additionalProperties": False,
        }
        return {
            "description": "Một đoạn văn (chuỗi) hoặc một gạch đầu dòng.",
            "anyOf": [text, bullet],
        }

    def _not_applicable(self) -> dict[str, Any]:
        return {
            "type": "object",
            "description": "Mục “(nếu có)” không áp dụng ở địa phương.",
            "properties": {"not_applicable": {"const": True}, "reason": {"$ref": "#/$defs/Text"}},
            "required": ["not_applicable"],
            "additionalProperties": False,
        }


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the JSON form, generated from the model.

    It accepts what :func:`load` accepts as far as JSON Schema can say. Left to :func:`load`:
    a ratio's part at most its whole, a period ending after it starts, calendar checks of dates
    (``2024-02-30``), NFC normalisation (a decomposed ``Số 5-BC/HU`` fails the pattern but loads),
    duplicate keys, and integers written with a fraction (``12.0`` is an integer to JSON Schema
    but not to :func:`load`).
    """
    builder = _SchemaBuilder()
    root = builder._class(Report)
    root["title"] = "kl224 report"
    root["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **root["properties"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:kl224:report:{SCHEMA_VERSION}",
        **root,
        "$defs": builder.defs,
    }
