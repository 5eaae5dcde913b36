"""Reading and editing a report by JSON Pointer: :func:`get_at` and :func:`replace_at`.

The pointers are those findings and :class:`LoadError` give, into the report's JSON form
(``/tasks/propaganda/news_items``, ``/context/narrative/2/bullet``). An edit is checked exactly
as :func:`kl224.load` checks input: the report's JSON form with the new value in place is
loaded again, so a value the JSON file could not hold is refused with the same problems,
located under the pointer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NoReturn, TypeVar

import attrs

from kl224.messages import Lang
from kl224.model import Report
from kl224.pointers import from_steps, split
from kl224.serialization.converter import CONVERTER
from kl224.serialization.errors import Found, collect, raise_problems
from kl224.serialization.io import from_dict, to_dict
from kl224.serialization.messages import LoadError, Problem

__all__ = ["PointerError", "get_at", "replace_at"]

_M = TypeVar("_M")


class PointerError(LoadError, LookupError):
    """A pointer that names no place in the report (or is not a JSON Pointer at all).

    A :class:`LoadError` with one problem at that pointer (code ``no-such-place``), and a
    :class:`LookupError`.
    """

    @property
    def pointer(self) -> str:
        """The pointer that was asked for."""
        return self.problems[0].params.get("pointer", "")


def _missing(pointer: str, step: str, reason: str, lang: Lang) -> NoReturn:
    params = {"pointer": pointer, "step": step, "reason": reason}
    raise PointerError([Problem(pointer, "no-such-place", params)], lang=lang)


def _steps(pointer: str, lang: Lang) -> tuple[str, ...]:
    if not isinstance(pointer, str):
        _missing(str(pointer), str(pointer), "not-a-pointer", lang)
    try:
        return split(pointer)
    except ValueError:
        _missing(pointer, pointer, "not-a-pointer", lang)


def _index(step: str, size: int, pointer: str, lang: Lang) -> int:
    if not step.isdigit() or (len(step) > 1 and step[0] == "0"):
        _missing(pointer, step, "not-an-index", lang)
    index = int(step)
    if index >= size:
        _missing(pointer, step, "past-the-end", lang)
    return index


def _json_step(current: object, step: str, pointer: str, lang: Lang) -> Any:
    if isinstance(current, Mapping):
        if step not in current:
            _missing(pointer, step, "no-such-key", lang)
        return current[step]
    if isinstance(current, list | tuple):
        return current[_index(step, len(current), pointer, lang)]
    _missing(pointer, step, "not-reported" if current is None else "no-such-key", lang)


def get_at(report: object, pointer: str, *, lang: Lang = "vi") -> Any:
    """The value at ``pointer`` in ``report``: a model object or value where the pointer names
    a field or list item of the model (``/tasks/propaganda/radio`` gives a ``RadioNetwork``),
    else the JSON form of the place (``/meta/request/code`` gives ``"1323-CV/HU"``).

    ``""`` is the report itself. Raises :class:`PointerError` (a :class:`LookupError`) naming
    the pointer when it names no place, or passes through a value that is not reported.
    """
    current: Any = report
    steps = _steps(pointer, lang)
    for position, step in enumerate(steps):
        if isinstance(current, tuple):
            current = current[_index(step, len(current), pointer, lang)]
        elif attrs.has(type(current)) and step in attrs.fields_dict(type(current)):
            current = getattr(current, step)
        elif attrs.has(type(current)):
            # A value written in the JSON form under other keys (a cited document's "code",
            # a bullet's "bullet"): continue in that form.
            data: Any = CONVERTER.unstructure(current, type(current))
            for rest in steps[position:]:
                data = _json_step(data, rest, pointer, lang)
            return data
        else:
            _missing(pointer, step, "not-reported" if current is None else "no-such-key", lang)
    return current


def _to_json(value: object) -> Any:
    if attrs.has(type(value)):
        return CONVERTER.unstructure(value, type(value))
    if isinstance(value, list | tuple):
        return [_to_json(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _to_json(v) for k, v in value.items()}
    return value


def _dump(obj: object) -> Any:
    if isinstance(obj, Report):
        return to_dict(obj)
    return CONVERTER.unstructure(obj, type(obj))


def _load(data: Any, cls: type[_M], lang: Lang) -> _M:
    if cls is Report:
        return from_dict(data, lang=lang)  # type: ignore[return-value]
    found: list[Found] = []
    try:
        result: _M = CONVERTER.structure(data, cls)
    except Exception as exc:
        collect(exc, (), found)
        raise_problems(found, data, lang)
    return result


def replace_at(report: _M, pointer: str, value: object, *, lang: Lang = "vi") -> _M:
    """A copy of ``report`` with the value at ``pointer`` replaced by ``value``.

    ``report`` is usually a :class:`Report`; any model object (an item, a ``RadioNetwork``)
    works the same way, with pointers relative to it.

    ``value`` may be a model object (``kl224.Ratio(part=12, whole=13)``) or what the JSON form
    holds there (``{"part": 12, "whole": 13}``, ``1286``, ``"2024-10-25"``, a
    :class:`datetime.date`, a :class:`~decimal.Decimal`); ``None`` makes a figure not reported.
    A final step ``-`` appends to a list. The place must exist in the model: an item inside a
    figure that is not reported (``/tasks/propaganda/radio/communes/part`` while ``communes``
    is ``None``) is refused — set the whole figure instead.

    Raises :class:`PointerError` for a pointer that names no place, and :class:`LoadError`
    listing every problem of the new value, each located at or under ``pointer``, in ``lang``.
    """
    steps = _steps(pointer, lang)
    if not steps:
        data = _to_json(value)
        if not isinstance(data, Mapping):
            _missing(pointer, "", "not-a-report", lang)
        return _load(data, type(report), lang)
    *path, last = steps
    # The model decides which places exist: the JSON form leaves defaults out.
    model_parent = get_at(report, from_steps(path), lang=lang)
    if model_parent is None:
        _missing(pointer, path[-1], "not-reported", lang)
    document = _dump(report)
    container: Any = document
    for depth, step in enumerate(path):
        if isinstance(container, list):
            container = container[int(step)]
            continue
        if not isinstance(container, dict):
            _missing(pointer, step, "no-such-key", lang)
        if step not in container:
            # Left out as a default: write the model's value there in full.
            container[step] = _to_json(get_at(report, from_steps(path[: depth + 1]), lang=lang))
        container = container[step]
    if isinstance(container, list):
        if last == "-":
            container.append(_to_json(value))
        else:
            container[_index(last, len(container), pointer, lang)] = _to_json(value)
    elif isinstance(container, dict):
        known = (
            attrs.fields_dict(type(model_parent)) if attrs.has(type(model_parent)) else container
        )
        if last not in known and last not in container and not _json_key(model_parent, last):
            _missing(pointer, last, "no-such-key", lang)
        container[last] = _to_json(value)
    else:
        _missing(pointer, last, "no-such-key", lang)
    return _load(document, type(report), lang)


def _json_key(model_value: object, key: str) -> bool:
    """Whether ``key`` is a key of the JSON form of ``model_value`` (``code`` of a document)."""
    if not attrs.has(type(model_value)):
        return False
    data = CONVERTER.unstructure(model_value, type(model_value))
    return isinstance(data, Mapping) and key in data
