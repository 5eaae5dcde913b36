"""What the reader's modules share: text folding, bullets, problems and figure candidates."""

from __future__ import annotations

import unicodedata
from typing import Any, Final

import attrs

from kl224.readback._slots import Slot
from kl224.serialization.messages import Problem

__all__ = [
    "LONGEST_HEADING",
    "Candidate",
    "Collector",
    "fold",
    "marker",
    "squash",
]

LONGEST_HEADING: Final = 400
"""More characters than any outline heading or lead line has: longer paragraphs are text."""


def squash(text: str) -> str:
    """NFC, runs of white space as one space, ends stripped."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def fold(text: str) -> str:
    """``text`` for matching: squashed, case-folded, trailing ``.:;`` dropped."""
    return squash(text).casefold().rstrip(".:; ")


def marker(text: str) -> tuple[str, str]:
    """Split a bullet's marker from its text: ``("-", "text")`` for ``- text`` (also ``– text``
    and ``-text``), ``("+", "text")`` for ``+ text``, ``("", text)`` for a paragraph."""
    stripped = text.lstrip()
    for mark, signs in (("-", "-–•"), ("+", "+")):
        if stripped[:1] and stripped[0] in signs:
            rest = stripped[1:]
            if rest[:1] == " ":
                return mark, rest[1:]
            if rest and not rest[0].isspace() and not rest[0].isdigit():
                return mark, rest
            if not rest.strip():
                return mark, ""
    return "", text


@attrs.frozen
class Candidate:
    """A figure as one place of the document shows it: the value read, the text found, the
    item it was seen in (``B.II.3``) and its row of the annex table (0 when not there)."""

    value: Any
    text: str
    item: str
    row: int = 0


@attrs.define
class Collector:
    """Everything the reader finds: slots in document order, figure candidates by pointer,
    and problems."""

    slots: list[Slot] = attrs.field(factory=list)
    figures: dict[str, list[Candidate]] = attrs.field(factory=dict)
    problems: list[Problem] = attrs.field(factory=list)
    extras: dict[str, dict[str, list[Any]]] = attrs.field(factory=dict)

    def problem(self, pointer: str, code: str, **params: object) -> None:
        """Record a problem; params are shown as text."""
        self.problems.append(Problem(pointer, code, {k: str(v) for k, v in params.items()}))

    def slot(self, slot: Slot) -> None:
        """Record a slot."""
        self.slots.append(slot)

    def figure(self, pointer: str, candidate: Candidate) -> None:
        """Record where the document shows the figure at ``pointer``."""
        self.figures.setdefault(pointer, []).append(candidate)
