"""Text at the boundary: NFC normalisation and refusal of characters no output can carry."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["UnsafeTextError", "check_text", "clean_text", "find_unsafe", "normalize"]

# C0 controls other than tab and newline, DEL, U+FFFE/U+FFFF and lone surrogates
# cannot be written to XML 1.0 (DOCX) and break PDF text extraction.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
# Carriage returns are accepted on the way in (Windows text) and folded to newlines.
_CRLF = re.compile("\r\n?")


class UnsafeTextError(ValueError):
    """A string holds a character that no output format can carry."""

    def __init__(self, char: str, index: int, field: str | None = None) -> None:
        self.char = char
        self.index = index
        self.field = field
        where = f" in {field!r}" if field else ""
        super().__init__(
            f"character U+{ord(char):04X} at position {index}{where} cannot be written "
            "to any output format; remove it (kl224.text.normalize() strips such characters)"
        )


def find_unsafe(text: str) -> tuple[int, str] | None:
    """Return the position and character of the first unsafe character, or None."""
    match = _UNSAFE.search(text)
    return None if match is None else (match.start(), match.group())


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
    """Raise :class:`UnsafeTextError` if ``text`` holds a character no output can carry."""
    found = find_unsafe(text)
    if found is not None:
        raise UnsafeTextError(found[1], found[0], field)


def normalize(text: str) -> str:
    """Return ``text`` cleaned for kl224: NFC, newlines folded, unsafe characters removed."""
    return _UNSAFE.sub("", clean_text(text))
