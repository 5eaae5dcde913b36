"""Part C: proposals and recommendations."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from kl224.model.checks import checked
from kl224.model.item import Item
from kl224.model.values import text_field

__all__ = ["Proposal", "Proposals", "to_proposals"]


@attrs.frozen(kw_only=True, field_transformer=checked)
class Proposal:
    """One proposal, and the body it is addressed to (``Ban Thường vụ Tỉnh ủy``), if named."""

    text: str = text_field()
    addressee: str = text_field()


def to_proposals(value: str | Sequence[Proposal | str]) -> tuple[Proposal, ...]:
    """Proposals as stored: a string is a proposal with that text, alone or in a list."""
    if isinstance(value, str):
        return (Proposal(text=value),)
    if isinstance(value, list | tuple):
        return tuple(Proposal(text=v) if isinstance(v, str) else v for v in value)
    return value  # type: ignore[return-value]  # refused by the type check


@attrs.frozen(kw_only=True, field_transformer=checked)
class Proposals(Item):
    """C. Đề xuất, kiến nghị. ``none_to_make`` states explicitly that there are none."""

    items: tuple[Proposal, ...] = attrs.field(default=(), converter=to_proposals)
    none_to_make: bool = False
