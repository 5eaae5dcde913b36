"""Which characters kl224's bundled fonts can draw, without loading the fonts.

The PDF is set in Liberation Serif and falls back, character by character, to DejaVu Serif
and DejaVu Sans (all bundled in ``kl224/renderers/assets/fonts``). A character none of them
has would print as a blank, so :func:`kl224.validate` reports it (``KL224-G501``) before
anything is rendered. The set of drawable characters is read from ``coverage.txt`` beside the
fonts, which ``tests/font_coverage.py`` computes from the fonts' character maps (a test keeps
it in step): checking a report needs neither reportlab nor the font files.

White space is never drawn as a glyph (every renderer turns it into spaces and line breaks), so
it is never reported.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator

__all__ = ["find_undrawable", "is_drawable", "undrawable_pattern"]


@functools.cache
def undrawable_pattern() -> re.Pattern[str]:
    """The pattern that matches one character no bundled font draws (white space excepted):
    ``undrawable_pattern().search(text) is None`` settles a whole string at once."""
    # A plain read beside the package first: importlib.resources would add ~10 ms (its own
    # imports and zipfile's) to the start of `kl224 check`, and an installed kl224 is a
    # folder. A zipped one (a zipapp, a frozen program) is read through importlib.resources.
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(package, "renderers", "assets", "fonts", "coverage.txt")
    try:
        with open(path, encoding="ascii") as file:
            data = file.read()
    except OSError:
        from importlib import resources

        data = (resources.files("kl224.renderers").joinpath("assets", "fonts", "coverage.txt")
                .read_text(encoding="ascii"))
    runs = []
    for line in data.splitlines():
        if line and not line.startswith("#"):
            first, _, last = line.partition("-")
            # The characters themselves, not \\U escapes: the class compiles 20 times faster.
            runs.append(f"{re.escape(chr(int(first, 16)))}-{re.escape(chr(int(last, 16)))}")
    return re.compile(f"[^\\s{''.join(runs)}]")


def is_drawable(char: str) -> bool:
    """Whether a bundled font draws ``char`` (a single character; white space counts as
    drawable)."""
    if len(char) != 1:
        raise ValueError(f"is_drawable takes one character, got {len(char)}")
    return undrawable_pattern().match(char) is None


def find_undrawable(text: str) -> Iterator[tuple[int, str]]:
    """The position and character of every character of ``text`` no bundled font draws."""
    for match in undrawable_pattern().finditer(text):
        yield match.start(), match.group()
