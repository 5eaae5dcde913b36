"""The legacy encodings' names, and the results and errors of the conversions."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Final, Literal, get_args

import attrs

Encoding = Literal["tcvn3", "tcvn3-caps", "vni", "viqr"]
"""A legacy encoding kl224 reads and writes; ``tcvn3-caps`` is TCVN3 typed in a capital …H font."""

Reason = Literal["detected", "unicode", "ascii", "too-short", "ambiguous", "unrecognised"]

ENCODINGS: Final[tuple[Encoding, ...]] = get_args(Encoding)
ALIASES: Final[Mapping[str, Encoding]] = {
    "abc": "tcvn3",
    "tcvn": "tcvn3",
    "vn3": "tcvn3",
    "tcvn3h": "tcvn3-caps",
    "vni-windows": "vni",
}
ENCODING_NAMES: Final[Mapping[str, str]] = {
    "tcvn3": "TCVN3",
    "tcvn3-caps": "TCVN3 (phông chữ hoa …H)",
    "vni": "VNI",
    "viqr": "VIQR",
    "unicode": "Unicode",
    "ascii": "ASCII",
}

# --------------------------------------------------------------------------------------------
# Errors and results.


class UnencodableError(ValueError):
    """A character has no code in the target legacy encoding."""

    def __init__(self, char: str, index: int, target: str, hint: str = "") -> None:
        self.char = char
        self.index = index
        self.target = target
        name = unicodedata.name(char, f"U+{ord(char):04X}")
        super().__init__(
            f"character {char!r} ({name}) at position {index} has no code in {target}"
            + (f"; {hint}" if hint else "; remove or replace it before encoding")
        )


@attrs.frozen(kw_only=True)
class Detection:
    """What :func:`detect` found.

    ``encoding`` is the legacy encoding the text is in, or ``None`` when detection is unsure or
    the text is not legacy at all; ``reason`` says which: ``detected``, ``unicode`` (already
    Unicode Vietnamese, nothing to convert), ``ascii`` (ASCII that does not read as VIQR, which
    TCVN3 and VNI leave unchanged), ``too-short``, ``ambiguous`` or ``unrecognised``.
    ``scores`` (0-1) rate each of ``tcvn3``, ``vni``, ``viqr`` and ``unicode``; ``confidence`` is
    the best score; ``evidence`` counts the words with Vietnamese letters the best reading
    produced. Detection never answers ``tcvn3-caps``: the capital fonts use the same bytes, so
    name that encoding yourself.
    """

    encoding: Encoding | None
    reason: Reason
    confidence: float
    scores: Mapping[str, float]
    evidence: int


@attrs.frozen(kw_only=True)
class Conversion:
    """The result of :func:`convert`: NFC ``text``, the ``encoding`` read, and how sure that is.

    ``encoding`` is the legacy encoding given or detected, or ``unicode`` / ``ascii`` when the text
    needed no conversion. ``notes`` are remarks for the user in the language asked of
    :func:`convert` (a better-looking encoding, characters kept as they were, unescaped VIQR
    punctuation).
    """

    text: str
    encoding: Encoding | Literal["unicode", "ascii"]
    confident: bool
    scores: Mapping[str, float]
    notes: tuple[str, ...] = ()


class UndetectedEncodingError(ValueError):
    """Automatic detection could not tell the encoding; name it explicitly."""

    def __init__(self, detection: Detection) -> None:
        self.detection = detection
        super().__init__(
            f"cannot tell the encoding of this text ({detection.reason}); "
            f"name it explicitly: one of {', '.join(ENCODINGS)}"
        )
