"""The cattrs converter, built once, and the hooks that recurse through it."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Final

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from kl224.model import (
    Bullet,
    DocumentRef,
    Money,
    NotApplicable,
    Paragraph,
    Percent,
    ReportMeta,
    Symbol,
)
from kl224.serialization.constants import MAX_PROBLEMS, _Token
from kl224.serialization.errors import _note_step
from kl224.serialization.hooks import (
    _REQUIRED_KEYS,
    _cross_field_problem,
    _Group,
    _has_not_applicable,
    _Invalid,
    _is_block,
    _is_literal,
    _is_tuple_of,
    _literal_hook,
    _structure_bool,
    _structure_count,
    _structure_date,
    _structure_decimal,
    _structure_document_ref,
    _structure_fields,
    _structure_money,
    _structure_not_applicable,
    _structure_percent,
    _structure_symbol,
    _structure_text,
    _union_args,
    _unstructure_bullet,
    _unstructure_decimal,
    _unstructure_document_ref,
    _unstructure_not_applicable,
    _wrong_type,
)


def _structure_texts(value: object) -> tuple[str, ...]:
    return _CONVERTER.structure(value, tuple[str, ...])


def _structure_block(value: object, _: object = None) -> Paragraph | Bullet:
    if isinstance(value, str):
        return Paragraph(text=_structure_text(value))
    if isinstance(value, Mapping):
        fields = _structure_fields(
            value, {"bullet": _structure_text, "sub": _structure_texts}, required=("bullet",)
        )
        return Bullet(text=fields["bullet"], sub=fields.get("sub", ()))
    _wrong_type("text-or-bullet", value)


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


# Keys written even when they hold the model's default.
_ALWAYS_WRITTEN: Final[dict[type, tuple[str, ...]]] = {ReportMeta: ("issuing_body", "level")}


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
