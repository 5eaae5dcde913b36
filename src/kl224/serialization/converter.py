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
from kl224.serialization.constants import MAX_PROBLEMS, Token
from kl224.serialization.errors import note_step
from kl224.serialization.hooks import (
    REQUIRED_KEYS,
    Group,
    Invalid,
    cross_field_problem,
    has_not_applicable,
    is_block,
    is_literal,
    is_tuple_of,
    literal_hook,
    structure_bool,
    structure_count,
    structure_date,
    structure_decimal,
    structure_document_ref,
    structure_fields,
    structure_money,
    structure_not_applicable,
    structure_percent,
    structure_symbol,
    structure_text,
    union_args,
    unstructure_bullet,
    unstructure_decimal,
    unstructure_document_ref,
    unstructure_not_applicable,
    wrong_type,
)


def _structure_texts(value: object) -> tuple[str, ...]:
    return CONVERTER.structure(value, tuple[str, ...])


def _structure_block(value: object, _: object = None) -> Paragraph | Bullet:
    if isinstance(value, str):
        return Paragraph(text=structure_text(value))
    if isinstance(value, Mapping):
        fields = structure_fields(
            value, {"bullet": structure_text, "sub": _structure_texts}, required=("bullet",)
        )
        return Bullet(text=fields["bullet"], sub=fields.get("sub", ()))
    wrong_type("text-or-bullet", value)


def _not_applicable_hook(t: Any) -> Callable[[Any, Any], Any]:
    args = union_args(t)
    nullable = type(None) in args
    (answer,) = (a for a in args if a not in (NotApplicable, type(None)))

    def structure(value: object, _: object = None) -> Any:
        if value is None and nullable:
            return None
        if isinstance(value, Mapping) and "not_applicable" in value:
            return structure_not_applicable(value)
        return CONVERTER.structure(value, answer)

    return structure


def _tuple_hook(t: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
    item_type = typing.get_args(t)[0]

    def structure(value: object, _: object = None) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            wrong_type("array", value)
        items: list[Any] = []
        errors: list[tuple[tuple[Token, ...], BaseException]] = []
        for index, item in enumerate(value):
            try:
                items.append(CONVERTER.structure(item, item_type))
            except Exception as exc:
                errors.append(((index,), exc))
                if len(errors) >= MAX_PROBLEMS:
                    errors.append(((), Invalid("too-many-problems")))
                    break
        if errors:
            raise Group(errors)
        return tuple(items)

    return structure


def _is_constructor_failure(exc: ClassValidationError) -> bool:
    return not any(
        isinstance(sub, ForbiddenExtraKeysError) or note_step(sub) is not None
        for sub in exc.exceptions
    )


def _attrs_hook(cls: type) -> Callable[[Any, Any], Any]:
    generated: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, CONVERTER, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )
    required = REQUIRED_KEYS.get(cls, ())

    def structure(value: object, _: object = None) -> Any:
        if not isinstance(value, Mapping):
            wrong_type("object", value)
        errors: list[tuple[tuple[Token, ...], BaseException]] = [
            ((key,), Invalid("missing-key", key=key)) for key in required if key not in value
        ]
        try:
            result = generated(value, cls)
        except ClassValidationError as exc:
            if _is_constructor_failure(exc):
                errors.append(((), cross_field_problem(cls, value, exc.exceptions[0])))
            else:
                errors.append(((), exc))
        if errors:
            raise Group(errors)
        return result

    return structure


def _build_converter() -> cattrs.Converter:
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    structure_hooks: tuple[tuple[type, Callable[[Any, Any], Any]], ...] = (
        (int, structure_count),
        (bool, structure_bool),
        (str, structure_text),
        (Decimal, structure_decimal),
        (dt.date, structure_date),
        (Symbol, structure_symbol),
        (DocumentRef, structure_document_ref),
        (Money, structure_money),
        (Percent, structure_percent),
    )
    for cls, structure in structure_hooks:
        converter.register_structure_hook(cls, structure)
    converter.register_structure_hook_factory(attrs.has, _attrs_hook)
    converter.register_structure_hook_factory(is_tuple_of, _tuple_hook)
    converter.register_structure_hook_factory(is_literal, literal_hook)
    converter.register_structure_hook_factory(has_not_applicable, _not_applicable_hook)
    converter.register_structure_hook_func(is_block, _structure_block)

    unstructure_hooks: tuple[tuple[type, Callable[[Any], Any]], ...] = (
        (Decimal, unstructure_decimal),
        (dt.date, dt.date.isoformat),
        (Symbol, str),
        (DocumentRef, unstructure_document_ref),
        (Money, lambda money: money.dong),
        (Percent, lambda percent: unstructure_decimal(percent.value)),
        (Paragraph, lambda paragraph: paragraph.text),
        (Bullet, unstructure_bullet),
        (NotApplicable, unstructure_not_applicable),
    )
    for cls, unstructure in unstructure_hooks:
        converter.register_unstructure_hook(cls, unstructure)
    converter.register_unstructure_hook_factory(attrs.has, _attrs_unstructure_hook)
    converter.register_unstructure_hook_factory(is_tuple_of, _tuple_unstructure_hook)
    return converter


# Keys written even when they hold the model's default.
_ALWAYS_WRITTEN: Final[dict[type, tuple[str, ...]]] = {ReportMeta: ("issuing_body", "level")}


def _attrs_unstructure_hook(cls: type) -> Callable[[Any], dict[str, Any]]:
    overrides: dict[str, Any] = {
        name: override(omit_if_default=False) for name in _ALWAYS_WRITTEN.get(cls, ())
    }
    return make_dict_unstructure_fn(cls, CONVERTER, _cattrs_omit_if_default=True, **overrides)


def _tuple_unstructure_hook(t: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
    item_type = typing.get_args(t)[0]

    def unstructure(values: tuple[Any, ...]) -> list[Any]:
        return [CONVERTER.unstructure(v, item_type) for v in values]

    return unstructure


CONVERTER: Final = _build_converter()
