"""Text at the boundary: NFC normalisation and refusal of characters a report must not hold.

Three kinds of character are refused wherever text enters kl224 (``load``, model constructors):

- **control**: C0 controls other than tab and newline, DEL, U+FFFE/U+FFFF and lone surrogates.
  XML 1.0 (DOCX) cannot carry them and they break PDF text extraction.
- **bidi**: the bidirectional embedding, override and isolate controls (U+202A–U+202E,
  U+2066–U+2069) and the direction marks (U+200E, U+200F, U+061C). Word and viewers apply
  them, so ``‮abc`` would print as ``cba`` while the data holds ``abc``: a page must never
  read differently from the data it was made from. A Vietnamese report has no right-to-left
  text that would need them.
- **invisible**: zero-width characters (U+200B zero width space, U+200C/U+200D joiners, U+2060
  word joiner, U+2061–U+2064 invisible operators, U+FEFF) and U+180E. They change the data
  without changing the page: ``224‑KL/TU`` with a zero-width space inside looks like the
  symbol and is not it. A zero width joiner *inside an emoji sequence* (👨‍👩‍👧: between two
  pictographs) is how that emoji is written and is kept.

Refused, not silently dropped: the error names the character and where it is, and the user
decides. :func:`normalize` removes all three kinds for callers who want them gone (renderers
call it on every string, so a hand-built :class:`~kl224.document.Document` never prints them
either). Soft hyphens (U+00AD) and no-break spaces are ordinary text and are kept.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, Literal

__all__ = [
    "UnsafeKind",
    "UnsafeTextError",
    "character_name",
    "check_text",
    "clean_text",
    "find_unsafe",
    "normalize",
    "unsafe_kind",
]

UnsafeKind = Literal["control", "bidi", "invisible"]
"""Why a character is refused: see the module's docstring."""

_CONTROL: Final = "\x00-\x08\x0b-\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff"
_BIDI: Final = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_INVISIBLE: Final = "\u180e\u200b-\u200d\u2060-\u2064\ufeff"
_ZWJ: Final = "\u200d"
# Pictographs an emoji sequence joins (Unicode's Extended_Pictographic lies within these
# blocks), and what may sit between a pictograph and the joiner (a variation selector, a
# skin-tone modifier, which is in the U+1F000 block).
_PICTOGRAPH: Final = "\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u2bff\u3030\u303d" \
    "\u3297\u3299\U0001f000-\U0001faff"
_JOINED_BEFORE: Final = re.compile(f"[{_PICTOGRAPH}\ufe0f]")
_JOINED_AFTER: Final = re.compile(f"[{_PICTOGRAPH}]")

_REFUSED: Final = re.compile(f"[{_CONTROL}{_BIDI}{_INVISIBLE}]")
_KINDS: Final[tuple[tuple[re.Pattern[str], UnsafeKind], ...]] = (
    (re.compile(f"[{_CONTROL}]"), "control"),
    (re.compile(f"[{_BIDI}]"), "bidi"),
)
# Carriage returns are accepted on the way in (Windows text) and folded to newlines.
_CRLF: Final = re.compile("\r\n?")


def unsafe_kind(char: str) -> UnsafeKind:
    """Which kind of refused character ``char`` is (``"invisible"`` if none of the others)."""
    for pattern, kind in _KINDS:
        if pattern.fullmatch(char):
            return kind
    return "invisible"


def character_name(char: str) -> str:
    """``char`` as ``U+202E RIGHT-TO-LEFT OVERRIDE`` (the Unicode name when it has one)."""
    name = unicodedata.name(char, "")
    if not name and unicodedata.category(char) == "Cc":
        name = "CONTROL"
    return f"U+{ord(char):04X} {name}".rstrip()


class UnsafeTextError(ValueError):
    """A string holds a character a report must not hold (see :func:`find_unsafe`).

    Attributes: ``char`` (the character), ``index`` (its position, from 0), ``field`` (the
    field's name when known) and ``kind`` (``"control"``, ``"bidi"`` or ``"invisible"``).
    """

    def __init__(self, char: str, index: int, field: str | None = None) -> None:
        self.char = char
        self.index = index
        self.field = field
        self.kind: UnsafeKind = unsafe_kind(char)
        where = f" in {field!r}" if field else ""
        why = {
            "control": "cannot be written to any output format",
            "bidi": "reorders the text as it is shown, so the page would read differently "
                    "from the data",
            "invisible": "is invisible, so the data would differ from what the page shows",
        }[self.kind]
        super().__init__(
            f"character {character_name(char)} at position {index}{where} {why}; remove it "
            "(kl224.text.normalize() removes such characters)"
        )


def _is_emoji_joiner(text: str, index: int) -> bool:
    return (0 < index < len(text) - 1
            and _JOINED_BEFORE.match(text, index - 1) is not None
            and _JOINED_AFTER.match(text, index + 1) is not None)


def find_unsafe(text: str) -> tuple[int, str] | None:
    """Return the position and character of the first refused character, or None.

    Refused: controls, bidi controls and marks, zero-width and other invisible characters
    (see the module's docstring); a zero width joiner between two pictographs is not.
    """
    # search, not finditer: nearly every text has no match, and one call settles it.
    match = _REFUSED.search(text)
    while match is not None:
        index = match.start()
        if match.group() != _ZWJ or not _is_emoji_joiner(text, index):
            return index, match.group()
        match = _REFUSED.search(text, index + 1)
    return None


def clean_text(text: str) -> str:
    """Return ``text`` in NFC with carriage returns folded to newlines.

    Unsafe characters are left in place for :func:`check_text` to report; the tone placement the
    user typed (``Uỷ`` or ``Ủy``) is kept, since NFC does not unify it and both are official.
    """
    if "\r" in text:
        text = _CRLF.sub("\n", text)
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


def check_text(text: str, field: str | None = None) -> None:
    """Raise :class:`UnsafeTextError` if ``text`` holds a refused character."""
    found = find_unsafe(text)
    if found is not None:
        raise UnsafeTextError(found[1], found[0], field)


def _drop(match: re.Match[str]) -> str:
    keep = match.group() == _ZWJ and _is_emoji_joiner(match.string, match.start())
    return match.group() if keep else ""


def normalize(text: str) -> str:
    """Return ``text`` cleaned for kl224: NFC, newlines folded, refused characters removed."""
    text = clean_text(text)
    if text.isascii() and text.isprintable():
        return text
    return _REFUSED.sub(_drop, text)
