"""Detection: how much of the text is valid codes, and whether the reading gives real syllables."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from kl224.text.legacy._codec import Stats, counts, decode, decode_viqr, to_bytestr
from kl224.text.legacy._tables import TONE_OF_MARK, VIETNAMESE_LETTERS
from kl224.text.legacy._types import Detection, Encoding, Reason

_ONSET: Final = "ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdđghklmnprstvx]"
_OPEN: Final = (  # vowel groups ending in a glide: no final consonant follows
    "iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu"
)
_CLOSED: Final = "uyê|iê|yê|uô|ươ|oa|oă|oe|oo|uâ|uê|uơ|uy|[aăâeêioôơuưy]"
_SYLLABLE: Final = re.compile(
    rf"(?:{_ONSET})?(?:(?:{_OPEN})|(?P<nucleus>{_CLOSED})(?P<coda>ng|nh|ch|[cmnpt])?)"
)
_NO_O_HORN: Final = ("c", "ch", "ng", "nh")
WORD: Final = re.compile(r"[^\W\d_]+")
_SAMPLE: Final = 50_000
_MIN_EVIDENCE: Final = 3
_MIN_SCORE: Final = 0.6
MIN_MARGIN: Final = 0.25


def is_syllable(word: str) -> bool:
    """A written Vietnamese syllable: one case pattern, onset + rime, at most one tone."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    parts = unicodedata.normalize("NFD", word.lower())
    tones = [TONE_OF_MARK[c] for c in parts if c in TONE_OF_MARK]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_OF_MARK))
    match = _SYLLABLE.fullmatch(bare)
    if match is None or (match.group("nucleus") == "ơ" and match.group("coda") in _NO_O_HORN):
        return False
    # Syllables closed by p, t, c, ch carry only the sắc or nặng tone.
    return match.group("coda") not in ("p", "t", "c", "ch") or tones in ([2], [5])


def _marked_words(text: str) -> tuple[int, int, int]:
    """(all words, words with a non-ASCII letter, how many of those are valid syllables)."""
    words = WORD.findall(text)
    marked = [w for w in words if not w.isascii()]
    return len(words), len(marked), sum(map(is_syllable, marked))


def _score(decoded: str, stats: Stats) -> tuple[float, int]:
    _, marked, valid = _marked_words(decoded)
    if not marked or not stats.codes:
        return 0.0, marked
    return (valid / marked) * (stats.valid / stats.codes), marked


def _analyse(text: str) -> tuple[dict[str, float], dict[str, int], dict[str, str]]:
    sample = unicodedata.normalize("NFC", text[:_SAMPLE])
    bytestr = to_bytestr(sample)
    scores: dict[str, float] = {}
    evidence: dict[str, int] = {}
    decoded: dict[str, str] = {}
    for name in ("tcvn3", "vni"):
        decoded[name], stats = decode(bytestr, name)
        scores[name], evidence[name] = _score(decoded[name], stats)
    decoded["viqr"], stats = decode_viqr(sample)
    score, evidence["viqr"] = _score(decoded["viqr"], stats)
    words, marked, _ = _marked_words(decoded["viqr"])
    # Stray marks in English ("I'm", "it.") must not pass for VIQR: real VIQR marks most words.
    density = min(1.0, marked / (0.25 * words)) if words else 0.0
    scores["viqr"] = score * density
    letters = [c for c in sample if counts(c)]
    own = sum(1 for c in letters if c in VIETNAMESE_LETTERS)
    scores["unicode"], evidence["unicode"] = _score(sample, Stats(len(letters), own))
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
    if confidence - scores[second] < MIN_MARGIN:
        return unsure("ambiguous")
    if best == "unicode":
        return unsure("unicode")
    encoding: Encoding = best  # type: ignore[assignment]  # best is one of tcvn3, vni, viqr
    return Detection(
        encoding=encoding, reason="detected", confidence=confidence, scores=scores,
        evidence=evidence[best],
    )  # fmt: skip
