"""Characters: text the PDF could not print. Warnings under both policies.

The PDF draws every character with Liberation Serif or, for what it lacks, the bundled DejaVu
Serif and DejaVu Sans (:mod:`kl224.text.glyphs`). A character none of them has (most emoji,
Chinese characters, flags) would print as a blank, so it is reported here, before
anything is rendered: one finding per string, at its JSON Pointer, naming the characters.
Word and the text output draw them with the reader's own fonts, so it is not an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from kl224.model.report import Report
from kl224.model.strings import json_strings
from kl224.pointers import from_steps
from kl224.text.clean import character_name
from kl224.text.glyphs import find_undrawable, undrawable_pattern
from kl224.validation.context import RuleContext
from kl224.validation.findings import Issue

__all__ = ["CHARACTER_RULES", "SHOWN_CHARACTERS", "check_drawable_characters"]

SHOWN_CHARACTERS: Final = 5
"""A finding names at most this many different characters (and counts the rest)."""


def check_drawable_characters(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-G501: a string holds characters that no bundled font draws (the PDF would leave
    blanks for them)."""
    # Most strings are ASCII or drawable throughout: one C-level test each settles them, and
    # the pointer is only built for a string that is reported.
    undrawable = undrawable_pattern()
    for steps, text in json_strings(report):
        if text.isascii() or undrawable.search(text) is None:
            continue
        first = -1
        chars: dict[str, None] = {}
        for index, char in find_undrawable(text):
            if first < 0:
                first = index
            chars.setdefault(char)
        shown = [f"“{char}” ({character_name(char)})" for char in list(chars)[:SHOWN_CHARACTERS]]
        yield Issue(
            code="KL224-G501",
            pointer=from_steps(steps),
            params={
                "characters": ", ".join(shown),
                "count": len(chars),
                "position": first + 1,
            },
        )


CHARACTER_RULES: Final = (check_drawable_characters,)
"""The rules about characters."""
