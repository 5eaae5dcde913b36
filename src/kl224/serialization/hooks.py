"""Hooks for single values, both ways, and the type tests the converter dispatches on.

A structuring hook refuses a value by raising :class:`_Invalid` with a problem code and its
params. The hooks for objects, arrays and unions, which recurse through the converter, are in
:mod:`kl224.serialization.converter`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, Literal, NoReturn

import attrs

from kl224.model import (
    Bullet,
    DocumentRef,
    Money,
    NotApplicable,
    Paragraph,
    Percent,
    Period,
    Ratio,
    ReportMeta,
    Symbol,
)
from kl224.model.values import MAX_DIGITS
from kl224.serialization.constants import _Token
from kl224.text.clean import character_name, clean_text, find_unsafe, unsafe_kind


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
        kind = unsafe_kind(char)
        code = "unsafe-character" if kind == "control" else f"{kind}-character"
        raise _Invalid(code, char=character_name(char), position=str(index + 1))
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


def _is_tuple_of(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


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
