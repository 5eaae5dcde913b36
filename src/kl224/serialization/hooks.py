"""Hooks for single values, both ways, and the type tests the converter dispatches on.

A structuring hook refuses a value by raising :class:`Invalid` with a problem code and its
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
from kl224.serialization.constants import Token
from kl224.text.clean import character_name, clean_text, find_unsafe, unsafe_kind


class Invalid(Exception):
    """A hook's refusal: a problem code and params, at ``tokens`` below the hook's place."""

    def __init__(self, code: str, *tokens: Token, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.tokens = tokens
        self.params = params


class Group(Exception):
    """Several failures of one value, each at its own place below it."""

    def __init__(self, errors: Sequence[tuple[tuple[Token, ...], BaseException]]) -> None:
        super().__init__(f"{len(errors)} problems")
        self.errors = errors


class JsonFloat(float):
    """A number written with a fraction or exponent in JSON text (``12.0``): never a count,
    as the JSON form and its schema say, unlike a whole float a database hands over."""


def json_type(value: object) -> str:
    """What ``value`` is, as a key of the plain words messages use (``a-date``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float | Decimal):
        return "integer" if _whole(value) and not isinstance(value, JsonFloat) else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    return "python-object"


def _whole(value: float | Decimal) -> bool:
    """Whether a float or Decimal from a database holds a whole number (``Decimal("18")``)."""
    try:
        return bool(value == int(value))
    except (ValueError, OverflowError, ArithmeticError):
        return False


def show(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, int | float | Decimal | str | Mapping | list | tuple):
        return type(value).__name__
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


def wrong_type(expected: str, value: object) -> NoReturn:
    raise Invalid(
        "wrong-type", expected=expected, actual="a-" + json_type(value), value=show(value)
    )


def structure_count(value: object, _: object = None) -> int:
    # A database gives counts as Decimal (NUMERIC columns) or float: a whole value is a count.
    if isinstance(value, float | Decimal) and not isinstance(value, JsonFloat) and _whole(value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        wrong_type("integer", value)
    if value < 0:
        raise Invalid("negative", form="integer", value=str(value))
    return value


def structure_bool(value: object, _: object = None) -> bool:
    if not isinstance(value, bool):
        wrong_type("boolean", value)
    return value


def structure_text(value: object, _: object = None) -> str:
    if not isinstance(value, str):
        wrong_type("string", value)
    found = find_unsafe(value)
    if found is not None:
        index, char = found
        kind = unsafe_kind(char)
        code = "unsafe-character" if kind == "control" else f"{kind}-character"
        raise Invalid(code, char=character_name(char), position=str(index + 1))
    return clean_text(value)


def _structure_number(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        wrong_type("number", value)
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not number.is_finite():
        raise Invalid("not-finite", value=str(value))
    return number


def structure_decimal(value: object, _: object = None) -> Decimal:
    number = _structure_number(value)
    if number < 0:
        raise Invalid("negative", form="number", value=str(number))
    digits = number.normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    if max(len(digits.digits), len(digits.digits) + exponent) > MAX_DIGITS:
        raise Invalid("too-precise", value=str(number), digits=str(MAX_DIGITS))
    return number


def structure_percent(value: object, _: object = None) -> Percent:
    number = _structure_number(value)
    if not 0 <= number <= 100:
        raise Invalid("out-of-range", value=str(number), minimum="0", maximum="100")
    return Percent(value=number)


def structure_money(value: object, _: object = None) -> Money:
    return Money(dong=structure_count(value))


_DATE_FORM: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def structure_date(value: object, _: object = None) -> dt.date:
    # A database gives dates as datetime.date, or as a datetime at midnight (DATE columns of
    # some drivers); a time of day would be lost, so it is refused.
    if isinstance(value, dt.datetime):
        if value.time() == dt.time() and value.tzinfo is None:
            return value.date()
        wrong_type("iso-date", value)
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        wrong_type("iso-date", value)
    text = structure_text(value)
    if _DATE_FORM.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise Invalid("bad-date", value=show(text)[1:-1])


def structure_symbol(value: object, _: object = None) -> Symbol:
    text = structure_text(value)
    try:
        return Symbol.parse(text)
    except ValueError:
        raise Invalid("bad-symbol", form="symbol", value=show(text)[1:-1]) from None


def unknown_key(key: object, allowed: Iterable[str]) -> Invalid:
    params = {"key": str(key)}
    close = difflib.get_close_matches(str(key), list(allowed), n=1, cutoff=0.75)
    if close:
        params["suggestion"] = close[0]
    return Invalid("unknown-key", **params)


def structure_fields(
    value: object, spec: Mapping[str, Callable[[Any], Any]], required: Iterable[str] = ()
) -> dict[str, Any]:
    """Structure a small JSON object by hand: each key with its hook, all problems at once."""
    if not isinstance(value, Mapping):
        wrong_type("object", value)
    errors: list[tuple[tuple[Token, ...], BaseException]] = []
    out: dict[str, Any] = {}
    for key, hook in spec.items():
        if key not in value:
            if key in required:
                errors.append(((key,), Invalid("missing-key", key=key)))
            continue
        try:
            out[key] = hook(value[key])
        except Exception as exc:
            errors.append(((key,), exc))
    errors.extend(((key,), unknown_key(key, spec)) for key in value if key not in spec)
    if errors:
        raise Group(errors)
    return out


def _structure_code(value: object) -> DocumentRef:
    text = structure_text(value)
    try:
        return DocumentRef.parse(text)
    except ValueError:
        raise Invalid("bad-symbol", form="code", value=show(text)[1:-1]) from None


def structure_document_ref(value: object, _: object = None) -> DocumentRef:
    fields = structure_fields(
        value,
        {
            "code": _structure_code,
            "date": structure_date,
            "kind": structure_text,
            "title": structure_text,
            "issued_by": structure_text,
        },
        required=("code",),
    )
    ref: DocumentRef = fields.pop("code")
    return attrs.evolve(ref, **fields)


def structure_not_applicable(value: object) -> NotApplicable:
    fields = structure_fields(
        value,
        {"not_applicable": structure_bool, "reason": structure_text},
        required=("not_applicable",),
    )
    if fields["not_applicable"] is not True:
        raise Invalid("not-allowed", "not_applicable", value="false", allowed="true")
    return NotApplicable(reason=fields.get("reason", ""))


def union_args(t: Any) -> tuple[Any, ...]:
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        return typing.get_args(t)
    return ()


def is_block(t: Any) -> bool:
    return set(union_args(t)) == {Paragraph, Bullet}


def has_not_applicable(t: Any) -> bool:
    return NotApplicable in union_args(t)


def is_tuple_of(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def is_literal(t: Any) -> bool:
    return typing.get_origin(t) is Literal


def literal_hook(t: Any) -> Callable[[Any, Any], str]:
    allowed = typing.get_args(t)

    def structure(value: object, _: object = None) -> str:
        if not isinstance(value, str):
            wrong_type("string", value)
        if value not in allowed:
            raise Invalid("not-allowed", value=show(value), allowed=", ".join(allowed))
        return value

    return structure


# Keys the JSON form requires although the model gives them a default.
REQUIRED_KEYS: Final[dict[type, tuple[str, ...]]] = {ReportMeta: ("issuing_body",)}


def cross_field_problem(cls: type, value: Mapping[str, Any], exc: BaseException) -> Invalid:
    """Translate a constructor's refusal (its fields were each fine) into a located problem."""
    if cls is Ratio:
        return Invalid(
            "part-exceeds-whole", "part", part=str(value["part"]), whole=str(value["whole"])
        )
    if cls is Period:
        return Invalid("end-before-start", "end", start=str(value["start"]), end=str(value["end"]))
    return Invalid("invalid-value", detail=str(exc))


def unstructure_decimal(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def unstructure_document_ref(ref: DocumentRef) -> dict[str, Any]:
    out: dict[str, Any] = {"code": ref.code}
    if ref.date is not None:
        out["date"] = ref.date.isoformat()
    for name in ("kind", "title", "issued_by"):
        if getattr(ref, name):
            out[name] = getattr(ref, name)
    return out


def unstructure_bullet(bullet: Bullet) -> dict[str, Any]:
    out: dict[str, Any] = {"bullet": bullet.text}
    if bullet.sub:
        out["sub"] = list(bullet.sub)
    return out


def unstructure_not_applicable(answer: NotApplicable) -> dict[str, Any]:
    out: dict[str, Any] = {"not_applicable": True}
    if answer.reason:
        out["reason"] = answer.reason
    return out
