"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI and VIQR to Unicode and back, with detection.

Old district files were typed in 8-bit fonts (``.VnTime`` for TCVN3, ``VNI-Times`` for VNI) or in
7-bit VIQR. Such text reaches Python either as raw bytes or as the ``str`` you get when the file is
opened as Windows-1252 or Latin-1 ("ViÖt Nam", "Vieät Nam"). Both forms are handled: every table
is keyed on byte values, and a ``str`` is first mapped back to bytes through the union of the
Windows-1252 and Latin-1 decodings, so the bytes 0x80-0x9F are recognised whichever way they
were read. Characters that no 8-bit decoding yields (``ệ``, ``→``) are kept as they are.

See docs/legacy-text.md for the guide and the detection method.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Mapping
from typing import Final, Literal, NamedTuple, get_args

import attrs

__all__ = [
    "CliOutcome",
    "Conversion",
    "Detection",
    "Encoding",
    "UndetectedEncodingError",
    "UnencodableError",
    "bytes_view",
    "convert",
    "convert_file_for_cli",
    "decode_bytes",
    "detect",
    "encode",
    "encode_bytes",
    "parse_encoding",
    "to_unicode",
]

Encoding = Literal["tcvn3", "tcvn3-caps", "vni", "viqr"]
"""A legacy encoding kl224 reads and writes; ``tcvn3-caps`` is TCVN3 typed in a capital …H font."""

Reason = Literal["detected", "unicode", "ascii", "too-short", "ambiguous", "unrecognised"]

ENCODINGS: Final[tuple[Encoding, ...]] = get_args(Encoding)
_ALIASES: Final[Mapping[str, Encoding]] = {
    "abc": "tcvn3",
    "tcvn": "tcvn3",
    "vn3": "tcvn3",
    "tcvn3h": "tcvn3-caps",
    "vni-windows": "vni",
}
_NAMES: Final[Mapping[str, str]] = {
    "tcvn3": "TCVN3",
    "tcvn3-caps": "TCVN3 (phông chữ hoa …H)",
    "vni": "VNI",
    "viqr": "VIQR",
    "unicode": "Unicode",
    "ascii": "ASCII",
}

# --------------------------------------------------------------------------------------------
# Vietnamese letters. Tones are numbered 0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.

_VOWELS: Final = "aăâeêioôơuưy"
_TONE_MARKS: Final = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_TONE_OF_MARK: Final = {mark: tone for tone, mark in enumerate(_TONE_MARKS) if mark}


def _compose(vowel: str, tone: int) -> str:
    return unicodedata.normalize("NFC", vowel + _TONE_MARKS[tone])


# (small vowel, tone) -> small letter, and any-case letter -> (small vowel, tone).
_LETTER: Final = {(v, t): _compose(v, t) for v in _VOWELS for t in range(6)}
_SPLIT: Final = {
    **{letter: key for key, letter in _LETTER.items()},
    **{letter.upper(): key for key, letter in _LETTER.items()},
}
_VIETNAMESE_LETTERS: Final = frozenset([*_SPLIT, "đ", "Đ", *"bcdghklmnpqrstvxBCDGHKLMNPQRSTVX"])

# --------------------------------------------------------------------------------------------
# The str views of a byte: Windows-1252 where it defines the byte, Latin-1 everywhere.


def _cp1252(byte: int) -> str | None:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        return None


_BYTE_VIEW: Final = tuple(_cp1252(b) or chr(b) for b in range(256))
"""How an unassigned byte is shown: the Windows code page these fonts were used under."""
_VIEW_TO_BYTE: Final = {
    **{chr(b): b for b in range(256)},
    **{char: b for b in range(0x80, 0xA0) if (char := _cp1252(b)) is not None},
}
_TO_BYTESTR: Final = {ord(c): chr(b) for c, b in _VIEW_TO_BYTE.items() if ord(c) > 0xFF}
# The cp1252 punctuation row (quotes, dashes), C1 controls and NBSP say nothing about the encoding.
_NEUTRAL: Final = frozenset(range(0x80, 0xA1))

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
    letter = _LETTER[vowel, tone]
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


_TCVN3_DECODE: Final = {chr(b): letter for b, letter in _TCVN3_BYTES.items()}
_TCVN3_ENCODE: Final = {letter: code for code, letter in _TCVN3_DECODE.items()}
_VNI_ENCODE: Final = {
    **{_LETTER[v, t].upper() if cap else _LETTER[v, t]: _vni_letter(v, t, cap)
       for v, t, cap in _letter_cases()},
    "đ": _bstr(0xF1),
    "Đ": _bstr(0xD1),
}  # fmt: skip
_VNI_DECODE: Final = {
    # Lenient: a tone code after i or y is drawn over it by the fonts, so read it as that letter.
    **{("I" if cap else "i") + _bstr(_VNI_TONE[t][cap]): _LETTER["i", t].upper() if cap
       else _LETTER["i", t] for t in range(1, 6) for cap in (0, 1)},
    **{("Y" if cap else "y") + _bstr(_VNI_TONE[5][cap]): "Ỵ" if cap else "ỵ" for cap in (0, 1)},
    **{code: letter for letter, code in _VNI_ENCODE.items()},
}  # fmt: skip
_VNI_USED_BYTES: Final = frozenset(ord(c) for code in _VNI_DECODE for c in code if ord(c) > 0x7F)
# Bytes an encoder may write for non-letters: the Windows punctuation row (“ ” – …) in both, and
# in VNI, whose codes start at 0xC0, the Latin-1 symbols (© « » °). Never a gap in the letter
# area: 0xC0 is "À" in Latin-1, but a .VnTime font does not draw À there.
_TCVN3_SPARE: Final = frozenset(range(0x80, 0xA0))
_VNI_SPARE: Final = frozenset(range(0x80, 0xC0)) - _VNI_USED_BYTES

# --------------------------------------------------------------------------------------------
# VIQR (RFC 1456): base letter, then ^ ( + for the vowel shape, then ' ` ? ~ . for the tone;
# dd/DD (and Dd) for đ/Đ; a backslash makes the next mark, d or backslash literal.

_VIQR_SHAPE: Final = {("a", "^"): "â", ("a", "("): "ă", ("e", "^"): "ê",
                      ("o", "^"): "ô", ("o", "+"): "ơ", ("u", "+"): "ư"}  # fmt: skip
_VIQR_SHAPE_MARK: Final = {shaped: mark for (_, mark), shaped in _VIQR_SHAPE.items()}
_VIQR_BASE: Final = {shaped: base for (base, _), shaped in _VIQR_SHAPE.items()}
_VIQR_TONE: Final = {"`": 1, "'": 2, "?": 3, "~": 4, ".": 5}
_VIQR_TONE_MARK: Final = {tone: mark for mark, tone in _VIQR_TONE.items()}
_VIQR_MARKS: Final = frozenset("^(+'`?~.")
_VIQR_ESCAPABLE: Final = _VIQR_MARKS | {"d", "D", "\\"}

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
    needed no conversion. ``notes`` are remarks in Vietnamese for the user (a better-looking
    encoding, characters kept as they were, unescaped VIQR punctuation).
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


# --------------------------------------------------------------------------------------------
# Decoding.


class _Stats(NamedTuple):
    codes: int  # non-ASCII characters that should be codes of the encoding
    valid: int  # … of which the encoding assigns a letter to


def _bytestr(text: str) -> str:
    """Map a Windows-1252 or Latin-1 view back to one char per byte; other chars pass through."""
    return text.translate(_TO_BYTESTR)


def _counts(char: str) -> bool:
    code = ord(char)
    if code <= 0x7F or code in _NEUTRAL:
        return False
    return code <= 0xFF or char.isalpha()


def _decode_table(bytestr: str, table: Mapping[str, str], longest: int) -> tuple[str, _Stats]:
    out: list[str] = []
    codes = valid = 0
    i, n = 0, len(bytestr)
    while i < n:
        for size in range(min(longest, n - i), 0, -1):
            key = bytestr[i : i + size]
            letter = table.get(key)
            if letter is not None:
                out.append(letter)
                high = sum(1 for c in key if _counts(c))
                codes += high
                valid += high
                i += size
                break
        else:
            char = bytestr[i]
            out.append(_BYTE_VIEW[ord(char)] if ord(char) <= 0xFF else char)
            codes += _counts(char)
            i += 1
    return "".join(out), _Stats(codes, valid)


def _caps(text: str) -> str:
    return "".join(c.upper() if c in _VIETNAMESE_LETTERS or c.isascii() else c for c in text)


def _decode_viqr(text: str) -> tuple[str, _Stats]:
    out: list[str] = []
    combos = foreign = 0
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if char == "\\" and nxt in _VIQR_ESCAPABLE:
            out.append(nxt)
            i += 2
        elif (char == "d" and nxt == "d") or (char == "D" and nxt in ("D", "d")):
            out.append("đ" if char == "d" else "Đ")
            combos += 1
            i += 2
        elif char.lower() in "aeiouy" and char.isascii():
            vowel, j = char.lower(), i + 1
            if j < n and (vowel, text[j]) in _VIQR_SHAPE:
                vowel = _VIQR_SHAPE[vowel, text[j]]
                j += 1
            tone = 0
            if j < n and text[j] in _VIQR_TONE:
                tone = _VIQR_TONE[text[j]]
                j += 1
            letter = _LETTER[vowel, tone]
            out.append(letter.upper() if char.isupper() else letter)
            combos += j > i + 1
            i = j
        else:
            out.append(char)
            foreign += _counts(char)
            i += 1
    return "".join(out), _Stats(combos + foreign, combos)


def _decode(bytestr: str, encoding: Encoding) -> tuple[str, _Stats]:
    if encoding == "viqr":
        text, stats = _decode_viqr(bytestr)
    elif encoding == "vni":
        text, stats = _decode_table(bytestr, _VNI_DECODE, 2)
    else:
        text, stats = _decode_table(bytestr, _TCVN3_DECODE, 1)
        if encoding == "tcvn3-caps":
            text = _caps(text)
    return unicodedata.normalize("NFC", text), stats


def _check_encoding(encoding: str) -> Encoding:
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding!r}; use one of {', '.join(ENCODINGS)}")
    return encoding


def decode_bytes(data: bytes, encoding: Encoding) -> str:
    """Decode the raw bytes of a legacy file to Unicode NFC.

    For VIQR the bytes are ASCII (other bytes are read as Latin-1 and kept).
    """
    return _decode(data.decode("latin-1"), _check_encoding(encoding))[0]


def to_unicode(text: str, encoding: Encoding) -> str:
    """Convert legacy text seen as a ``str`` (read as Windows-1252 or Latin-1) to Unicode NFC.

    Characters that no 8-bit decoding produces (already-Unicode letters such as ``ệ``) are kept.
    """
    encoding = _check_encoding(encoding)
    source = text if encoding == "viqr" else _bytestr(text)
    return _decode(source, encoding)[0]


# --------------------------------------------------------------------------------------------
# Encoding.


def _encode_8bit(text: str, table: Mapping[str, str], spare: frozenset[int], target: str) -> str:
    out: list[str] = []
    for index, char in enumerate(text):
        if char.isascii():
            out.append(char)
        elif char in table:
            out.append(table[char])
        elif _VIEW_TO_BYTE.get(char, -1) in spare:
            out.append(chr(_VIEW_TO_BYTE[char]))
        else:
            hint = ""
            if target == "tcvn3" and char in _SPLIT and char.isupper():
                hint = "TCVN3 has capitals with a tone only in the …H fonts: use tcvn3-caps"
            raise UnencodableError(char, index, target, hint)
    return "".join(out)


def _encode_viqr(text: str) -> str:
    out: list[str] = []
    escaped = False
    for index, char in enumerate(text):
        prev = text[index - 1] if index else ""
        nxt = text[index + 1] if index + 1 < len(text) else ""
        if char in _SPLIT:
            vowel, tone = _SPLIT[char]
            base = _VIQR_BASE.get(vowel, vowel)
            code = (base.upper() if char.isupper() else base) + _VIQR_SHAPE_MARK.get(vowel, "")
            out.append(code + _VIQR_TONE_MARK.get(tone, ""))
        elif char in ("đ", "Đ"):
            out.append("dd" if char == "đ" else "DD")
        elif char == "\\":
            out.append("\\\\")
        elif char in _VIQR_MARKS and prev in _SPLIT:
            out.append("\\" + char)  # would otherwise join the vowel before it
        elif char in ("d", "D") and (nxt in ("đ", "Đ") or (prev in ("d", "D") and not escaped)):
            # "d" + "dd" and "dd" read as đ: escape the d that would pair (RFC 1456: Ted\dy).
            out.append("\\" + char)
            escaped = True
            continue
        elif char.isascii():
            out.append(char)
        else:
            raise UnencodableError(char, index, "viqr", "VIQR is 7-bit ASCII")
        escaped = False
    return "".join(out)


def _encode(text: str, target: Encoding) -> str:
    text = unicodedata.normalize("NFC", text)
    if target == "viqr":
        return _encode_viqr(text)
    if target == "vni":
        return _encode_8bit(text, _VNI_ENCODE, _VNI_SPARE, "vni")
    if target == "tcvn3-caps":
        for index, char in enumerate(text):
            if char != char.upper():
                raise UnencodableError(
                    char, index, target, "the …H fonts draw capitals only; upper-case the text"
                )
        text = text.lower()
    return _encode_8bit(text, _TCVN3_ENCODE, _TCVN3_SPARE, target)


def encode_bytes(text: str, target: Encoding) -> bytes:
    """Encode Unicode text to the bytes of a legacy file.

    Raises :class:`UnencodableError` naming the first character the encoding lacks (and where).
    ``tcvn3-caps`` accepts capitals only and writes the small codes the ``…H`` fonts draw as
    capitals; plain ``tcvn3`` refuses capitals with a tone, which TCVN3 does not have.
    """
    return _encode(text, _check_encoding(target)).encode("latin-1")


def encode(text: str, target: Encoding) -> str:
    """Encode Unicode text to legacy text as it looks when read as Windows-1252.

    This is the form to paste into a document set in a ``.VnTime`` or ``VNI-Times`` font. Raises
    :class:`UnencodableError` like :func:`encode_bytes`.
    """
    return "".join(_BYTE_VIEW[b] for b in encode_bytes(text, target))


# --------------------------------------------------------------------------------------------
# Detection: how much of the text is valid codes, and whether the reading gives real syllables.

_ONSET: Final = "ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdđghklmnprstvx]"
_OPEN: Final = (  # vowel groups ending in a glide: no final consonant follows
    "iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu"
)
_CLOSED: Final = "uyê|iê|yê|uô|ươ|oa|oă|oe|oo|uâ|uê|uơ|uy|[aăâeêioôơuưy]"
_SYLLABLE: Final = re.compile(
    rf"(?:{_ONSET})?(?:(?:{_OPEN})|(?P<nucleus>{_CLOSED})(?P<coda>ng|nh|ch|[cmnpt])?)"
)
# TCVN3 codes ư as 0xAD, a soft hyphen to Windows: tools that drop soft hyphens turn "được" into
# "đợc". A lone ơ never takes -c, -ch, -ng or -nh in Vietnamese, which betrays the loss.
_LOST_U_HORN: Final = re.compile(r"(?<![ưƯuU])[ơớờởỡợƠỚỜỞỠỢ](?:ng|nh|ch|c)", re.IGNORECASE)
_NO_O_HORN: Final = ("c", "ch", "ng", "nh")
_WORD: Final = re.compile(r"[^\W\d_]+")
_SAMPLE: Final = 50_000
_MIN_EVIDENCE: Final = 3
_MIN_SCORE: Final = 0.6
_MIN_MARGIN: Final = 0.25


def _is_syllable(word: str) -> bool:
    """A written Vietnamese syllable: one case pattern, onset + rime, at most one tone."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    parts = unicodedata.normalize("NFD", word.lower())
    tones = [_TONE_OF_MARK[c] for c in parts if c in _TONE_OF_MARK]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_OF_MARK))
    match = _SYLLABLE.fullmatch(bare)
    if match is None or (match.group("nucleus") == "ơ" and match.group("coda") in _NO_O_HORN):
        return False
    # Syllables closed by p, t, c, ch carry only the sắc or nặng tone.
    return match.group("coda") not in ("p", "t", "c", "ch") or tones in ([2], [5])


def _marked_words(text: str) -> tuple[int, int, int]:
    """(all words, words with a non-ASCII letter, how many of those are valid syllables)."""
    words = _WORD.findall(text)
    marked = [w for w in words if not w.isascii()]
    return len(words), len(marked), sum(map(_is_syllable, marked))


def _score(decoded: str, stats: _Stats) -> tuple[float, int]:
    _, marked, valid = _marked_words(decoded)
    if not marked or not stats.codes:
        return 0.0, marked
    return (valid / marked) * (stats.valid / stats.codes), marked


def _analyse(text: str) -> tuple[dict[str, float], dict[str, int], dict[str, str]]:
    sample = unicodedata.normalize("NFC", text[:_SAMPLE])
    bytestr = _bytestr(sample)
    scores: dict[str, float] = {}
    evidence: dict[str, int] = {}
    decoded: dict[str, str] = {}
    for name in ("tcvn3", "vni"):
        decoded[name], stats = _decode(bytestr, name)
        scores[name], evidence[name] = _score(decoded[name], stats)
    decoded["viqr"], stats = _decode_viqr(sample)
    score, evidence["viqr"] = _score(decoded["viqr"], stats)
    words, marked, _ = _marked_words(decoded["viqr"])
    # Stray marks in English ("I'm", "it.") must not pass for VIQR: real VIQR marks most words.
    density = min(1.0, marked / (0.25 * words)) if words else 0.0
    scores["viqr"] = score * density
    letters = [c for c in sample if _counts(c)]
    own = sum(1 for c in letters if c in _VIETNAMESE_LETTERS)
    scores["unicode"], evidence["unicode"] = _score(sample, _Stats(len(letters), own))
    decoded["unicode"] = sample
    return {k: round(v, 3) for k, v in scores.items()}, evidence, decoded


def detect(text: str) -> Detection:
    """Tell which legacy encoding ``text`` (a Windows-1252/Latin-1 view or VIQR) is in.

    Each candidate reading (TCVN3, VNI, VIQR, and the text as Unicode) is scored by the share of
    non-ASCII characters that are valid codes of it times the share of the words with Vietnamese
    letters it produces that are valid Vietnamese syllables. The best reading wins only with at
    least three such words, a score of 0.6 and a lead of 0.25 over the next; otherwise
    ``encoding`` is ``None`` and ``reason`` says why. The first 50 000 characters are examined.
    """
    scores, evidence, decoded = _analyse(text)
    ranked = sorted(scores, key=lambda k: (-scores[k], k))
    best, second = ranked[0], ranked[1]
    confidence = scores[best]

    def unsure(reason: Reason) -> Detection:
        return Detection(
            encoding=None, reason=reason, confidence=confidence, scores=scores,
            evidence=evidence[best],
        )  # fmt: skip

    # ASCII text that does not read as VIQR is English or unaccented: all encodings agree on it.
    if text.isascii() and (decoded["viqr"] == text[:_SAMPLE] or scores["viqr"] < _MIN_SCORE):
        return unsure("ascii")
    if evidence[best] < _MIN_EVIDENCE:
        return unsure("too-short")
    if confidence < _MIN_SCORE:
        return unsure("unrecognised")
    if confidence - scores[second] < _MIN_MARGIN:
        return unsure("ambiguous")
    if best == "unicode":
        return unsure("unicode")
    encoding: Encoding = best  # type: ignore[assignment]  # best is one of tcvn3, vni, viqr
    return Detection(
        encoding=encoding, reason="detected", confidence=confidence, scores=scores,
        evidence=evidence[best],
    )  # fmt: skip


# --------------------------------------------------------------------------------------------
# Conversion.


def _vn_number(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _notes(text: str, converted: str, source: Encoding, scores: Mapping[str, float]) -> list[str]:
    notes: list[str] = []
    family = "tcvn3" if source == "tcvn3-caps" else source
    best = max(scores, key=lambda k: (scores[k], k))
    if best != family and scores[best] - scores[family] >= _MIN_MARGIN:
        notes.append(
            f"Văn bản giống {_NAMES[best]} (điểm {_vn_number(scores[best])}) hơn "
            f"{_NAMES[family]} (điểm {_vn_number(scores[family])}); hãy kiểm tra lại bảng mã."
        )
    if family == "tcvn3" and "\xad" not in text and len(_LOST_U_HORN.findall(converted)) >= 2:
        notes.append(
            "Có vẻ chữ ư (mã 0xAD, bị coi là dấu gạch mềm) đã bị xoá khỏi văn bản gốc, "
            "nên 'được' thành 'đợc'; hãy lấy lại tệp gốc chưa qua xử lý."
        )
    if source != "viqr":
        kept = sum(1 for c in text if ord(c) > 0xFF and c not in _VIEW_TO_BYTE and c.isalpha())
        if kept:
            notes.append(f"{kept} ký tự đã là Unicode nên được giữ nguyên.")
    return notes


def _viqr_notes(decoded: str) -> list[str]:
    doubled = [w for w in _WORD.findall(decoded) if not w.isascii() and not _is_syllable(w)]
    if not doubled:
        return []
    return [
        f"{len(doubled)} từ không phải âm tiết tiếng Việt (ví dụ {doubled[0]!r}); dấu chấm hoặc "
        "dấu hỏi ngay sau nguyên âm có thể là dấu câu chưa được thoát bằng '\\' (RFC 1456)."
    ]


def convert(text: str, source: Encoding | Literal["auto"]) -> Conversion:
    """Convert legacy text (a ``str`` view, or VIQR) to Unicode NFC.

    With ``source="auto"`` the encoding is detected (see :func:`detect`): Unicode and plain ASCII
    text come back unchanged; if detection is unsure, :class:`UndetectedEncodingError` is raised.
    With an explicit source the text is converted as told; ``confident`` is false and a note is
    added when the text looks more like another encoding. Tone placement (``hoà``/``hòa``) is kept.
    """
    detection = detect(text)
    scores = detection.scores
    if source == "auto":
        if detection.reason in ("unicode", "ascii"):
            kind: Literal["unicode", "ascii"] = detection.reason
            note = (
                "Văn bản đã là Unicode, không cần chuyển."
                if kind == "unicode"
                else "Văn bản chỉ gồm ký tự ASCII và không giống VIQR: giữ nguyên."
            )
            return Conversion(
                text=unicodedata.normalize("NFC", text), encoding=kind, confident=True,
                scores=scores, notes=(note,),
            )  # fmt: skip
        if detection.encoding is None:
            raise UndetectedEncodingError(detection)
        source = detection.encoding
    source = _check_encoding(source)
    converted = to_unicode(text, source)
    notes = _notes(text, converted, source, scores)
    if source == "viqr":
        notes += _viqr_notes(converted)
    family = "tcvn3" if source == "tcvn3-caps" else source
    confident = detection.encoding == family or (
        detection.encoding is None and max(scores.values()) == scores[family] > 0
    )
    return Conversion(
        text=converted, encoding=source, confident=confident, scores=scores, notes=tuple(notes)
    )


def parse_encoding(name: str) -> Encoding | Literal["auto"]:
    """Read an encoding name as typed on the command line (case-insensitive; ``abc`` = TCVN3)."""
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key == "auto":
        return "auto"
    return _check_encoding(key)


# --------------------------------------------------------------------------------------------
# Command line support.


class CliOutcome(NamedTuple):
    """What ``kl224 convert-text`` prints: UTF-8 ``text`` to stdout, ``message`` to stderr."""

    text: str
    exit_code: int
    message: str


def bytes_view(data: bytes) -> str:
    """The ``str`` to convert from a file's bytes.

    UTF-8 (with or without BOM) and UTF-16 with BOM are decoded, so a Unicode file or legacy
    text already pasted into a UTF-8 file both work; anything else is raw legacy bytes, read as
    Latin-1 (one character per byte).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_FROM_HINT: Final = "Hãy chỉ rõ bảng mã bằng --from tcvn3, tcvn3-caps, vni hoặc viqr."
_OS_ERRORS: Final[tuple[tuple[type[OSError], str], ...]] = (
    (FileNotFoundError, "không có tệp này"),
    (IsADirectoryError, "đây là thư mục, không phải tệp"),
    (PermissionError, "không có quyền đọc"),
)
_REASONS: Final[Mapping[str, str]] = {
    "too-short": "văn bản quá ngắn để nhận dạng",
    "ambiguous": "văn bản giống nhiều bảng mã như nhau",
    "unrecognised": "không giống bảng mã nào",
}


def convert_file_for_cli(path: str | None, source: str) -> CliOutcome:
    """Read a file (stdin when ``path`` is ``None`` or ``"-"``), convert it, report in Vietnamese.

    Exit code 0 on success (the message says what was read, with any notes); 2 when the input is
    unusable: an unknown encoding name, an unreadable file, or text whose encoding auto-detection
    cannot tell (the message says to name it with --from). Nothing is written anywhere.
    """
    try:
        encoding = parse_encoding(source)
    except ValueError:
        known = "tcvn3, tcvn3-caps, vni, viqr hoặc auto"
        return CliOutcome("", 2, f"Không biết bảng mã {source!r}: --from nhận {known}.")
    name = "đầu vào chuẩn" if path in (None, "-") else path
    try:
        if path in (None, "-"):
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as stream:
                data = stream.read()
    except OSError as error:
        reason = next(
            (text for kind, text in _OS_ERRORS if isinstance(error, kind)),
            error.strerror or str(error),
        )
        return CliOutcome("", 2, f"Không đọc được {name}: {reason}. Hãy kiểm tra đường dẫn.")
    try:
        result = convert(bytes_view(data), encoding)
    except UndetectedEncodingError as error:
        why = _REASONS.get(error.detection.reason, "không nhận dạng được")
        return CliOutcome("", 2, f"Không xác định được bảng mã của {name} ({why}). {_FROM_HINT}")
    if result.encoding in ("unicode", "ascii"):
        summary = f"{name}: " + " ".join(result.notes)
    else:
        how = "nhận dạng" if encoding == "auto" else "theo yêu cầu"
        notes = "".join(f" {note}" for note in result.notes)
        summary = f"Đã chuyển {name} từ {_NAMES[result.encoding]} ({how}) sang Unicode.{notes}"
    return CliOutcome(result.text, 0, summary)
