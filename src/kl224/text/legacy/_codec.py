"""Decoding legacy text to Unicode and encoding Unicode to legacy text."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import NamedTuple

from kl224.text.legacy._tables import (
    BYTE_VIEW,
    LETTER,
    NEUTRAL,
    SPLIT,
    TCVN3_DECODE,
    TCVN3_ENCODE,
    TCVN3_SPARE,
    TO_BYTESTR,
    VIETNAMESE_LETTERS,
    VIEW_TO_BYTE,
    VIQR_BASE,
    VIQR_ESCAPABLE,
    VIQR_MARKS,
    VIQR_SHAPE,
    VIQR_SHAPE_MARK,
    VIQR_TONE,
    VIQR_TONE_MARK,
    VNI_DECODE,
    VNI_ENCODE,
    VNI_SPARE,
)
from kl224.text.legacy._types import ENCODINGS, Encoding, UnencodableError

# --------------------------------------------------------------------------------------------
# Decoding.


class Stats(NamedTuple):
    codes: int  # non-ASCII characters that should be codes of the encoding
    valid: int  # … of which the encoding assigns a letter to


def to_bytestr(text: str) -> str:
    """Map a Windows-1252 or Latin-1 view back to one char per byte; other chars pass through."""
    return text.translate(TO_BYTESTR)


def counts(char: str) -> bool:
    code = ord(char)
    if code <= 0x7F or code in NEUTRAL:
        return False
    return code <= 0xFF or char.isalpha()


def _decode_table(bytestr: str, table: Mapping[str, str], longest: int) -> tuple[str, Stats]:
    out: list[str] = []
    codes = valid = 0
    i, n = 0, len(bytestr)
    while i < n:
        for size in range(min(longest, n - i), 0, -1):
            key = bytestr[i : i + size]
            letter = table.get(key)
            if letter is not None:
                out.append(letter)
                high = sum(1 for c in key if counts(c))
                codes += high
                valid += high
                i += size
                break
        else:
            char = bytestr[i]
            out.append(BYTE_VIEW[ord(char)] if ord(char) <= 0xFF else char)
            codes += counts(char)
            i += 1
    return "".join(out), Stats(codes, valid)


def _caps(text: str) -> str:
    return "".join(c.upper() if c in VIETNAMESE_LETTERS or c.isascii() else c for c in text)


def decode_viqr(text: str) -> tuple[str, Stats]:
    out: list[str] = []
    combos = foreign = 0
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if char == "\\" and nxt in VIQR_ESCAPABLE:
            out.append(nxt)
            i += 2
        elif (char == "d" and nxt == "d") or (char == "D" and nxt in ("D", "d")):
            out.append("đ" if char == "d" else "Đ")
            combos += 1
            i += 2
        elif char.lower() in "aeiouy" and char.isascii():
            vowel, j = char.lower(), i + 1
            if j < n and (vowel, text[j]) in VIQR_SHAPE:
                vowel = VIQR_SHAPE[vowel, text[j]]
                j += 1
            tone = 0
            if j < n and text[j] in VIQR_TONE:
                tone = VIQR_TONE[text[j]]
                j += 1
            letter = LETTER[vowel, tone]
            out.append(letter.upper() if char.isupper() else letter)
            combos += j > i + 1
            i = j
        else:
            out.append(char)
            foreign += counts(char)
            i += 1
    return "".join(out), Stats(combos + foreign, combos)


def decode(bytestr: str, encoding: Encoding) -> tuple[str, Stats]:
    if encoding == "viqr":
        text, stats = decode_viqr(bytestr)
    elif encoding == "vni":
        text, stats = _decode_table(bytestr, VNI_DECODE, 2)
    else:
        text, stats = _decode_table(bytestr, TCVN3_DECODE, 1)
        if encoding == "tcvn3-caps":
            text = _caps(text)
    return unicodedata.normalize("NFC", text), stats


def check_encoding(encoding: str) -> Encoding:
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding!r}; use one of {', '.join(ENCODINGS)}")
    return encoding


def decode_bytes(data: bytes, encoding: Encoding) -> str:
    """Decode the raw bytes of a legacy file to Unicode NFC.

    For VIQR the bytes are ASCII (other bytes are read as Latin-1 and kept).
    """
    return decode(data.decode("latin-1"), check_encoding(encoding))[0]


def to_unicode(text: str, encoding: Encoding) -> str:
    """Convert legacy text seen as a ``str`` (read as Windows-1252 or Latin-1) to Unicode NFC.

    Characters that no 8-bit decoding produces (already-Unicode letters such as ``ệ``) are kept.
    """
    encoding = check_encoding(encoding)
    source = text if encoding == "viqr" else to_bytestr(text)
    return decode(source, encoding)[0]


# --------------------------------------------------------------------------------------------
# Encoding.


def _encode_8bit(text: str, table: Mapping[str, str], spare: frozenset[int], target: str) -> str:
    out: list[str] = []
    for index, char in enumerate(text):
        if char.isascii():
            out.append(char)
        elif char in table:
            out.append(table[char])
        elif VIEW_TO_BYTE.get(char, -1) in spare:
            out.append(chr(VIEW_TO_BYTE[char]))
        else:
            hint = ""
            if target == "tcvn3" and char in SPLIT and char.isupper():
                hint = "TCVN3 has capitals with a tone only in the …H fonts: use tcvn3-caps"
            raise UnencodableError(char, index, target, hint)
    return "".join(out)


def _encode_viqr(text: str) -> str:
    out: list[str] = []
    escaped = False
    for index, char in enumerate(text):
        prev = text[index - 1] if index else ""
        nxt = text[index + 1] if index + 1 < len(text) else ""
        if char in SPLIT:
            vowel, tone = SPLIT[char]
            base = VIQR_BASE.get(vowel, vowel)
            code = (base.upper() if char.isupper() else base) + VIQR_SHAPE_MARK.get(vowel, "")
            out.append(code + VIQR_TONE_MARK.get(tone, ""))
        elif char in ("đ", "Đ"):
            out.append("dd" if char == "đ" else "DD")
        elif char == "\\":
            out.append("\\\\")
        elif char in VIQR_MARKS and prev in SPLIT:
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
        return _encode_8bit(text, VNI_ENCODE, VNI_SPARE, "vni")
    if target == "tcvn3-caps":
        for index, char in enumerate(text):
            if char != char.upper():
                raise UnencodableError(
                    char, index, target, "the …H fonts draw capitals only; upper-case the text"
                )
        text = text.lower()
    return _encode_8bit(text, TCVN3_ENCODE, TCVN3_SPARE, target)


def encode_bytes(text: str, target: Encoding) -> bytes:
    """Encode Unicode text to the bytes of a legacy file.

    Raises :class:`UnencodableError` naming the first character the encoding lacks (and where).
    ``tcvn3-caps`` accepts capitals only and writes the small codes the ``…H`` fonts draw as
    capitals; plain ``tcvn3`` refuses capitals with a tone, which TCVN3 does not have.
    """
    return _encode(text, check_encoding(target)).encode("latin-1")


def encode(text: str, target: Encoding) -> str:
    """Encode Unicode text to legacy text as it looks when read as Windows-1252.

    This is the form to paste into a document set in a ``.VnTime`` or ``VNI-Times`` font. Raises
    :class:`UnencodableError` like :func:`encode_bytes`.
    """
    return "".join(BYTE_VIEW[b] for b in encode_bytes(text, target))
