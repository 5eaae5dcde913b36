"""The base every outline item shares: free narrative and extra figures."""

from __future__ import annotations

import attrs

from kl224.model.checks import checked
from kl224.model.values import ExtraFigure, Narrative, to_extra_figures, to_narrative

__all__ = ["Item"]


@attrs.frozen(kw_only=True, field_transformer=checked)
class Item:
    """An item of the outline: paragraphs and bullets in the outline's style, and any figures
    the outline did not foresee."""

    narrative: Narrative = attrs.field(default=(), converter=to_narrative)
    extra_figures: tuple[ExtraFigure, ...] = attrs.field(default=(), converter=to_extra_figures)
