"""The words of a difference, from the one catalogue (:mod:`kl224.messages.readback`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kl224.messages import lang_of, message

if TYPE_CHECKING:
    from kl224.readback._slots import Difference

__all__ = ["difference_message"]


def difference_message(difference: Difference, lang: str) -> str:
    """The sentence saying what changed, in ``lang`` (``"vi"`` or ``"en"``)."""
    chosen = lang_of(lang)
    if difference.data is None:
        return message("readback.added", chosen, document=difference.document or "")
    if difference.document is None:
        return message("readback.removed", chosen, data=difference.data)
    return message(
        "readback.changed", chosen, data=difference.data, document=difference.document
    )
