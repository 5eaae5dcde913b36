"""The JSON Schema of the JSON form, generated from the model."""

from __future__ import annotations

import datetime as dt
import inspect
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

import attrs

from kl224.model import DocumentRef, Money, NotApplicable, Percent, Report, Symbol, figure_info
from kl224.model.values import CODE_PATTERN, MAX_DIGITS, SYMBOL_PATTERN
from kl224.serialization.constants import SCHEMA_VERSION
from kl224.serialization.hooks import (
    REQUIRED_KEYS,
    is_block,
    is_literal,
    is_tuple_of,
    union_args,
)

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
            Symbol: {"type": "string", "pattern": _padded(SYMBOL_PATTERN.pattern)},
        }
        if t in simple:
            return simple[t]
        if t is DocumentRef:
            return self._ref("DocumentRef", self._document_ref)
        if is_block(t):
            return self._ref("Block", self._block)
        if is_literal(t):
            return {"enum": list(typing.get_args(t))}
        if is_tuple_of(t):
            return {"type": "array", "items": self.schema(typing.get_args(t)[0])}
        args = union_args(t)
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
        required = list(REQUIRED_KEYS.get(cls, ()))
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
                "code": {"type": "string", "pattern": _padded(CODE_PATTERN.pattern)},
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
