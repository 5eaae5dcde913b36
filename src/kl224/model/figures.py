"""Walking the typed figures of the model: every field that carries :class:`FigureInfo`."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from kl224.model.values import FigureInfo, NotApplicable, figure_info
from kl224.pointers import split

__all__ = [
    "FigureField",
    "FigureValue",
    "field_types",
    "figure_fields",
    "is_reported",
    "iter_figures",
    "resolve",
    "union_members",
]


@attrs.frozen
class FigureField:
    """A figure field of a model class: where it sits (relative pointer) and its metadata."""

    pointer: str
    name: str
    info: FigureInfo


@attrs.frozen
class FigureValue:
    """A figure of a report: its pointer, metadata and value (None = not reported)."""

    pointer: str
    info: FigureInfo
    value: Any

    @property
    def reported(self) -> bool:
        """Whether a value is given (zero and an empty list of targets differ: the latter is
        not reported)."""
        return is_reported(self.value)


def is_reported(value: object) -> bool:
    """Whether a figure value counts as reported: not None and not an empty tuple."""
    return value is not None and value != ()


@functools.cache
def field_types(cls: type) -> dict[str, Any]:
    """The resolved annotations of a model class's fields (computed once per class)."""
    return typing.get_type_hints(cls)


def union_members(annotation: Any) -> tuple[Any, ...]:
    """The members of a union annotation (``X | None``), or ``()`` when it is not a union."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return ()


def _nested_classes(annotation: Any) -> tuple[type, ...]:
    """The attrs classes (other than NotApplicable) a field's annotation can hold."""
    args = union_members(annotation) or (annotation,)
    return tuple(
        arg
        for arg in args
        if isinstance(arg, type) and attrs.has(arg) and arg is not NotApplicable
    )


@functools.cache
def figure_fields(cls: type) -> tuple[FigureField, ...]:
    """Every figure field of ``cls`` and of the attrs classes nested in it, in field order,
    with pointers relative to an instance of ``cls`` (``/radio/communes``)."""
    hints = field_types(cls)
    out: list[FigureField] = []
    for attribute in attrs.fields(cls):
        pointer = f"/{attribute.name}"
        info = figure_info(attribute)
        if info is not None:
            out.append(FigureField(pointer=pointer, name=attribute.name, info=info))
            continue
        for nested in _nested_classes(hints[attribute.name]):
            out.extend(
                FigureField(pointer=pointer + f.pointer, name=f.name, info=f.info)
                for f in figure_fields(nested)
            )
    return tuple(out)


def iter_figures(obj: Any, pointer: str = "") -> Iterator[FigureValue]:
    """Yield every figure of a model object with its absolute pointer (``pointer`` is the
    object's own). Figures inside a part answered "not applicable" are skipped."""
    for attribute in attrs.fields(type(obj)):
        value = getattr(obj, attribute.name)
        here = f"{pointer}/{attribute.name}"
        info = figure_info(attribute)
        if info is not None:
            yield FigureValue(pointer=here, info=info, value=value)
        elif attrs.has(type(value)) and not isinstance(value, NotApplicable):
            yield from iter_figures(value, here)


def resolve(obj: object, pointer: str) -> Any:
    """Return the model object at a JSON Pointer made of attribute names (``/tasks/culture``).

    Raises KeyError naming the first step that does not exist.
    """
    current: Any = obj
    if not pointer:
        return current
    for name in split(pointer):
        if not attrs.has(type(current)) or name not in attrs.fields_dict(type(current)):
            raise KeyError(f"{pointer!r}: no field {name!r}")
        current = getattr(current, name)
    return current
