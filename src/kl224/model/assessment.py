"""Part B.III: the overall assessment (items 1–2)."""

from __future__ import annotations

import attrs

from kl224.model.checks import checked, texts
from kl224.model.item import Item
from kl224.model.values import Unit, to_units

__all__ = ["Assessment", "Shortcomings", "Strengths"]


@attrs.frozen(kw_only=True, field_transformer=checked)
class Strengths(Item):
    """B.III.1. Strengths and results achieved, with the units that did well."""

    good_units: tuple[Unit, ...] = attrs.field(default=(), converter=to_units)


@attrs.frozen(kw_only=True, field_transformer=checked)
class Shortcomings(Item):
    """B.III.2. Shortcomings, the units that did badly, and the internal and external causes."""

    shortcomings: tuple[str, ...] = attrs.field(default=(), converter=texts)
    weak_units: tuple[Unit, ...] = attrs.field(default=(), converter=to_units)
    internal_causes: tuple[str, ...] = attrs.field(default=(), converter=texts)
    external_causes: tuple[str, ...] = attrs.field(default=(), converter=texts)


@attrs.frozen(kw_only=True, field_transformer=checked)
class Assessment:
    """B.III. Đánh giá chung."""

    strengths: Strengths = attrs.field(factory=Strengths)
    shortcomings: Shortcomings = attrs.field(factory=Shortcomings)
