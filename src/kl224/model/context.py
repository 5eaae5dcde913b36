"""Part A: the context in which the conclusion was carried out."""

from __future__ import annotations

import attrs

from kl224.model.item import Item
from kl224.model.values import texts_field

__all__ = ["Context"]


@attrs.frozen(kw_only=True)
class Context(Item):
    """A. Bối cảnh thực hiện Kết luận: the world, national and provincial situation, with its
    advantages, difficulties and challenges (one sentence or clause each)."""

    advantages: tuple[str, ...] = texts_field()
    difficulties: tuple[str, ...] = texts_field()
    challenges: tuple[str, ...] = texts_field()
