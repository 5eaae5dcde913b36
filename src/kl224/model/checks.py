"""Checking model fields where they are written.

Every model class is declared ``@attrs.frozen(kw_only=True, field_transformer=checked)``:
:func:`checked` puts a type check in front of each field's own validators, built from the
field's annotation the first time the class is used. A wrong type raises :class:`TypeError`, a
wrong value (a negative count, a status that does not exist) :class:`ValueError`; both name the
class, the field, what was expected and what was given, in plain words.

The converters here turn what a caller obviously means into what the model stores, losing
nothing: a list becomes a tuple, a string given for narrative becomes one paragraph, a string
given for a unit or a proposal becomes one with that text. A string is never split into letters
and no item is dropped. Anything else passes through unchanged for the type check to refuse.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import sys
import types
import typing
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Final, Literal

import attrs

from kl224.text.clean import check_text, clean_text, find_unsafe

__all__ = [
    "checked",
    "describe",
    "field_error",
    "field_types",
    "text",
    "texts",
]


def describe(value: object) -> str:
    """``value`` in plain words for a message: ``the whole number 40``, ``the text "38"``."""
    if value is None:
        return "None (nothing)"
    if isinstance(value, bool):
        return f"the truth value {value}"
    if isinstance(value, enum.Enum):
        return f"the {type(value).__name__} {value.name}"
    if isinstance(value, int):
        return f"the whole number {value}"
    if isinstance(value, float | Decimal):
        return f"the decimal number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return f"the text {shown!r}"
    if isinstance(value, dt.datetime):
        return f"the date and time {value.isoformat(' ')}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, list | tuple):
        n = len(value)
        return f"a list of {n} item{'s' if n != 1 else ''}"
    if isinstance(value, dict):
        return "a dict"
    name = type(value).__name__
    return f"{'an' if name[:1] in 'AEIO' else 'a'} {name}"


def field_error(
    cls: type | str, field: str, expected: str, value: object, *, hint: str = ""
) -> TypeError:
    """The :class:`TypeError` for a field given a value of the wrong type."""
    name = cls if isinstance(cls, str) else cls.__name__
    tail = f"; {hint}" if hint else ""
    return TypeError(f"{name}.{field}: expected {expected}, got {describe(value)}{tail}")


# --------------------------------------------------------------------------------------------
# What an annotation expects, in words, and the test of a value against it.

_Check = Callable[[object, str, object], None]
"""A field check: (instance, field name, value) -> None, or raises."""


def _article(name: str) -> str:
    return f"{'an' if name[:1] in 'AEIO' else 'a'} {name}"


def _words(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [_words(a) for a in typing.get_args(annotation) if a is not type(None)]
        if type(None) in typing.get_args(annotation):
            members.append("None")
        return ", ".join(members[:-1]) + " or " + members[-1]
    if origin is tuple:
        return f"a list of {_plural(typing.get_args(annotation)[0])}"
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in typing.get_args(annotation))
    return _SIMPLE_WORDS.get(annotation) or _article(getattr(annotation, "__name__", "value"))


def _plural(annotation: Any) -> str:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return " or ".join(_plural(a) for a in typing.get_args(annotation))
    return _PLURAL_WORDS.get(annotation) or f"{getattr(annotation, '__name__', 'value')} objects"


_SIMPLE_WORDS: Final[dict[Any, str]] = {
    int: "a whole number of at least 0",
    str: "a text (str)",
    bool: "True or False",
    dt.date: "a date (datetime.date)",
    Decimal: "a number",
}
_PLURAL_WORDS: Final[dict[Any, str]] = {str: "texts (str)"}

# How to write the value the field wants, when a caller passed the bare content.
_HINTS: Final[dict[str, str]] = {
    "Headcount": "write Headcount(total=…, ethnic_minority=…)",
    "Money": "write Money(dong=…)",
    "Ratio": "write Ratio(part=…, whole=…)",
    "Percent": "write Percent(value=…)",
    "Signer": "write Signer(name=…)",
    "Symbol": "write Symbol.parse('BC/HU')",
    "DocumentRef": "write DocumentRef.parse('224-KL/TU', …)",
    "Period": "write Period(start=…, end=…)",
}


def _name(instance: object) -> str:
    return type(instance).__name__


def _check_for(annotation: Any) -> _Check:
    """The check of a value against ``annotation`` (the types the model uses). Each check
    takes (instance, field name, value); the common case is one type test."""
    words = _words(annotation)
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = tuple(m for m in typing.get_args(annotation) if m is not type(None))
        optional = type(None) in typing.get_args(annotation)
        inner = tuple((m if isinstance(m, type) else None, _check_for(m)) for m in members)
        classes = [m for m in members if isinstance(m, type)]

        def check_union(instance: object, field: str, value: object) -> None:
            if value is None and optional:
                return
            kind = type(value)
            for member, check in inner:
                if member is None:
                    try:
                        check(instance, field, value)
                    except (TypeError, ValueError):
                        continue
                    return
                if kind is member or (
                    isinstance(value, member) and not (member is int and kind is bool)
                ):
                    check(instance, field, value)
                    return
            hint = _hint(classes, value)
            raise field_error(_name(instance), field, words, value, hint=hint)

        return check_union
    if origin is tuple:
        element = _check_for(typing.get_args(annotation)[0])

        def check_tuple(instance: object, field: str, value: object) -> None:
            if type(value) is not tuple:
                raise field_error(_name(instance), field, words, value)
            for index, item in enumerate(value):
                element(instance, f"{field}[{index}]", item)

        return check_tuple
    if origin is Literal:
        allowed = typing.get_args(annotation)

        def check_literal(instance: object, field: str, value: object) -> None:
            if value not in allowed or type(value) is not type(allowed[0]):
                error = field_error(_name(instance), field, words, value)
                raise ValueError(*error.args) if isinstance(value, str) else error

        return check_literal
    if annotation is int:

        def check_int(instance: object, field: str, value: object) -> None:
            if type(value) is not int and (isinstance(value, bool) or not isinstance(value, int)):
                raise field_error(_name(instance), field, words, value)
            if value < 0:
                raise ValueError(
                    f"{_name(instance)}.{field}: expected {words} (it must not be negative), "
                    f"got {value}"
                )

        return check_int
    if annotation is str:

        def check_str(instance: object, field: str, value: object) -> None:
            if not isinstance(value, str):
                raise field_error(_name(instance), field, words, value)
            if find_unsafe(value) is not None:
                check_text(value, f"{_name(instance)}.{field}")

        return check_str
    if annotation is dt.date:

        def check_date(instance: object, field: str, value: object) -> None:
            if type(value) is not dt.date and (
                not isinstance(value, dt.date) or isinstance(value, dt.datetime)
            ):
                hint = "give the date alone: value.date()" if isinstance(value, dt.datetime) else ""
                hint = hint or _hint([dt.date], value)
                raise field_error(_name(instance), field, words, value, hint=hint)

        return check_date
    if annotation is bool:

        def check_bool(instance: object, field: str, value: object) -> None:
            if not isinstance(value, bool):
                raise field_error(_name(instance), field, words, value)

        return check_bool
    if isinstance(annotation, type):

        def check_type(instance: object, field: str, value: object) -> None:
            if type(value) is not annotation and not isinstance(value, annotation):
                hint = _hint((annotation,), value)
                raise field_error(_name(instance), field, words, value, hint=hint)

        return check_type

    def check_any(instance: object, field: str, value: object) -> None:
        return None

    return check_any


def _hint(members: Sequence[type], value: object) -> str:
    if isinstance(value, str) and dt.date in members:
        return "write datetime.date(YYYY, M, D); kl224.load reads ISO text like '2024-10-25'"
    if isinstance(value, int | float | Decimal | str) and not isinstance(value, bool):
        for member in members:
            if member.__name__ in _HINTS:
                return _HINTS[member.__name__]
    return ""


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], Any]

_HINTS_OF: dict[type, dict[str, Any]] = {}
_COMPILED: dict[str, types.CodeType] = {}


def field_types(cls: type) -> dict[str, Any]:
    """The resolved annotations of a model class's fields: what ``typing.get_type_hints(cls)``
    gives, computed once per class.

    The model's annotations are strings (``from __future__ import annotations``) and the same
    few repeat (``int | None``): each is compiled once and evaluated in its class's namespace
    as ``get_type_hints`` does, which compiles every annotation anew on every call — a tenth
    of ``kl224 check``'s start. ``tests/test_model_checks.py`` holds the two equal.
    """
    hints = _HINTS_OF.get(cls)
    if hints is None:
        hints = {}
        for klass in reversed(cls.__mro__):
            annotations = inspect.get_annotations(klass)
            namespace = sys.modules[klass.__module__].__dict__
            local = dict(vars(klass))
            for name, annotation in annotations.items():
                if isinstance(annotation, str):
                    code = _COMPILED.get(annotation)
                    if code is None:
                        code = _COMPILED[annotation] = compile(annotation, "<annotation>", "eval")
                    annotation = eval(code, namespace, local)
                hints[name] = type(None) if annotation is None else annotation
        if any(_forward(hint) for hint in hints.values()):
            # A quoted name inside an annotation: typing's own resolution handles it.
            hints = typing.get_type_hints(cls)
        _HINTS_OF[cls] = hints
    return hints


def _forward(annotation: Any) -> bool:
    if isinstance(annotation, str | typing.ForwardRef):
        return True
    if typing.get_origin(annotation) is Literal:
        return False
    return any(_forward(arg) for arg in typing.get_args(annotation))


def _type_validator(owner: type, name: str, own: _Validator | None) -> _Validator:
    # The annotation is resolved at the first construction: the class's module must be fully
    # imported by then, and forward references resolved.
    compiled: list[_Check] = []

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not compiled:
            compiled.append(_check_for(field_types(owner)[name]))
        compiled[0](instance, name, value)
        if own is not None:
            own(instance, attribute, value)

    return validate


def checked(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """An attrs ``field_transformer``: each field of ``cls`` declared here (inherited ones are
    already checked) is first checked against its annotation, then by its own validators."""
    return [
        field
        if field.inherited  # type: ignore[attr-defined]
        else field.evolve(validator=_type_validator(cls, field.name, field.validator))
        for field in fields
    ]


# --------------------------------------------------------------------------------------------
# Converters: lossless only; anything else passes through to the type check.


def text(value: str) -> str:
    """User text in NFC with newlines folded (anything not a string passes unchanged)."""
    return clean_text(value) if isinstance(value, str) else value


def texts(value: str | Sequence[str]) -> tuple[str, ...]:
    """A list of texts as a tuple, each cleaned; one string is a list of one."""
    if isinstance(value, str):
        return (clean_text(value),)
    if isinstance(value, list | tuple):
        return tuple(clean_text(v) if isinstance(v, str) else v for v in value)
    return value  # type: ignore[return-value]  # refused by the type check
