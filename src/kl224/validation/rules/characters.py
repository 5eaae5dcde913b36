"""Characters: text the PDF could not print. Warnings under both policies.

The PDF draws every character with Liberation Serif or, for what it lacks, the bundled DejaVu
Serif and DejaVu Sans (:mod:`kl224.text.glyphs`). A character none of them has (most emoji,
Chinese characters, flags) would print as a blank, so it is reported here, before
anything is rendered: one finding per string, at its JSON Pointer, naming the characters.
Word and the text output draw them with the reader's own fonts, so it is not an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from kl224.model.report import Report
from kl224.text.clean import character_name
from kl224.text.glyphs import find_undrawable
from kl224.validation.context import RuleContext
from kl224.validation.findings import Issue
from kl224.validation.pointers import child

__all__ = ["CHARACTER_RULES", "SHOWN_CHARACTERS", "check_drawable_characters"]

SHOWN_CHARACTERS: Final = 5
"""A finding names at most this many different characters (and counts the rest)."""


def _strings(value: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield pointer, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, child(pointer, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, child(pointer, index))


def check_drawable_characters(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-G501: a string holds characters that no bundled font draws (the PDF would leave
    blanks for them)."""
    from kl224.serialization import to_dict

    for pointer, text in _strings(to_dict(report), ""):
        if text.isascii():
            continue
        first = -1
        chars: dict[str, None] = {}
        for index, char in find_undrawable(text):
            if first < 0:
                first = index
            chars.setdefault(char)
        if not chars:
            continue
        shown = [f"“{char}” ({character_name(char)})" for char in list(chars)[:SHOWN_CHARACTERS]]
        yield Issue(
            code="KL224-G501",
            pointer=pointer,
            params={
                "characters": ", ".join(shown),
                "count": len(chars),
                "position": first + 1,
            },
        )


CHARACTER_RULES: Final = (check_drawable_characters,)
"""The rules about characters."""
