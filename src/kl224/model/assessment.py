"""Part B.III: the overall assessment (items 1–2)."""

from __future__ import annotations

import attrs

from kl224.model.item import Item
from kl224.model.values import Unit, texts_field, tuple_field

__all__ = ["Assessment", "Shortcomings", "Strengths"]


@attrs.frozen(kw_only=True)
class Strengths(Item):
    """B.III.1. Strengths and results achieved, with the units that did well."""

    good_units: tuple[Unit, ...] = tuple_field()


@attrs.frozen(kw_only=True)
class Shortcomings(Item):
    """B.III.2. Shortcomings, the units that did badly, and the internal and external causes."""

    shortcomings: tuple[str, ...] = texts_field()
    weak_units: tuple[Unit, ...] = tuple_field()
    internal_causes: tuple[str, ...] = texts_field()
    external_causes: tuple[str, ...] = texts_field()


@attrs.frozen(kw_only=True)
class Assessment:
    """B.III. Đánh giá chung."""

    strengths: Strengths = attrs.field(factory=Strengths)
    shortcomings: Shortcomings = attrs.field(factory=Shortcomings)
