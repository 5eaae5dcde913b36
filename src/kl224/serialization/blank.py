"""A blank report to fill in: the JSON form with every key of the model.

Every figure is ``null`` (not reported), every narrative and list empty, every text blank, and
the metadata holds placeholders a clerk replaces: the symbol ``BC/HU``, the conclusion the
report is on, the default subject, the signer ``T/M BAN THƯỜNG VỤ`` / ``BÍ THƯ`` with no name,
the status ``draft``. Parts that may be not applicable (``(nếu có)``), the request, the period
and the opening are ``null``. It loads as it is, and ``kl224 check`` lists everything missing.
"""

from __future__ import annotations

import typing
from typing import Any

import attrs

from kl224.model import Report, Signer
from kl224.model.figures import field_types, union_members
from kl224.model.values import figure_info
from kl224.serialization.constants import SCHEMA_VERSION
from kl224.serialization.converter import CONVERTER

__all__ = ["blank_dict", "blank_json"]

# Optional parts shown with all their keys (the others are null until answered).
_SPELLED_OUT: typing.Final = (Signer,)


def _blank_value(attribute: attrs.Attribute[Any], annotation: Any) -> Any:
    info = figure_info(attribute)
    if info is not None:
        return [] if info.kind in ("documents", "targets") else None
    if typing.get_origin(annotation) is tuple:
        return []
    members = [m for m in union_members(annotation) if m is not type(None)]
    if members:
        spelled = [m for m in members if m in _SPELLED_OUT]
        return _blank_object(spelled[0]) if spelled else None
    if isinstance(annotation, type) and attrs.has(annotation):
        default = attribute.default
        if default is attrs.NOTHING or isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            return _blank_object(annotation)
        return CONVERTER.unstructure(default, annotation)
    if attribute.default is attrs.NOTHING:
        return None
    return CONVERTER.unstructure(attribute.default, annotation)


def _blank_object(cls: type) -> dict[str, Any]:
    hints = field_types(cls)
    return {a.name: _blank_value(a, hints[a.name]) for a in attrs.fields(cls)}


def blank_dict() -> dict[str, Any]:
    """The blank report's JSON form (``kl224 template -f json`` writes it)."""
    return {"schema_version": SCHEMA_VERSION, **_blank_object(Report)}


def blank_json() -> str:
    """The blank report as JSON text, written as :func:`kl224.dumps` writes a report."""
    import json

    return json.dumps(blank_dict(), ensure_ascii=False, indent=2) + "\n"
