"""Every string of a report's JSON form, found on the model itself, each with its place.

:func:`json_strings` gives what walking :func:`kl224.serialization.to_dict` for its strings would
give — the same strings at the same JSON Pointer steps — without building the
JSON form: a rule that reads every text (KL224-G501) then neither imports the converter nor pays
for the dicts and lists. The few classes the JSON form writes in a shape of their own are
handled as :mod:`kl224.serialization.hooks` writes them: a paragraph is its text, a bullet is
``{"bullet", "sub"}``, a "not applicable" answer ``{"not_applicable", "reason"}``, a cited
document ``{"code", "date", "kind", "title", "issued_by"}``, a symbol ``"BC/HU"``, a date its ISO
text; money, percentages and decimals are numbers. ``tests/test_model_strings.py`` keeps the two
in step.

One difference on purpose: the JSON form leaves out a field that holds its default, this walk
does not (deciding it would cost a comparison per field). Defaults are the model's own texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

import attrs

from kl224.model.values import Bullet, DocumentRef, Money, NotApplicable, Paragraph, Percent, Symbol

__all__ = ["Steps", "json_strings"]

Steps = tuple[str | int, ...]
"""The unescaped steps of a JSON Pointer (``("tasks", "culture", "narrative", 0)``); see
:func:`kl224.pointers.from_steps`."""

_Out = Callable[[tuple[Steps, str]], None]

# Values the JSON form writes as numbers, booleans or null: nothing to read.
_NO_STRINGS: Final[frozenset[type]] = frozenset(
    {int, bool, float, Decimal, Money, Percent, type(None)}
)


def _paragraph(value: Paragraph, steps: Steps, out: _Out) -> None:
    out((steps, value.text))


def _bullet(value: Bullet, steps: Steps, out: _Out) -> None:
    out(((*steps, "bullet"), value.text))
    for index, sub in enumerate(value.sub):
        out(((*steps, "sub", index), sub))


def _not_applicable(value: NotApplicable, steps: Steps, out: _Out) -> None:
    if value.reason:
        out(((*steps, "reason"), value.reason))


def _document_ref(value: DocumentRef, steps: Steps, out: _Out) -> None:
    out(((*steps, "code"), value.code))
    if value.date is not None:
        out(((*steps, "date"), value.date.isoformat()))
    for name in ("kind", "title", "issued_by"):
        text: str = getattr(value, name)
        if text:
            out(((*steps, name), text))


def _symbol(value: Symbol, steps: Steps, out: _Out) -> None:
    out((steps, str(value)))


def _date(value: dt.date, steps: Steps, out: _Out) -> None:
    out((steps, value.isoformat()))


_SHAPES: Final[dict[type, Callable[[Any, Steps, _Out], None]]] = {
    Paragraph: _paragraph,
    Bullet: _bullet,
    NotApplicable: _not_applicable,
    DocumentRef: _document_ref,
    Symbol: _symbol,
    dt.date: _date,
}

_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = tuple(a.name for a in attrs.fields(cls)) if attrs.has(cls) else ()
        _FIELDS[cls] = names
    return names


def _walk(value: Any, steps: Steps, out: _Out) -> None:
    kind = type(value)
    if kind is str or isinstance(value, str):
        out((steps, value))
    elif kind is tuple:
        for index, item in enumerate(value):
            if type(item) not in _NO_STRINGS:
                _walk(item, (*steps, index), out)
    elif kind in _SHAPES:
        _SHAPES[kind](value, steps, out)
    else:
        for name in _field_names(kind):
            field = getattr(value, name)
            if type(field) not in _NO_STRINGS:
                _walk(field, (*steps, name), out)


def json_strings(obj: object, steps: Steps = ()) -> list[tuple[Steps, str]]:
    """Every string of the JSON form of ``obj`` (a report or any model object, at ``steps``)
    with the steps of its JSON Pointer, in the model's field order; fields at their default
    included."""
    found: list[tuple[Steps, str]] = []
    _walk(obj, steps, found.append)
    return found
