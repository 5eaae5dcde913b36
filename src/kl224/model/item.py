"""The base every outline item shares: free narrative and extra figures."""

from __future__ import annotations

import attrs

from kl224.model.values import ExtraFigure, Narrative, narrative_field, tuple_field

__all__ = ["Item"]


@attrs.frozen(kw_only=True)
class Item:
    """An item of the outline: paragraphs and bullets in the outline's style, and any figures
    the outline did not foresee."""

    narrative: Narrative = narrative_field()
    extra_figures: tuple[ExtraFigure, ...] = tuple_field()
