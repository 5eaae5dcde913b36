"""Vietnamese alphabetical order, as dictionaries sort: :func:`sort_key`, :func:`sorted_vi`.

Written here by hand: Python's ``sorted`` orders by code point (``Đ`` after ``Z``, ``Ả`` after
``Ý``), the standard library's ``locale.strxfrm`` depends on which locales the machine has,
and no library kl224 already depends on collates Vietnamese. The rules are short:

- The letters come in the order of the Vietnamese alphabet — a ă â b c d đ e ê g h i k l m n
  o ô ơ p q r s t u ư v x y (f j w z, found in foreign names, where the Latin alphabet puts
  them) — so ``Đ`` sorts right after ``D``, and ``Ă``, ``Â`` after ``A``.
- Words are compared syllable by syllable; within a syllable the letters decide first, then
  the tone, in dictionary order: none, huyền (``à``), hỏi (``ả``), ngã (``ã``), sắc (``á``),
  nặng (``ạ``). So ``ba < bà < bả < bã < bá < bạ < bác``, and ``Bản Bo`` < ``Bình Lư``.
- Case is ignored (then used only to break ties); runs of digits compare as numbers
  (``Phường 2`` before ``Phường 10``); other characters come after the letters by code point.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

__all__ = ["sort_key", "sorted_vi"]

_ALPHABET: Final = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK: Final = {letter: index for index, letter in enumerate(_ALPHABET)}
# Combining marks that change a vowel's letter (ă â ê ô ơ ư), and those that are its tone.
_SHAPES: Final = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}
_TONES: Final = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_OTHER: Final = 1_000
_PIECES: Final = re.compile(r"\d+|[^\W\d_]+|\S", re.UNICODE)

SyllableKey = tuple[int, tuple[int, ...], int]
"""One piece of a name: its kind (0 number, 1 word, 2 other), its letters' ranks (or the
number), and its tone."""


def _syllable(word: str) -> SyllableKey:
    ranks: list[int] = []
    tone = 0
    for char in unicodedata.normalize("NFD", word.casefold()):
        if char in _TONES:
            tone = _TONES[char]
        elif char in _SHAPES and ranks:
            base = _ALPHABET[ranks[-1]] if ranks[-1] < len(_ALPHABET) else ""
            shaped = unicodedata.normalize("NFC", base + char)
            ranks[-1] = _LETTER_RANK.get(shaped, ranks[-1])
        else:
            ranks.append(_LETTER_RANK.get(char, _OTHER + ord(char)))
    return (1, tuple(ranks), tone)


def sort_key(text: str) -> tuple[tuple[SyllableKey, ...], str]:
    """The key that sorts ``text`` in Vietnamese alphabetical order (see the module's
    description); the text itself breaks ties, so the order is total and deterministic."""
    pieces: list[SyllableKey] = []
    for piece in _PIECES.findall(unicodedata.normalize("NFC", text)):
        if piece.isdecimal():
            pieces.append((0, (int(piece),), 0))
        elif piece[0].isalpha():
            pieces.append(_syllable(piece))
        else:
            pieces.append((2, (ord(piece[0]),), 0))
    return tuple(pieces), text


def sorted_vi(names: Iterable[str]) -> list[str]:
    """``names`` in Vietnamese alphabetical order."""
    return sorted(names, key=sort_key)
