"""Walking the typed figures of the model: every field that carries :class:`FigureInfo`."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from kl224.model.checks import field_types
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


_Plan = tuple[tuple[str, FigureInfo | None], ...]


_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    # Each field's name and figure metadata, read once per class: the walk below runs for
    # every item on every validation.
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = tuple((a.name, figure_info(a)) for a in attrs.fields(cls))
    return plan


def iter_figures(obj: Any, pointer: str = "") -> Iterator[FigureValue]:
    """Yield every figure of a model object with its absolute pointer (``pointer`` is the
    object's own). Figures inside a part answered "not applicable" are skipped."""
    for name, info in _plan(type(obj)):
        value = getattr(obj, name)
        if info is not None:
            yield FigureValue(pointer=f"{pointer}/{name}", info=info, value=value)
        elif _is_model(type(value)) and not isinstance(value, NotApplicable):
            yield from iter_figures(value, f"{pointer}/{name}")


_MODEL_CLASSES: dict[type, bool] = {}


def _is_model(cls: type) -> bool:
    known = _MODEL_CLASSES.get(cls)
    if known is None:
        known = _MODEL_CLASSES[cls] = attrs.has(cls)
    return known


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> frozenset[str]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = frozenset(a.name for a in attrs.fields(cls)) if attrs.has(cls) else frozenset()
        _FIELD_NAMES[cls] = names
    return names


@functools.lru_cache(maxsize=4096)
def _steps(pointer: str) -> tuple[str, ...]:
    return split(pointer)


def resolve(obj: object, pointer: str) -> Any:
    """Return the model object at a JSON Pointer made of attribute names (``/tasks/culture``).

    Raises KeyError naming the first step that does not exist.
    """
    current: Any = obj
    if not pointer:
        return current
    for name in _steps(pointer):
        if name not in _field_names(type(current)):
            raise KeyError(f"{pointer!r}: no field {name!r}")
        current = getattr(current, name)
    return current
