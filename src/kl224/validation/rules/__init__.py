"""The rules, by area, and the default list :data:`DEFAULT_RULES`.

A rule is a plain function ``(report, context) -> Iterable[Issue | Finding]``. Pass
``rules=(*DEFAULT_RULES, my_rule)`` to :func:`kl224.validate` to add one, or a filtered tuple
to drop some.
"""

from __future__ import annotations

from typing import Final

from kl224.validation.context import Rule
from kl224.validation.rules.characters import CHARACTER_RULES
from kl224.validation.rules.completeness import COMPLETENESS_RULES
from kl224.validation.rules.consistency import CONSISTENCY_RULES
from kl224.validation.rules.metadata import METADATA_RULES
from kl224.validation.rules.plausibility import PLAUSIBILITY_RULES

__all__ = [
    "CHARACTER_RULES",
    "COMPLETENESS_RULES",
    "CONSISTENCY_RULES",
    "DEFAULT_RULES",
    "METADATA_RULES",
    "PLAUSIBILITY_RULES",
]

DEFAULT_RULES: Final[tuple[Rule, ...]] = (
    *COMPLETENESS_RULES,
    *CONSISTENCY_RULES,
    *METADATA_RULES,
    *PLAUSIBILITY_RULES,
    *CHARACTER_RULES,
)
"""Every built-in rule: completeness, consistency, metadata, plausibility, characters."""
