"""Conversion of legacy text to Unicode, with notes for the user."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Final, Literal

from kl224.messages import Lang, message
from kl224.text.legacy._codec import check_encoding, to_unicode
from kl224.text.legacy._detection import MIN_MARGIN, WORD, detect, is_syllable
from kl224.text.legacy._tables import VIEW_TO_BYTE
from kl224.text.legacy._types import (
    ALIASES,
    ENCODING_NAMES,
    Conversion,
    Encoding,
    UndetectedEncodingError,
)

# TCVN3 codes ư as 0xAD, a soft hyphen to Windows: tools that drop soft hyphens turn "được" into
# "đợc". A lone ơ never takes -c, -ch, -ng or -nh in Vietnamese, which betrays the loss.
_LOST_U_HORN: Final = re.compile(r"(?<![ưƯuU])[ơớờởỡợƠỚỜỞỠỢ](?:ng|nh|ch|c)", re.IGNORECASE)


def _score(value: float, lang: Lang) -> str:
    text = f"{value:.2f}"
    return text if lang == "en" else text.replace(".", ",")


def _notes(
    text: str, converted: str, source: Encoding, scores: Mapping[str, float], lang: Lang
) -> list[str]:
    notes: list[str] = []
    family = "tcvn3" if source == "tcvn3-caps" else source
    best = max(scores, key=lambda k: (scores[k], k))
    if best != family and scores[best] - scores[family] >= MIN_MARGIN:
        notes.append(
            message(
                "legacy.looks-like",
                lang,
                best=ENCODING_NAMES[best],
                best_score=_score(scores[best], lang),
                family=ENCODING_NAMES[family],
                family_score=_score(scores[family], lang),
            )
        )
    if family == "tcvn3" and "\xad" not in text and len(_LOST_U_HORN.findall(converted)) >= 2:
        notes.append(message("legacy.lost-u-horn", lang))
    if source != "viqr":
        kept = sum(1 for c in text if ord(c) > 0xFF and c not in VIEW_TO_BYTE and c.isalpha())
        if kept:
            notes.append(message("legacy.kept-unicode", lang, count=kept))
    return notes


def _viqr_notes(decoded: str, lang: Lang) -> list[str]:
    doubled = [w for w in WORD.findall(decoded) if not w.isascii() and not is_syllable(w)]
    if not doubled:
        return []
    return [message("legacy.viqr-not-syllables", lang, count=len(doubled), example=doubled[0])]


def convert(text: str, source: Encoding | Literal["auto"], *, lang: Lang = "vi") -> Conversion:
    """Convert legacy text (a ``str`` view, or VIQR) to Unicode NFC.

    With ``source="auto"`` the encoding is detected (see :func:`detect`): Unicode and plain ASCII
    text come back unchanged; if detection is unsure, :class:`UndetectedEncodingError` is raised.
    With an explicit source the text is converted as told; ``confident`` is false and a note is
    added when the text looks more like another encoding. Tone placement (``hoà``/``hòa``) is kept.
    ``notes`` are in ``lang`` (Vietnamese by default, or ``"en"``).
    """
    detection = detect(text)
    scores = detection.scores
    if source == "auto":
        if detection.reason in ("unicode", "ascii"):
            kind: Literal["unicode", "ascii"] = detection.reason
            note = message("legacy.already-unicode" if kind == "unicode" else "legacy.ascii", lang)
            return Conversion(
                text=unicodedata.normalize("NFC", text), encoding=kind, confident=True,
                scores=scores, notes=(note,),
            )  # fmt: skip
        if detection.encoding is None:
            raise UndetectedEncodingError(detection)
        source = detection.encoding
    source = check_encoding(source)
    converted = to_unicode(text, source)
    notes = _notes(text, converted, source, scores, lang)
    if source == "viqr":
        notes += _viqr_notes(converted, lang)
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
    key = ALIASES.get(key, key)
    if key == "auto":
        return "auto"
    return check_encoding(key)


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
