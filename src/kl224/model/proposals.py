"""Part C: proposals and recommendations."""

from __future__ import annotations

import attrs

from kl224.model.item import Item
from kl224.model.values import text_field, tuple_field

__all__ = ["Proposal", "Proposals"]


@attrs.frozen(kw_only=True)
class Proposal:
    """One proposal, and the body it is addressed to (``Ban Thường vụ Tỉnh ủy``), if named."""

    text: str = text_field()
    addressee: str = text_field()


@attrs.frozen(kw_only=True)
class Proposals(Item):
    """C. Đề xuất, kiến nghị. ``none_to_make`` states explicitly that there are none."""

    items: tuple[Proposal, ...] = tuple_field()
    none_to_make: bool = False
