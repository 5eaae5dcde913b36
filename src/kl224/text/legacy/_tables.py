"""The code tables: Vietnamese letters, the str views of a byte, TCVN3, VNI and VIQR."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Final

# --------------------------------------------------------------------------------------------
# Vietnamese letters. Tones are numbered 0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.

_VOWELS: Final = "aăâeêioôơuưy"
_TONE_MARKS: Final = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
TONE_OF_MARK: Final = {mark: tone for tone, mark in enumerate(_TONE_MARKS) if mark}


def _compose(vowel: str, tone: int) -> str:
    return unicodedata.normalize("NFC", vowel + _TONE_MARKS[tone])


# (small vowel, tone) -> small letter, and any-case letter -> (small vowel, tone).
LETTER: Final = {(v, t): _compose(v, t) for v in _VOWELS for t in range(6)}
SPLIT: Final = {
    **{letter: key for key, letter in LETTER.items()},
    **{letter.upper(): key for key, letter in LETTER.items()},
}
VIETNAMESE_LETTERS: Final = frozenset([*SPLIT, "đ", "Đ", *"bcdghklmnpqrstvxBCDGHKLMNPQRSTVX"])

# --------------------------------------------------------------------------------------------
# The str views of a byte: Windows-1252 where it defines the byte, Latin-1 everywhere.


def _cp1252(byte: int) -> str | None:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        return None


BYTE_VIEW: Final = tuple(_cp1252(b) or chr(b) for b in range(256))
"""How an unassigned byte is shown: the Windows code page these fonts were used under."""
VIEW_TO_BYTE: Final = {
    **{chr(b): b for b in range(256)},
    **{char: b for b in range(0x80, 0xA0) if (char := _cp1252(b)) is not None},
}
TO_BYTESTR: Final = {ord(c): chr(b) for c, b in VIEW_TO_BYTE.items() if ord(c) > 0xFF}
# The cp1252 punctuation row (quotes, dashes), C1 controls and NBSP say nothing about the encoding.
NEUTRAL: Final = frozenset(range(0x80, 0xA1))

# --------------------------------------------------------------------------------------------
# TCVN3 = TCVN 5712:1993 VN3, the layout of the ABC ".VnTime" fonts: 67 small letters, 7 capitals
# without tone and NBSP. Capitals with a tone exist only in the "…H" fonts, which draw the small
# codes as capitals. Unlisted bytes (0x80-0x9F, 0xB0-0xB4, …) are shown as Windows-1252.

_TCVN3_BYTES: Final[Mapping[int, str]] = {
    0xA0: "\u00a0",
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# VNI (VNI-Windows, the VNI-Times fonts): a base letter followed by one code byte carrying the
# tone, or circumflex/breve and tone together. i, ỵ, ơ, ư and đ have their own bytes. Capital
# codes are the small ones minus 0x20, as in Latin-1.

_VNI_TONE: Final = {  # tone -> (small, capital) code following a, e, o, u, y, ơ, ư
    1: (0xF8, 0xD8), 2: (0xF9, 0xD9), 3: (0xFB, 0xDB), 4: (0xF5, 0xD5), 5: (0xEF, 0xCF),
}  # fmt: skip
_VNI_CIRCUMFLEX: Final = {  # tone -> (small, capital) code following a, e, o for â, ê, ô
    0: (0xE2, 0xC2), 1: (0xE0, 0xC0), 2: (0xE1, 0xC1),
    3: (0xE5, 0xC5), 4: (0xE3, 0xC3), 5: (0xE4, 0xC4),
}  # fmt: skip
_VNI_BREVE: Final = {  # tone -> (small, capital) code following a for ă
    0: (0xEA, 0xCA), 1: (0xE8, 0xC8), 2: (0xE9, 0xC9),
    3: (0xFA, 0xDA), 4: (0xFC, 0xDC), 5: (0xEB, 0xCB),
}  # fmt: skip
_VNI_SINGLE: Final[Mapping[str, tuple[int, int]]] = {  # letter -> (small, capital) byte
    "ơ": (0xF4, 0xD4), "ư": (0xF6, 0xD6), "đ": (0xF1, 0xD1),
    "ì": (0xEC, 0xCC), "í": (0xED, 0xCD), "ỉ": (0xE6, 0xC6), "ĩ": (0xF3, 0xD3), "ị": (0xF2, 0xD2),
    "ỵ": (0xEE, 0xCE),
}  # fmt: skip


def _bstr(*codes: int) -> str:
    return "".join(map(chr, codes))


def _vni_letter(vowel: str, tone: int, capital: bool) -> str:
    """The VNI code (as a Latin-1 byte string) of one vowel letter."""
    case = 1 if capital else 0
    letter = LETTER[vowel, tone]
    if letter in _VNI_SINGLE:
        return _bstr(_VNI_SINGLE[letter][case])
    if vowel in "ơư":
        head = _bstr(_VNI_SINGLE[vowel][case])
    elif vowel in "âêô":
        base = {"â": "a", "ê": "e", "ô": "o"}[vowel]
        return (base.upper() if capital else base) + _bstr(_VNI_CIRCUMFLEX[tone][case])
    elif vowel == "ă":
        return ("A" if capital else "a") + _bstr(_VNI_BREVE[tone][case])
    else:
        head = vowel.upper() if capital else vowel
    return head if tone == 0 else head + _bstr(_VNI_TONE[tone][case])


# --------------------------------------------------------------------------------------------
# Code tables as Latin-1 byte strings ("bytestr": one char per byte, chars > U+00FF passed through).


def _letter_cases() -> list[tuple[str, int, bool]]:
    return [(v, t, cap) for v in _VOWELS for t in range(6) for cap in (False, True)]


TCVN3_DECODE: Final = {chr(b): letter for b, letter in _TCVN3_BYTES.items()}
TCVN3_ENCODE: Final = {letter: code for code, letter in TCVN3_DECODE.items()}
VNI_ENCODE: Final = {
    **{LETTER[v, t].upper() if cap else LETTER[v, t]: _vni_letter(v, t, cap)
       for v, t, cap in _letter_cases()},
    "đ": _bstr(0xF1),
    "Đ": _bstr(0xD1),
}  # fmt: skip
VNI_DECODE: Final = {
    # Lenient: a tone code after i or y is drawn over it by the fonts, so read it as that letter.
    **{("I" if cap else "i") + _bstr(_VNI_TONE[t][cap]): LETTER["i", t].upper() if cap
       else LETTER["i", t] for t in range(1, 6) for cap in (0, 1)},
    **{("Y" if cap else "y") + _bstr(_VNI_TONE[5][cap]): "Ỵ" if cap else "ỵ" for cap in (0, 1)},
    **{code: letter for letter, code in VNI_ENCODE.items()},
}  # fmt: skip
_VNI_USED_BYTES: Final = frozenset(ord(c) for code in VNI_DECODE for c in code if ord(c) > 0x7F)
# Bytes an encoder may write for non-letters: the Windows punctuation row (“ ” – …) in both, and
# in VNI, whose codes start at 0xC0, the Latin-1 symbols (© « » °). Never a gap in the letter
# area: 0xC0 is "À" in Latin-1, but a .VnTime font does not draw À there.
TCVN3_SPARE: Final = frozenset(range(0x80, 0xA0))
VNI_SPARE: Final = frozenset(range(0x80, 0xC0)) - _VNI_USED_BYTES

# --------------------------------------------------------------------------------------------
# VIQR (RFC 1456): base letter, then ^ ( + for the vowel shape, then ' ` ? ~ . for the tone;
# dd/DD (and Dd) for đ/Đ; a backslash makes the next mark, d or backslash literal.

VIQR_SHAPE: Final = {("a", "^"): "â", ("a", "("): "ă", ("e", "^"): "ê",
                      ("o", "^"): "ô", ("o", "+"): "ơ", ("u", "+"): "ư"}  # fmt: skip
VIQR_SHAPE_MARK: Final = {shaped: mark for (_, mark), shaped in VIQR_SHAPE.items()}
VIQR_BASE: Final = {shaped: base for (base, _), shaped in VIQR_SHAPE.items()}
VIQR_TONE: Final = {"`": 1, "'": 2, "?": 3, "~": 4, ".": 5}
VIQR_TONE_MARK: Final = {tone: mark for mark, tone in VIQR_TONE.items()}
VIQR_MARKS: Final = frozenset("^(+'`?~.")
VIQR_ESCAPABLE: Final = VIQR_MARKS | {"d", "D", "\\"}
