"""Part A: the context in which the conclusion was carried out."""

from __future__ import annotations

import attrs

from kl224.model.checks import checked, texts
from kl224.model.item import Item

__all__ = ["Context"]


@attrs.frozen(kw_only=True, field_transformer=checked)
class Context(Item):
    """A. Bối cảnh thực hiện Kết luận: the world, national and provincial situation, with its
    advantages, difficulties and challenges (one sentence or clause each)."""

    advantages: tuple[str, ...] = attrs.field(default=(), converter=texts)
    difficulties: tuple[str, ...] = attrs.field(default=(), converter=texts)
    challenges: tuple[str, ...] = attrs.field(default=(), converter=texts)
